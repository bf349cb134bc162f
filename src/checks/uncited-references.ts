import type { Reporter } from "gatsby";
import type { ArticleContent } from "../build/content-nodes";

/**
 * A reference the body never cites is listed at the end of the article but backs no claim: the
 * build publishes it and names it, so an editor can cite it or take it out.
 */
export function warnAboutUncitedReferences(posts: readonly ArticleContent[], reporter: Reporter): void {
  const lines = posts
    .filter(({ uncitedReferences }) => uncitedReferences.length > 0)
    .map(({ file, uncitedReferences }) => `  ${file}: references: ${uncitedReferences.map((key) => `[@${key}]`).join(", ")}`);
  if (lines.length === 0) return;
  reporter.warn(`${lines.length} published ${lines.length === 1 ? "article lists references" : "articles list references"} its body never cites:\n${lines.join("\n")}`);
}
