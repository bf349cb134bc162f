import { writeFile } from "node:fs/promises";
import type { GatsbyNode } from "gatsby";
import { robotsTxt } from "./src/build/feeds";
import { createPages } from "./src/build/create-pages";
import { markdownFields, type MarkdownNode } from "./src/build/markdown-fields";
import { createSchemaCustomization } from "./src/build/schema";
import { createSafetySettingsNode } from "./src/build/settings-node";

export { createPages, createSchemaCustomization };

export const onCreateNode: GatsbyNode["onCreateNode"] = async (args) => {
  const { node, actions } = args;
  await createSafetySettingsNode(args);
  if (node.internal.type !== "MarkdownRemark") return;
  const fields = markdownFields(node as MarkdownNode, process.env.NODE_ENV === "production");
  for (const [name, value] of Object.entries(fields)) {
    actions.createNodeField({ node, name, value });
  }
};

export const onPostBuild: GatsbyNode["onPostBuild"] = async () => {
  await writeFile("public/robots.txt", robotsTxt());
};
