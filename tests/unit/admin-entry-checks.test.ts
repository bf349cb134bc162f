import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { entryProblems } from "../../src/checks/entry";
import { formatProblem } from "../../src/checks/problems";
import { readMarkdown } from "../../src/content/front-matter";
import { checkMarkdownFiles } from "../support/markdown-node";

/**
 * The admin refuses a save with the build's own checks (src/checks/entry.ts). Over the
 * malformed corpus, what the admin says is what the build says, word for word, and the admin
 * misses only what needs other files or the file on disk.
 */
const malformedDir = "tests/fixtures/malformed/posts";
const files = readdirSync(malformedDir)
  .filter((name) => name.endsWith(".md"))
  .sort()
  .map((name) => path.join(malformedDir, name));
const build = new Map(checkMarkdownFiles(files).map((checked) => [checked.file, checked.problems]));

/** What only the build can see: other files (images, titles and addresses of other posts), the bytes on disk, the file's name and its front-matter block itself. */
const NEEDS_THE_REPOSITORY = [/ does not exist in /, / is also the title of /, /^file name: /, /^file: /, /^front-matter: /];

function entryOf(file: string): Record<string, unknown> {
  const { data, body } = readMarkdown(readFileSync(file, "utf8"));
  return { ...data, body };
}

describe("the admin's checks before a save", () => {
  it.each(files)("say what the build says about %s", (file) => {
    const buildProblems = build.get(file) ?? [];
    const adminProblems = entryProblems(file, entryOf(file), new Date()).map(formatProblem);
    expect(adminProblems.filter((problem) => !buildProblems.includes(problem))).toEqual([]);
    const onlyTheBuildCanSee = (problem: string) => NEEDS_THE_REPOSITORY.some((pattern) => pattern.test(problem.slice(file.length + 2)));
    expect(buildProblems.filter((problem) => !adminProblems.includes(problem) && !onlyTheBuildCanSee(problem))).toEqual([]);
  });
});
