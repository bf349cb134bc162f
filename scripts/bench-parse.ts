import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { bodyCostProblems, POST_LIMITS } from "../src/checks/cost-limits";
import { readMarkdown } from "../src/content/front-matter";
import { parseBody } from "../src/content/markdown-dialect";

/**
 * `npm run bench:parse`: how long the real parser (the renderer's remark 13) takes on every
 * live article, and on hostile bodies that stay just inside the cost limits, which is what
 * POST_LIMITS.parseMilliseconds must leave room for. Each figure is the median of 5 parses.
 */
function median(markdown: string): number {
  const times = Array.from({ length: 5 }, (_, run) => {
    // A different string each run (trailing line ends): parseBody keeps the last tree.
    const text = markdown + "\n".repeat(run + 1);
    const started = performance.now();
    parseBody(text);
    return performance.now() - started;
  });
  return times.sort((a, b) => a - b)[2]!;
}

const rows: Array<[string, number, number, string]> = [];
for (const dir of ["content/posts", "content/pages"]) {
  for (const name of readdirSync(dir).filter((file) => file.endsWith(".md"))) {
    const { body } = readMarkdown(readFileSync(path.join(dir, name), "utf8"));
    rows.push([name, body.length, median(body), "live"]);
  }
}
const markup = POST_LIMITS.markup;
const characters = POST_LIMITS.bodyCharacters.toLocaleString("en-US");
const hostile: Record<string, string> = {
  [`${markup} unclosed links`]: "[a](b ".repeat(markup),
  [`${markup} emphasis markers`]: "*a _b ".repeat(markup / 2),
  [`${markup} backticks`]: "`a ``b ".repeat(markup / 3),
  [`${markup} < signs`]: "<a <b ".repeat(markup / 2),
  [`${POST_LIMITS.nesting} nested lists`]: Array.from({ length: POST_LIMITS.nesting }, (_, depth) => `${"  ".repeat(depth)}- item`).join("\n"),
  [`${POST_LIMITS.headings} headings`]: "## A heading\n\nA line.\n\n".repeat(POST_LIMITS.headings),
  [`${characters} characters of emphasis markers`]: "*a _b ".repeat(POST_LIMITS.bodyCharacters / 6),
  [`${characters} characters of backticks`]: "`a ``b ".repeat(POST_LIMITS.bodyCharacters / 7),
  [`${characters} characters of < signs`]: "<a <b ".repeat(POST_LIMITS.bodyCharacters / 6),
};
for (const [name, body] of Object.entries(hostile)) {
  const refused = bodyCostProblems("bench.md", body).length > 0 ? "refused before parsing" : "within limits";
  rows.push([name, body.length, median(body), refused]);
}
console.log("| body | characters | parse ms (median of 5) | |\n|---|--:|--:|---|");
for (const [name, size, ms, note] of rows) console.log(`| ${name} | ${size.toLocaleString("en-US")} | ${ms.toFixed(1)} | ${note} |`);
console.log(`\nLimit: ${POST_LIMITS.parseMilliseconds} ms per parse.`);
