import type { GatsbyNode } from "gatsby";
import { createContentNode } from "./src/build/content-nodes";
import { keepParsedBody } from "./src/build/parsed-bodies";
import { parseBody } from "./src/content/markdown-dialect";
import { createPages } from "./src/build/create-pages";
import { readMarkdownNode, type MarkdownNode } from "./src/checks/markdown-file";
import { createSchemaCustomization } from "./src/build/schema";
import { createSafetySettingsNode } from "./src/build/settings-node";
import { createJurisdictionNode } from "./src/build/law-nodes";
import { adminBackendForBuild, CmsBackendError } from "./src/cms/backends";

export { createPages, createSchemaCustomization };
export { onCreateWebpackConfig, onPreBuild } from "./src/build/pre-build";
export { onPostBuild } from "./src/build/post-build";
export { onCreateDevServer } from "./src/build/admin-dev-server";
export { createResolvers } from "./src/build/image-data-once";

/** A production build whose admin backend settings are wrong stops before any work, naming every problem. */
export const onPreInit: GatsbyNode["onPreInit"] = ({ reporter }) => {
  if (process.env.gatsby_executing_command !== "build") return;
  try {
    adminBackendForBuild(process.env);
  } catch (error) {
    if (error instanceof CmsBackendError) reporter.panic(error.message);
    throw error;
  }
};

export const onCreateNode: GatsbyNode["onCreateNode"] = async (args) => {
  const { node, actions } = args;
  await createSafetySettingsNode(args);
  await createJurisdictionNode(args);
  if (node.internal.type !== "MarkdownRemark") return;
  const markdown = node as MarkdownNode;
  const { fields, content } = readMarkdownNode(markdown, process.env.NODE_ENV === "production");
  // One field, not one per verdict: every createNodeField writes the whole node to LMDB again.
  actions.createNodeField({ node, name: "checked", value: fields });
  if (!content) return;
  createContentNode(args, content);
  // The checks just parsed this body (parseBody keeps its last tree): the transformer takes it from here.
  if (content.published) keepParsedBody(markdown.rawMarkdownBody, parseBody(markdown.rawMarkdownBody));
};
