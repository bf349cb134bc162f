import type { Reporter } from "gatsby";
import { displayPath } from "./folders";
import type { MarkdownNode } from "./markdown-fields";

const REVIEW_INTERVAL_MONTHS = 12;

/** Published posts whose last review is more than a year before `now`, oldest first. */
export function overdueForReview(posts: readonly MarkdownNode[], now: Date): { file: string; lastReviewed: string }[] {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - REVIEW_INTERVAL_MONTHS);
  return posts
    .map((node) => ({ file: displayPath(node.fileAbsolutePath), lastReviewed: String(node.frontmatter.lastReviewed ?? "") }))
    .filter(({ lastReviewed }) => lastReviewed !== "" && new Date(lastReviewed) < cutoff)
    .sort((a, b) => a.lastReviewed.localeCompare(b.lastReviewed));
}

/** A health site's facts age: the build still publishes, but says which articles need a fresh review. */
export function warnAboutOverdueReviews(posts: readonly MarkdownNode[], reporter: Reporter, now = new Date()): void {
  const overdue = overdueForReview(posts, now);
  if (overdue.length === 0) return;
  const lines = overdue.map(({ file, lastReviewed }) => `  ${file}: lastReviewed ${lastReviewed}`);
  reporter.warn(`${overdue.length} published ${overdue.length === 1 ? "article was" : "articles were"} last reviewed more than ${REVIEW_INTERVAL_MONTHS} months ago:\n${lines.join("\n")}`);
}
