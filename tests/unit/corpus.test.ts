import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkDatesNotInFuture } from "../../src/checks/future-dates";
import { expectedProblems } from "../fixtures/malformed/expected";
import { generatedPosts, writeGeneratedPosts } from "../fixtures/malformed/generated";
import { type CheckedFile, checkMarkdownFiles, markdownNodeFromFile } from "../support/markdown-node";

/**
 * The bad-input corpus (docs/bad-input-corpus.md) through the build's own checks: every
 * malformed file fails with exactly its expected "<file>: field: message" lines, every
 * safe-render file passes, and no file is silently dropped. tests/build runs the real builds.
 */
const malformedDir = "tests/fixtures/malformed/posts";
const safeRenderDir = "tests/fixtures/safe-render/posts";
const VALID_POST = "2024-08-01-a-valid-post.md";

const markdownIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => path.join(dir, name));

const generatedDir = await mkdtemp(path.join(os.tmpdir(), "kf-corpus-"));
afterAll(() => rm(generatedDir, { recursive: true, force: true }));

// Each folder is checked as one build would see it, so the checks across files run too.
const malformed = checkMarkdownFiles([...markdownIn(malformedDir), ...(await writeGeneratedPosts(generatedDir))]);
const safeRender = checkMarkdownFiles(markdownIn(safeRenderDir));
const malformedByName = new Map(malformed.map((checked) => [path.basename(checked.file), checked]));

const fails = (checked: CheckedFile) => checked.problems.length > 0;
const renders = (checked: CheckedFile) => checked.problems.length === 0 && checked.published;

describe("the bad-input corpus", () => {
  it("holds at least 25 bad or hostile files", () => {
    expect(malformed.length - 1 + safeRender.length).toBeGreaterThanOrEqual(25);
  });

  it("has an expected outcome for every malformed file, committed or generated", () => {
    const names = [...malformedByName.keys()].filter((name) => name !== VALID_POST).sort();
    expect(names).toEqual(Object.keys(expectedProblems).sort());
    expect(Object.keys(generatedPosts).every((name) => malformedByName.has(name))).toBe(true);
  });
});

describe("a malformed post", () => {
  it.each(Object.entries(expectedProblems))("%s fails with exactly its expected lines, each naming the file and the field", (name, expected) => {
    const { file, problems } = malformedByName.get(name)!;
    expect(problems).toHaveLength(expected.length);
    for (const line of expected) {
      expect(
        problems.filter((problem) => problem.startsWith(`${file}: ${line}`)),
        line,
      ).toHaveLength(1);
    }
  });

  it("never runs front-matter written in JavaScript (its sentinel file never appears)", () => {
    expect(malformedByName.get("js-front-matter.md")?.problems).toHaveLength(1);
    expect(existsSync("js-front-matter-ran.txt")).toBe(false);
  });

  it("never makes the build blame the valid post among them", () => {
    expect(malformedByName.get(VALID_POST)).toMatchObject({ problems: [], published: true });
  });
});

describe("a hostile post that is still valid", () => {
  it.each(safeRender.map((checked) => [path.basename(checked.file), checked] as const))("%s passes every check and is published", (_, checked) => {
    expect(checked.problems).toEqual([]);
    expect(checked.published).toBe(true);
  });

  it("keeps its text exactly as written: no byte order mark, no carriage returns, emoji and right-to-left text whole", () => {
    const frontMatter = (name: string) => markdownNodeFromFile(path.join(safeRenderDir, name)).frontmatter;
    expect(frontMatter("2024-02-03-byte-order-mark.md").templateKey).toBe("blog-post");
    expect(frontMatter("2024-02-03-byte-order-mark.md").title).toBe("A file that starts with a byte order mark");
    expect(frontMatter("2024-02-02-windows-line-ends.md").description).toBe("Every line of this file ends in a carriage return and a line feed, as editors on Windows save them.\n");
    expect(frontMatter("2024-02-01-emoji-and-right-to-left-text.md").title).toBe("Emoji 🌿 and right-to-left text: עברית and العربية");
  });
});

describe("no silent drop", () => {
  it.each([
    ["the malformed folder", malformed],
    ["the safe-render folder", safeRender],
  ])("in %s, files in = files with named problems + files that render", (_, checked) => {
    const failing = checked.filter(fails);
    const rendering = checked.filter(renders);
    expect(failing.length + rendering.length).toBe(checked.length);
    for (const { file, problems } of failing) {
      for (const problem of problems) expect(problem).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: [^:]+: \\S`));
    }
  });

  it("leaves exactly the valid post to render among the malformed ones, and every safe-render post", () => {
    expect(malformed.filter(renders).map((checked) => path.basename(checked.file))).toEqual([VALID_POST]);
    expect(safeRender.filter(renders)).toHaveLength(safeRender.length);
  });
});

describe("a date in the future", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  const dates = { date: "2026-11-23T11:00:00Z", lastReviewed: "2026-11-23", updated: undefined };

  it("is refused for each dated field, naming it", () => {
    const problems = checkDatesNotInFuture("post.md", { ...dates, updated: "2026-11-25T13:00:00Z" }, now);
    expect(problems).toEqual([{ file: "post.md", field: "updated", message: expect.stringMatching(/^"2026-11-25T13:00:00Z" is in the future/) as string }]);
  });

  it("allows tomorrow's calendar date, which is already today somewhere east of UTC", () => {
    expect(checkDatesNotInFuture("post.md", { ...dates, date: "2026-11-24" }, now)).toEqual([]);
  });

  it("is the future-dates fixture's only fault: built after 2099, it passes", () => {
    const [checked] = checkMarkdownFiles([path.join(malformedDir, "future-dates.md")], new Date("2100-01-01T00:00:00Z"));
    expect(checked?.problems).toEqual([]);
  });
});
