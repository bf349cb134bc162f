/**
 * Converts Markdown posts from citations by position ([[2]](#ref-2)) to citations by key
 * ([@nida-2024]): gives every reference without one a key (publisher initials and year), and
 * rewrites each positional citation whose number names a reference to that reference's key.
 * The file's layout is kept: a line `id: …` is added to each reference and only the citations
 * change in the body. A citation whose number names no reference is left for the build to name.
 *
 *   npx tsx scripts/cite-by-key.ts content/posts [more folders or files]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Nodes } from "mdast";
import slugify from "slugify";
import { POSITIONAL_CITATION } from "../src/content/citations";
import { REFERENCE_KEY } from "../src/content/fields";
import { readMarkdown } from "../src/content/front-matter";
import { parseBody } from "../src/content/markdown-dialect";

interface StoredReference {
  id?: string;
  publisher?: unknown;
  year?: unknown;
}

const SMALL_WORDS = new Set(["a", "an", "and", "for", "in", "of", "on", "the", "to"]);

/** "National Institute on Drug Abuse", 2024 → "nida-2024"; "WHO", 2021 → "who-2021". */
export function keyFor(reference: StoredReference, taken: Set<string>): string {
  const words = slugify(String(reference.publisher ?? "source"), { lower: true, strict: true })
    .split("-")
    .filter((word) => word && !SMALL_WORDS.has(word));
  const initials = words.length > 1 ? words.map((word) => word[0]).join("") : (words[0] ?? "source");
  const base = [words.length > 1 ? initials.slice(0, 6) : initials.slice(0, 24), typeof reference.year === "number" ? String(reference.year) : ""].filter(Boolean).join("-");
  let key = REFERENCE_KEY.test(base) ? base : "source";
  for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

/** Adds `id: key` as the first line of each reference item of the front matter's `references:` block. */
function withKeyLines(frontMatter: string, keys: readonly string[], eol: string): string {
  const lines = frontMatter.split(eol);
  const start = lines.findIndex((line) => /^references:\s*$/.test(line));
  if (start < 0) return frontMatter;
  let item = 0;
  for (let index = start + 1; index < lines.length && item < keys.length; index += 1) {
    const line = lines[index]!;
    if (/^\S/.test(line)) break;
    const match = /^(\s*)- (\w+:.*)$/.exec(line);
    if (!match) continue;
    const [, indent, rest] = match;
    if (!rest!.startsWith("id:")) lines.splice(index, 1, `${indent}- id: ${keys[item]}`, `${indent}  ${rest}`);
    item += 1;
  }
  return lines.join(eol);
}

/** The body with each positional citation that names a reference written by its key. */
function bodyWithKeys(body: string, keys: readonly string[]): { body: string; converted: number; left: number } {
  const replacements: Array<{ start: number; end: number; text: string }> = [];
  let left = 0;
  const walk = (node: Nodes) => {
    if (node.type === "link") {
      const match = POSITIONAL_CITATION.exec(node.url);
      const key = match ? keys[Number(match[1]) - 1] : undefined;
      if (match && key && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
        replacements.push({ start: node.position.start.offset, end: node.position.end.offset, text: `[@${key}]` });
        return;
      }
      if (match) left += 1;
    }
    if ("children" in node) node.children.forEach(walk);
  };
  walk(parseBody(body));
  let result = body;
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) result = result.slice(0, start) + text + result.slice(end);
  return { body: result, converted: replacements.length, left };
}

function convertFile(file: string): string | null {
  // A file that is not UTF-8 is left alone: reading it as text and writing it back would change its bytes.
  const source = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file));
  const { data } = readMarkdown(source);
  const references = (data as { references?: unknown }).references;
  if (!Array.isArray(references) || references.length === 0) return null;
  const taken = new Set(references.flatMap((reference: StoredReference) => (typeof reference?.id === "string" ? [reference.id] : [])));
  const keys = references.map((reference: StoredReference) => (typeof reference?.id === "string" ? reference.id : keyFor(reference ?? {}, taken)));
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(source);
  if (!match) return null;
  const eol = source.includes("\r\n") ? "\r\n" : "\n";
  const frontMatter = withKeyLines(match[1]!, keys, eol);
  const { body, converted, left } = bodyWithKeys(source.slice(match[0].length), keys);
  const written = `---${eol}${frontMatter}${eol}---${match[2]}${body}`;
  if (written !== source) writeFileSync(file, written);
  return `${file}: ${references.length} references keyed, ${converted} citations by key${left ? `, ${left} left (their number names no reference)` : ""}`;
}

function markdownFiles(target: string): string[] {
  if (!statSync(target).isDirectory()) return target.endsWith(".md") ? [target] : [];
  return readdirSync(target).flatMap((name) => markdownFiles(path.join(target, name)));
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  for (const file of process.argv.slice(2).flatMap(markdownFiles)) {
    try {
      const report = convertFile(file);
      if (report) console.log(report);
    } catch (error) {
      console.error(`${file}: not converted (${error instanceof Error ? error.message : String(error)})`);
    }
  }
}
