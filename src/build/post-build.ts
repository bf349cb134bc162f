import { writeFile } from "node:fs/promises";
import type { GatsbyNode } from "gatsby";
import { buildAdmin } from "./admin-bundle";
import { robotsTxt } from "./robots";
import { makeScriptsSliceConstant } from "./scripts-slice";
import { writeSearchIndex } from "./search-index";
import { checkPublishedXml } from "../checks/published-xml";

type Reporter = Parameters<NonNullable<GatsbyNode["onPostBuild"]>>[0]["reporter"];

/** Runs one post-build step under its own timer; a failure fails the build with the step's name. */
async function step(reporter: Reporter, name: string, run: () => Promise<string>): Promise<void> {
  const activity = reporter.activityTimer(name);
  activity.start();
  try {
    activity.setStatus(await run());
  } catch (error) {
    reporter.panicOnBuild(`${name} failed`, error as Error);
  } finally {
    activity.end();
  }
}

/** What `gatsby build` does after writing the pages: robots.txt, the CSP rewrite, search, the admin. */
export const onPostBuild: GatsbyNode["onPostBuild"] = async ({ reporter }) => {
  await writeFile("public/robots.txt", robotsTxt());
  // The feed and sitemaps read back by an XML parser: a broken feed fails the build, not the subscribers.
  await step(reporter, "Feed and sitemaps read back", async () => await checkPublishedXml("public"));
  // Per-build inline scripts into data blocks, so the Content-Security-Policy can list hashes.
  await step(reporter, "Constant inline scripts", async () => `${await makeScriptsSliceConstant("public")} pages`);
  await step(reporter, "Pagefind search index", async () => (await writeSearchIndex("public")).match(/Indexed \d+ pages?/)?.[0] ?? "");
  // ADMIN=off leaves the admin out of the tests' fixture builds; reader pages never load it.
  if (process.env.ADMIN === "off") return;
  await step(reporter, "Admin bundle (esbuild)", async () => {
    const built = await buildAdmin({ publicDir: "public", production: true, localBackend: process.env.GATSBY_CMS_LOCAL_BACKEND === "true" });
    return built ? `${built.files} files, ${(built.bytes / 1024 ** 2).toFixed(1)} MB` : "sources unchanged: last bundle kept";
  });
};
