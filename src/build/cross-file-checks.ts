import path from "node:path";
import { remove } from "confusables";
import type { Problem } from "../content/errors";
import { comparableText } from "../content/plain-text";
import { displayPath } from "./folders";
import type { MarkdownNode } from "./markdown-fields";

/**
 * Files that share a key (an address, a title): every one of them is named together with the
 * others, so neither silently wins and the editor sees both files to choose from.
 */
function clashes(nodes: readonly MarkdownNode[], keyOf: (node: MarkdownNode) => string | null, describe: (node: MarkdownNode, others: string) => Omit<Problem, "file">): Problem[] {
  const byKey = new Map<string, MarkdownNode[]>();
  for (const node of nodes) {
    const key = keyOf(node);
    if (key !== null) byKey.set(key, [...(byKey.get(key) ?? []), node]);
  }
  return [...byKey.values()]
    .filter((same) => same.length > 1)
    .flatMap((same) =>
      same.map((node) => {
        const others = same.filter((other) => other !== node).map((other) => path.basename(other.fileAbsolutePath));
        return { file: displayPath(node.fileAbsolutePath), ...describe(node, others.sort().join(", ")) };
      }),
    );
}

/** Two valid files that would publish at one address (2024-01-01-x.md and 2025-02-02-x.md both give /blog/x/). */
export function duplicatePathProblems(nodes: readonly MarkdownNode[]): Problem[] {
  return clashes(
    nodes,
    (node) => (node.fields && node.fields.problems.length === 0 ? node.fields.path : null),
    (node, others) => ({ field: "file name", message: `gives the address ${node.fields!.path}, as does ${others}; rename one of them` }),
  );
}

/** Titles that differ only in case, spacing, compatibility forms, look-alike letters or invisible characters look the same in lists, browser tabs and search results. */
function titleKey(title: string): string {
  // The Unicode confusables skeleton (Cyrillic "о" for Latin "o"): for comparing only, never shown.
  return remove(comparableText(title)).toLowerCase();
}

/** Two published files with one title: a reader could not tell them apart. */
export function duplicateTitleProblems(nodes: readonly MarkdownNode[]): Problem[] {
  return clashes(
    nodes,
    // Only what readers see: a draft may reuse a live article's title while it is rewritten.
    (node) => (node.fields?.published && typeof node.frontmatter.title === "string" ? titleKey(node.frontmatter.title) : null),
    (node, others) => ({ field: "title", message: `${JSON.stringify(node.frontmatter.title)} is also the title of ${others}; give each one its own title` }),
  );
}

/** Problems no single file shows on its own; run once every file has its fields. */
export function crossFileProblems(nodes: readonly MarkdownNode[]): Problem[] {
  return [...duplicatePathProblems(nodes), ...duplicateTitleProblems(nodes)];
}
