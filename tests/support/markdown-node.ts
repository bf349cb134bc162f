import { readFileSync } from "node:fs";
import path from "node:path";
import type { MarkdownNode } from "../../src/build/markdown-fields";
import { readMarkdown } from "../../src/content/front-matter";

/**
 * A MarkdownRemark node as gatsby-transformer-remark makes it from a file (front-matter
 * through the same YAML engine, and the transformer's `title: ""` default), so the unit
 * tests run the build's own validation without a build. tests/build proves the real thing.
 */
export function markdownNodeFromFile(file: string): MarkdownNode {
  const absolutePath = path.resolve(file);
  const { data, body } = readMarkdown(readFileSync(absolutePath, "utf8"));
  return {
    id: absolutePath,
    parent: null,
    children: [],
    internal: { type: "MarkdownRemark", contentDigest: "", owner: "gatsby-transformer-remark" },
    frontmatter: { title: "", ...data },
    rawMarkdownBody: body,
    fileAbsolutePath: absolutePath,
  } as MarkdownNode;
}
