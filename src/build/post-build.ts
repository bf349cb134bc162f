import { writeFile } from "node:fs/promises";
import type { GatsbyNode } from "gatsby";
import { buildAdmin } from "./admin-bundle";
import { robotsTxt } from "./robots";
import { writeSearchIndex } from "./search-index";
import { checkPublishedXml } from "../checks/published-xml";
import { adminBackendForBuild } from "../cms/backends";
import { deployContext, headersFile, siteHeaderRules } from "./headers";
import { recordedRedirects, redirectsFile } from "./file-name-redirects";
import { forgetParsedBodies } from "./parsed-bodies";

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

/** What `gatsby build` does after writing the pages: robots.txt, headers and redirects, search, the admin. */
export const onPostBuild: GatsbyNode["onPostBuild"] = async ({ reporter, store }) => {
  const backend = adminBackendForBuild(process.env);
  await step(reporter, "Markdown bodies parsed once, for checks and HTML", async () => forgetParsedBodies());
  await writeFile("public/robots.txt", robotsTxt());
  await writeFile("public/_headers", headersFile(siteHeaderRules(backend, deployContext(process.env.CONTEXT))));
  await writeFile("public/_redirects", redirectsFile(recordedRedirects(store)));
  // The feed and sitemaps read back by an XML parser: a broken feed fails the build, not the subscribers.
  await step(reporter, "Feed and sitemaps read back", async () => await checkPublishedXml("public"));
  await step(reporter, "Pagefind search index", async () => (await writeSearchIndex("public")).match(/Indexed \d+ pages?/)?.[0] ?? "");
  // ADMIN=off leaves the admin out of the tests' fixture builds; reader pages never load it.
  if (process.env.ADMIN === "off") return;
  await step(reporter, "Admin bundle (esbuild)", async () => {
    const built = await buildAdmin({ publicDir: "public", production: true, backend });
    return built ? `${built.files} files, ${(built.bytes / 1024 ** 2).toFixed(1)} MB` : "sources unchanged: last bundle kept";
  });
};
