import matter from "gray-matter";
import { parse as parseYaml } from "yaml";

/** Set when the front-matter block is not valid YAML, so validation can report it with the rest. */
export const YAML_ERROR_KEY = "__yamlError";

/**
 * YAML 1.2 (the `yaml` package, as Decap CMS uses) instead of gray-matter's default js-yaml:
 * js-yaml turns `2024-13-45` into a Date in February 2025, hiding the mistake. Here dates
 * stay the strings the editor wrote and the content model decides what is a date.
 */
export function parseFrontMatterYaml(source: string): Record<string, unknown> {
  try {
    const data: unknown = parseYaml(source, { schema: "core", uniqueKeys: true, prettyErrors: true });
    if (data === null || data === undefined) return {};
    if (typeof data !== "object" || Array.isArray(data)) {
      return { [YAML_ERROR_KEY]: "front-matter is not a set of `field: value` lines" };
    }
    return data as Record<string, unknown>;
  } catch (error) {
    // The first line of the yaml package's message names the place (file lines, as gray-matter
    // keeps the newline after the opening ---); its colon introduces a code excerpt left out here.
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "").replace(/:\s*$/, "") : String(error);
    return { [YAML_ERROR_KEY]: message };
  }
}

/** gray-matter options shared by gatsby-transformer-remark and the unit tests. */
export const frontMatterEngines = { yaml: parseFrontMatterYaml };

export function readMarkdown(source: string): { data: Record<string, unknown>; body: string; hasFrontMatter: boolean } {
  const file = matter(source, { engines: frontMatterEngines });
  return { data: file.data, body: file.content, hasFrontMatter: source.trimStart().startsWith("---") };
}
