import type { Problem } from "../content/errors";
import { crossFileProblems } from "./cross-file-checks";
import { futureDateProblems } from "./date-check";
import type { MarkdownNode } from "./markdown-fields";

/**
 * Checks run over all Markdown nodes on every build, never cached on a node: those that
 * compare files with each other, and those that depend on the day the site is built.
 */
export function everyBuildProblems(nodes: readonly MarkdownNode[], now: Date): Problem[] {
  return [...crossFileProblems(nodes), ...futureDateProblems(nodes, now)];
}
