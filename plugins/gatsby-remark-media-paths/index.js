// @ts-check
// Plain JavaScript because Gatsby loads a remark sub-plugin with import() at run time, where
// TypeScript is not compiled; tsc still checks it (tsconfig includes plugins/).
"use strict";
const path = require("node:path");

/**
 * Editors and the CMS write body images as /img/x.jpg; gatsby-remark-images looks for an image
 * relative to the Markdown file. This points each body image (inline or reference-style) that
 * names a file in the media folder at that file. What counts as a media file is the site's own
 * rule (src/build/folders.ts), passed in as `resolveMediaPath`. Raw HTML is never rewritten:
 * the build refuses it in bodies.
 *
 * @param {{ markdownAST: import("mdast").Root, markdownNode: { fileAbsolutePath?: string } }} api
 * @param {{ resolveMediaPath: (publicPath: string) => string | null }} options
 */
module.exports = ({ markdownAST, markdownNode }, { resolveMediaPath }) => {
  if (!markdownNode.fileAbsolutePath) return markdownAST;
  const directory = path.dirname(markdownNode.fileAbsolutePath);
  /** @type {Set<string>} */
  const imageLabels = new Set();
  /** @type {Array<{ type: string, url?: string, identifier?: string }>} */
  const nodes = [];
  /** @param {import("mdast").Nodes} node */
  const walk = (node) => {
    nodes.push(node);
    if (node.type === "imageReference") imageLabels.add(node.identifier);
    if ("children" in node) node.children.forEach(walk);
  };
  walk(markdownAST);
  for (const node of nodes) {
    const isImage = node.type === "image" || (node.type === "definition" && imageLabels.has(node.identifier ?? ""));
    if (!isImage || typeof node.url !== "string") continue;
    const file = resolveMediaPath(node.url);
    if (file !== null) node.url = path.relative(directory, file).split(path.sep).join("/");
  }
  return markdownAST;
};
