import type { GatsbyNode } from "gatsby";
import { createPages } from "./src/build/create-pages";
import { markdownFields, type MarkdownNode } from "./src/build/markdown-fields";
import { createSchemaCustomization } from "./src/build/schema";

export { createPages, createSchemaCustomization };

export const onCreateNode: GatsbyNode["onCreateNode"] = ({ node, actions }) => {
  if (node.internal.type !== "MarkdownRemark") return;
  const fields = markdownFields(node as MarkdownNode, process.env.NODE_ENV === "production");
  for (const [name, value] of Object.entries(fields)) {
    actions.createNodeField({ node, name, value });
  }
};
