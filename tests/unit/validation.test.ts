import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { markdownFields } from "../../src/build/markdown-fields";
import { expectedProblems } from "../fixtures/malformed/expected";
import { markdownNodeFromFile } from "../support/markdown-node";

const malformedDir = "tests/fixtures/malformed/posts";
const siteDir = "tests/fixtures/site";

function problemsOf(file: string): string[] {
  return markdownFields(markdownNodeFromFile(file), true).problems;
}

describe("an editor's malformed post", () => {
  it("covers every malformed fixture with expected messages", () => {
    const files = readdirSync(malformedDir).filter((name) => !name.startsWith("2024-08-01-a-valid"));
    expect(files.sort()).toEqual(Object.keys(expectedProblems).sort());
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(Object.entries(expectedProblems))("%s is rejected with a message naming the file and the field", (name, expected) => {
    const file = `${malformedDir}/${name}`;
    const problems = problemsOf(file);
    expect(problems).toHaveLength(expected.length);
    for (const line of expected) {
      expect(problems.some((problem) => problem.startsWith(`${file}: ${line}`))).toBe(true);
    }
  });

  it("reports every problem in a file at once, not the first only", () => {
    expect(problemsOf(`${malformedDir}/several-problems.md`)).toHaveLength(4);
  });

  it("never flags the valid post among them", () => {
    expect(problemsOf(`${malformedDir}/2024-08-01-a-valid-post.md`)).toEqual([]);
  });
});

describe("a legacy-format post from the old starter", () => {
  const node = markdownNodeFromFile(`${siteDir}/posts/2024-08-13-legacy-format-post.md`);
  const fields = markdownFields(node, true);

  it("passes validation unchanged", () => {
    expect(fields.problems).toEqual([]);
    expect(fields.published).toBe(true);
  });

  it("keeps its millisecond ISO date as written", () => {
    expect(node.frontmatter.date).toBe("2024-08-13T18:03:57.617Z");
  });

  it("folds its description into one string that keeps the paragraph break", () => {
    const description = node.frontmatter.description as string;
    expect(description.startsWith("This fixture copies the shape of posts written for the old starter: an ISO date")).toBe(true);
    expect(description).toContain("second paragraph. \nThe second paragraph is still part");
  });

  it("links its tags to tag pages and its featured image to the media folder", () => {
    expect(fields.tags.map((tag) => tag.path)).toEqual(["/tags/kratom/", "/tags/pain-relief/", "/tags/anxiety/", "/tags/energy/", "/tags/relaxation/"]);
    expect(fields.featuredImagePath).toBe(path.resolve("static/img/forest-sunrise.jpg"));
    expect(fields.path).toBe("/blog/legacy-format-post/");
  });
});

describe("drafts", () => {
  const node = markdownNodeFromFile(`${siteDir}/posts/2024-10-01-unfinished-draft.md`);

  it("are left out of production builds", () => {
    expect(markdownFields(node, true).published).toBe(false);
  });

  it("may be unfinished: no references, key points or review date yet", () => {
    expect(node.frontmatter.references).toBeUndefined();
    expect(markdownFields(node, false).problems).toEqual([]);
  });

  it("are shown while editing with gatsby develop", () => {
    expect(markdownFields(node, false).published).toBe(true);
  });
});
