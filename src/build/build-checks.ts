import type { Problem } from "../content/errors";
import { crossFileProblems } from "./cross-file-checks";
import { futureDateProblems } from "./date-check";
import { displayPath } from "./folders";
import type { MarkdownNode } from "./markdown-fields";
import { checkMedia } from "./media-check";

/**
 * Every image a valid file shows must exist. Checked on every build from the image lists the
 * nodes keep: Gatsby does not re-read an unchanged post, but an image it uses may have gone.
 */
function mediaProblems(nodes: readonly MarkdownNode[]): Problem[] {
  return nodes.flatMap((node) => {
    if (!node.fields || node.fields.kind === "invalid" || node.fields.problems.length > 0) return [];
    const featured = typeof node.frontmatter.featuredimage === "string" ? node.frontmatter.featuredimage : undefined;
    return checkMedia(displayPath(node.fileAbsolutePath), featured, node.fields.bodyImages ?? []);
  });
}

/**
 * Checks run over all Markdown nodes on every build, never cached on a node: those that
 * compare files with each other, those that depend on other files (images), and those that
 * depend on the day the site is built.
 */
export function everyBuildProblems(nodes: readonly MarkdownNode[], now: Date): Problem[] {
  return [...crossFileProblems(nodes), ...mediaProblems(nodes), ...futureDateProblems(nodes, now)];
}
