import { readFileSync } from "node:fs";
import { readMarkdown } from "../src/content/front-matter";
import { ARTICLE_GRADE_LIMIT, bodyReadability } from "../src/content/readability";

/** `npm run readability -- content/posts/*.md`: each file's reading grade, as the build prints it. */
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: npm run readability -- FILE.md [FILE.md …]");
  process.exit(2);
}
for (const file of files) {
  const { body } = readMarkdown(readFileSync(file, "utf8"));
  const { grade, words, sentences } = bodyReadability(body);
  const mark = grade > ARTICLE_GRADE_LIMIT ? `  (above grade ${ARTICLE_GRADE_LIMIT})` : "";
  console.log(`grade ${grade.toFixed(1)}  ${String(words).padStart(5)} words  ${String(sentences).padStart(4)} sentences  ${file}${mark}`);
}
