import type { Problem } from "./problems";
import type { Content } from "../build/content-nodes";
import { displayPath } from "../build/folders";
import { crossFileProblems } from "./cross-file";
import { futureDateProblems } from "./future-dates";
import { checkMedia } from "./images";
import type { MarkdownNode } from "./markdown-file";

/**
 * Every image a file shows must exist, whatever else is wrong with the file (an editor learns
 * of a missing field and a missing image in one run). Checked on every build from the image
 * lists the nodes keep: Gatsby does not re-read an unchanged post, but an image it uses may have gone.
 */
function mediaProblems(nodes: readonly MarkdownNode[]): Problem[] {
  return nodes.flatMap((node) => (node.fields ? checkMedia(displayPath(node.fileAbsolutePath), node.fields.checked.featuredImage ?? undefined, node.fields.checked.bodyImages) : []));
}

/**
 * Checks run on every build, never cached on a node: those that depend on other files (images,
 * over every file), those that compare valid files with each other, and those that depend on the
 * day the site is built.
 */
export function everyBuildProblems(nodes: readonly MarkdownNode[], contents: readonly Content[], now: Date): Problem[] {
  return [...mediaProblems(nodes), ...crossFileProblems(contents), ...futureDateProblems(contents, now)];
}
