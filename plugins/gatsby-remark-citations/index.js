// @ts-check
// Plain JavaScript because Gatsby loads a remark sub-plugin with import() at run time, where
// TypeScript is not compiled; tsc still checks it (tsconfig includes plugins/).
"use strict";

/**
 * Turns each [@key] citation into the link readers follow ([1] to #ref-1), numbered in order of
 * first use among the post's references. The rule is the site's own (src/content/citations.ts),
 * passed in as `linkBodyCitations`, so the numbers match the reference list the page shows.
 *
 * @param {{ markdownAST: import("mdast").Root, markdownNode: { frontmatter?: { references?: Array<{ id?: string | null }> | null } } }} api
 * @param {{ linkBodyCitations: (tree: import("mdast").Root, references: Array<{ id?: string | null }>) => void }} options
 */
module.exports = ({ markdownAST, markdownNode }, { linkBodyCitations }) => {
  linkBodyCitations(markdownAST, markdownNode.frontmatter?.references ?? []);
  return markdownAST;
};
