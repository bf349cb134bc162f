import type { GatsbyNode } from "gatsby";
import { createPages } from "./src/build/create-pages";
import { markdownFields, type MarkdownNode } from "./src/build/markdown-fields";
import { createSchemaCustomization } from "./src/build/schema";
import { createSafetySettingsNode } from "./src/build/settings-node";

export { createPages, createSchemaCustomization };
export { onPostBuild } from "./src/build/post-build";
export { onCreateDevServer } from "./src/build/admin-dev-server";
export { createResolvers } from "./src/build/image-data-once";

export const onCreateNode: GatsbyNode["onCreateNode"] = async (args) => {
  const { node, actions } = args;
  await createSafetySettingsNode(args);
  if (node.internal.type !== "MarkdownRemark") return;
  const fields = markdownFields(node as MarkdownNode, process.env.NODE_ENV === "production");
  for (const [name, value] of Object.entries(fields)) {
    actions.createNodeField({ node, name, value });
  }
};
