import matter from "gray-matter";
import { isNode, parseDocument, visit } from "yaml";

/** Set when the front-matter block is not valid YAML, so validation can report it with the rest. */
export const YAML_ERROR_KEY = "__yamlError";
/** Set when the front-matter block says it is another language (`---js`, `---toml`): never parsed. */
export const FRONT_MATTER_LANGUAGE_KEY = "__frontMatterLanguage";

/**
 * YAML 1.2 (the `yaml` package, as Decap CMS uses) instead of gray-matter's default js-yaml:
 * js-yaml turns `2024-13-45` into a Date in February 2025, hiding the mistake. Here dates
 * stay the strings the editor wrote and the content model decides what is a date. Explicit
 * tags (`!!js/function`, `!!binary`) are errors, not values.
 */
export function parseFrontMatterYaml(source: string): Record<string, unknown> {
  try {
    const document = parseDocument(source, { schema: "core", uniqueKeys: true, prettyErrors: true });
    const problem = document.errors[0] ?? document.warnings[0];
    if (problem) throw problem;
    // An explicit tag (`!!js/function`, `!!binary`) asks for a type the model has no use for.
    visit(document, (_, node) => {
      if (isNode(node) && node.tag) throw new Error(`the YAML tag ${node.tag.replace("tag:yaml.org,2002:", "!!")} is not allowed; write a plain value`);
    });
    const data: unknown = document.toJS();
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

/** The language a file's opening line names (`---js` → "js"), or null for plain `---` (YAML). */
export function declaredFrontMatterLanguage(source: string): string | null {
  const firstLine = /^\uFEFF?---([^\r\n]*)/.exec(source);
  const language = firstLine?.[1]?.trim() ?? "";
  return language === "" || /^(yaml|yml)$/i.test(language) ? null : language;
}

/** What the build says about a file whose front-matter is another language. */
export function frontMatterLanguageMessage(language: string): string {
  return `is marked as ${JSON.stringify(language)}; only YAML front-matter is read (nothing in it was run): make the first line --- on its own`;
}

const refused = (language: string) => () => ({ [FRONT_MATTER_LANGUAGE_KEY]: language });

/**
 * gray-matter's options for gatsby-transformer-remark and readMarkdown: YAML only. gray-matter
 * would otherwise run `---js` front-matter as JavaScript and read `---json`; those languages
 * (and CoffeeScript and TOML) parse to a marker the validator reports, and nothing is evaluated.
 * Any other language name is kept out of the build before Gatsby reads the file
 * (src/checks/content-folders.ts), since gray-matter throws on a name it does not know.
 */
export const frontMatterEngines = {
  yaml: parseFrontMatterYaml,
  javascript: refused("javascript"),
  json: refused("json"),
  coffee: refused("coffee"),
  toml: refused("toml"),
};

export function readMarkdown(source: string): { data: Record<string, unknown>; body: string; hasFrontMatter: boolean } {
  const language = declaredFrontMatterLanguage(source);
  if (language !== null) {
    // Not handed to gray-matter at all: the block is another language and is never evaluated.
    const closing = source.indexOf("\n---", 3);
    return { data: { [FRONT_MATTER_LANGUAGE_KEY]: language }, body: closing === -1 ? "" : source.slice(source.indexOf("\n", closing + 1) + 1), hasFrontMatter: true };
  }
  const file = matter(source, { engines: frontMatterEngines });
  return { data: file.data, body: file.content, hasFrontMatter: source.trimStart().startsWith("---") };
}
