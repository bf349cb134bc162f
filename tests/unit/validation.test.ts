import path from "node:path";
import { describe, expect, it } from "vitest";
import { markdownFields } from "../../src/build/markdown-fields";
import { markdownNodeFromFile } from "../support/markdown-node";

const siteDir = "tests/fixtures/site";

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
