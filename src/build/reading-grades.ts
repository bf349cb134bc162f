import type { Reporter } from "gatsby";
import { ARTICLE_GRADE_LIMIT } from "../content/readability";
import type { ArticleContent } from "./content-nodes";

/**
 * Editors see each article's reading grade in the build log; the tests hold the live articles
 * to the limit. A site of thousands of posts (the benchmarks) lists its hardest reads, not every post.
 */
const MOST_LISTED = 50;

export function reportReadingGrades(posts: readonly ArticleContent[], reporter: Reporter): void {
  if (posts.length === 0) return;
  const lines = posts
    .map(({ file, readingGrade }) => ({ file, grade: readingGrade }))
    .sort((a, b) => b.grade - a.grade)
    .slice(0, MOST_LISTED)
    .map(({ file, grade }) => `  grade ${grade.toFixed(1)}  ${file}${grade > ARTICLE_GRADE_LIMIT ? `  (above ${ARTICLE_GRADE_LIMIT}: shorter sentences and plainer words help)` : ""}`);
  const rest = posts.length > MOST_LISTED ? `\n  … and ${posts.length - MOST_LISTED} easier articles` : "";
  reporter.info(`Reading grade (Flesch-Kincaid, US school grade; aim for ${ARTICLE_GRADE_LIMIT} or below), hardest first:\n${lines.join("\n")}${rest}`);
}
