import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ArticleContent } from "../../src/build/content-nodes";
import { readMarkdownNode } from "../../src/checks/markdown-file";
import { markdownNodeFromFile } from "../support/markdown-node";

const siteDir = "tests/fixtures/site";

describe("a legacy-format post from the old starter", () => {
  const node = markdownNodeFromFile(`${siteDir}/posts/2024-08-13-legacy-format-post.md`);
  const { fields, content } = readMarkdownNode(node, true);
  const article = content as ArticleContent;

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
    expect(article.tags.map((tag) => tag.path)).toEqual(["/tags/kratom/", "/tags/pain-relief/", "/tags/anxiety/", "/tags/energy/", "/tags/relaxation/"]);
    expect(article.featuredImagePath).toBe(path.resolve("static/img/forest-sunrise.jpg"));
    expect(article.path).toBe("/blog/legacy-format-post/");
  });
});

describe("drafts", () => {
  const node = markdownNodeFromFile(`${siteDir}/posts/2024-10-01-unfinished-draft.md`);

  it("are left out of production builds", () => {
    expect(readMarkdownNode(node, true).fields.published).toBe(false);
  });

  it("may be unfinished: no references, key points or review date yet", () => {
    expect(node.frontmatter.references).toBeUndefined();
    expect(readMarkdownNode(node, false).fields.problems).toEqual([]);
  });

  it("are shown while editing with gatsby develop", () => {
    expect(readMarkdownNode(node, false).fields.published).toBe(true);
  });
});
