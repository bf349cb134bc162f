import type { Reporter } from "gatsby";
import { pastNextReview } from "../content/review-dates";
import type { ArticleContent } from "../build/content-nodes";

/** A health site's facts age: the build still publishes, but names every article whose review is due. */
export function warnAboutOverdueReviews(posts: readonly ArticleContent[], reporter: Reporter, now = new Date()): void {
  // The article's nextReview already holds its own date or the latest its kind allows.
  const overdue = pastNextReview(
    posts.map(({ file, lastReviewed, nextReview }) => ({ file, lastReviewed, nextReview })),
    now,
  );
  if (overdue.length === 0) return;
  const lines = overdue.map(({ file, nextReview, lastReviewed }) => `  ${file}: nextReview ${nextReview} (last reviewed ${lastReviewed})`);
  reporter.warn(`${overdue.length} published ${overdue.length === 1 ? "article is" : "articles are"} past the next review date:\n${lines.join("\n")}`);
}
