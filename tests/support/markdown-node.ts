import { readFileSync } from "node:fs";
import path from "node:path";
import { everyBuildProblems } from "../../src/checks/every-build";
import { contentFileProblem } from "../../src/checks/content-folders";
import { displayPath } from "../../src/build/folders";
import { readMarkdownNode, type MarkdownNode } from "../../src/checks/markdown-file";
import { formatProblem } from "../../src/checks/problems";
import { readMarkdown } from "../../src/content/front-matter";

/**
 * A MarkdownRemark node as gatsby-transformer-remark makes it from a file (read as UTF-8,
 * front-matter through the same YAML engine, and the transformer's `title: ""` default), so
 * the unit tests run the build's own validation without a build. tests/build proves the real thing.
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

export interface CheckedFile {
  /** As the build names it: relative to the project. */
  file: string;
  /** Every "<file>: field: message" line the build would print for this file. */
  problems: string[];
  /** Whether a production build would make a page of it, were no other file wrong. */
  published: boolean;
}

/**
 * What a production build on the day `now` says about Markdown files built together: each
 * file's own checks (gatsby-node's onCreateNode), then the checks every build runs over all
 * of them (createPages), file by file.
 */
export function checkMarkdownFiles(files: readonly string[], now = new Date()): CheckedFile[] {
  // Files the folder scan refuses never reach Gatsby (gatsby-config ignores them).
  const scanned = files.map((file) => ({ file: path.resolve(file), problem: contentFileProblem(path.resolve(file)) }));
  const refused = scanned.flatMap(({ file, problem }) => (problem === null ? [] : [{ file: displayPath(file), problems: [formatProblem({ file: displayPath(file), ...problem })], published: false }]));
  const nodes = scanned.filter(({ problem }) => problem === null).map(({ file }) => markdownNodeFromFile(file));
  const read = nodes.map((node) => readMarkdownNode(node, true));
  nodes.forEach((node, index) => (node.fields = { checked: read[index]!.fields }));
  const overAll = everyBuildProblems(
    nodes,
    read.flatMap(({ content }) => (content ? [content] : [])),
    now,
  );
  return [
    ...refused,
    ...nodes.map((node) => {
      const file = displayPath(node.fileAbsolutePath);
      const shared = overAll.filter((problem) => problem.file === file).map(formatProblem);
      return { file, problems: [...node.fields!.checked.problems, ...shared], published: node.fields!.checked.published };
    }),
  ];
}
