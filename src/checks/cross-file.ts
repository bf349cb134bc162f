import path from "node:path";
import { remove } from "confusables";
import type { Problem } from "./problems";
import { comparableText } from "../content/plain-text";
import type { Content } from "../build/content-nodes";

/**
 * Files that share a key (an address, a title): every one of them is named together with the
 * others, so neither silently wins and the editor sees both files to choose from.
 */
function clashes(nodes: readonly Content[], keyOf: (node: Content) => string | null, describe: (node: Content, others: string) => Omit<Problem, "file">): Problem[] {
  const byKey = new Map<string, Content[]>();
  for (const node of nodes) {
    const key = keyOf(node);
    if (key !== null) byKey.set(key, [...(byKey.get(key) ?? []), node]);
  }
  return [...byKey.values()]
    .filter((same) => same.length > 1)
    .flatMap((same) =>
      same.map((node) => {
        const others = same.filter((other) => other !== node).map((other) => path.basename(other.file));
        return { file: node.file, ...describe(node, others.sort().join(", ")) };
      }),
    );
}

/** Two valid files that would publish at one address (2024-01-01-x.md and 2025-02-02-x.md both give /blog/x/). */
export function duplicatePathProblems(contents: readonly Content[]): Problem[] {
  return clashes(
    contents,
    (content) => content.path,
    (content, others) => ({ field: "file name", message: `gives the address ${content.path}, as does ${others}; rename one of them` }),
  );
}

/** Titles that differ only in case, spacing, compatibility forms, look-alike letters or invisible characters look the same in lists, browser tabs and search results. */
function titleKey(title: string): string {
  // The Unicode confusables skeleton (Cyrillic "о" for Latin "o"): for comparing only, never shown.
  return remove(comparableText(title)).toLowerCase();
}

/** Two published files with one title: a reader could not tell them apart. */
export function duplicateTitleProblems(contents: readonly Content[]): Problem[] {
  return clashes(
    contents,
    // Only what readers see: a draft may reuse a live article's title while it is rewritten.
    (content) => (content.published ? titleKey(content.title) : null),
    (content, others) => ({ field: "title", message: `${JSON.stringify(content.title)} is also the title of ${others}; give each one its own title` }),
  );
}

/** Problems no single file shows on its own; run once every file has its fields. */
export function crossFileProblems(contents: readonly Content[]): Problem[] {
  return [...duplicatePathProblems(contents), ...duplicateTitleProblems(contents)];
}
