import type { Reporter } from "gatsby";
import { pastNextReview } from "../content/review-dates";
import { displayPath } from "./folders";
import type { MarkdownNode } from "./markdown-fields";

function reviewDatesOf(node: MarkdownNode) {
  const { lastReviewed, nextReview, tags } = node.frontmatter;
  return {
    file: displayPath(node.fileAbsolutePath),
    lastReviewed: typeof lastReviewed === "string" ? lastReviewed : null,
    nextReview: typeof nextReview === "string" ? nextReview : null,
    tags: Array.isArray(tags) ? tags.map(String) : [],
  };
}

/** A health site's facts age: the build still publishes, but names every article whose review is due. */
export function warnAboutOverdueReviews(posts: readonly MarkdownNode[], reporter: Reporter, now = new Date()): void {
  const overdue = pastNextReview(posts.map(reviewDatesOf), now);
  if (overdue.length === 0) return;
  const lines = overdue.map(({ file, nextReview, lastReviewed }) => `  ${file}: nextReview ${nextReview} (last reviewed ${lastReviewed})`);
  reporter.warn(`${overdue.length} published ${overdue.length === 1 ? "article is" : "articles are"} past the next review date:\n${lines.join("\n")}`);
}
