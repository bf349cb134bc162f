import { writeFile } from "node:fs/promises";
import type { GatsbyNode } from "gatsby";
import { robotsTxt } from "./src/build/feeds";
import { createPages } from "./src/build/create-pages";
import { markdownFields, type MarkdownNode } from "./src/build/markdown-fields";
import { createSchemaCustomization } from "./src/build/schema";
import { createSafetySettingsNode } from "./src/build/settings-node";
import { writeSearchIndex } from "./src/build/search-index";
import { makeScriptsSliceConstant } from "./src/build/scripts-slice";

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

export const onPostBuild: GatsbyNode["onPostBuild"] = async ({ reporter }) => {
  await writeFile("public/robots.txt", robotsTxt());
  try {
    const pages = await makeScriptsSliceConstant("public");
    reporter.info(`Gatsby's per-build inline scripts moved into data blocks on ${pages} pages (for the Content-Security-Policy)`);
  } catch (error) {
    reporter.panicOnBuild("Could not make the pages' inline scripts constant for the Content-Security-Policy", error as Error);
  }
  const activity = reporter.activityTimer("Pagefind search index");
  activity.start();
  try {
    const summary = await writeSearchIndex("public");
    activity.setStatus(summary.match(/Indexed \d+ pages?/)?.[0] ?? "");
  } catch (error) {
    reporter.panicOnBuild("Pagefind could not index public/", error as Error);
  } finally {
    activity.end();
  }
};
