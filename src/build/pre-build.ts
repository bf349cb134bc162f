import type { GatsbyNode } from "gatsby";
import { adminBackendForBuild } from "../cms/backends";
import type { IslandFiles, IslandName } from "../islands/islands";
import { bundleIslands } from "./islands-bundle";

/** The islands a production build ships: the Identity link only where invitations come from Netlify Identity. */
export function islandsForBuild(usesIdentityWidget: boolean): IslandName[] {
  return ["search-page", ...(usesIdentityWidget ? (["identity-link"] as const) : [])];
}

/** What onPreBuild bundled, for the page renderer's webpack config (the same process, moments later). */
let bundledIslands: IslandFiles | undefined;

/** Before any page renders: the islands the pages will name, bundled. */
export const onPreBuild: GatsbyNode["onPreBuild"] = async ({ reporter }) => {
  const backend = adminBackendForBuild(process.env);
  const activity = reporter.activityTimer("Reader islands (esbuild)");
  activity.start();
  try {
    const { files, bytes } = await bundleIslands("public", islandsForBuild(backend !== "local" && backend.usesIdentityWidget));
    bundledIslands = files;
    activity.setStatus(
      Object.entries(bytes)
        .map(([name, size]) => `${name} ${size} B`)
        .join(", "),
    );
  } catch (error) {
    reporter.panicOnBuild("Reader islands (esbuild) failed", error as Error);
  } finally {
    activity.end();
  }
};

/**
 * The page renderer gets the islands' addresses as a constant (see src/ssr/built-islands.ts).
 * The browser bundle is still built, because Gatsby takes the CSS it inlines into every page
 * from it, but no reader page loads its JavaScript (gatsby-ssr.tsx leaves the runtime out):
 * minifying that JavaScript and mapping its sources was work for no one. The CSS is still
 * minified.
 */
export const onCreateWebpackConfig: GatsbyNode["onCreateWebpackConfig"] = ({ stage, actions, plugins, getConfig }) => {
  if (stage === "build-javascript") {
    const config = getConfig();
    actions.replaceWebpackConfig({ ...config, devtool: false, optimization: { ...config.optimization, minimizer: [plugins.minifyCss()] } });
  }
  if (stage !== "build-html" || bundledIslands === undefined) return;
  actions.setWebpackConfig({ plugins: [plugins.define({ __ISLAND_FILES__: JSON.stringify(bundledIslands) })] });
};
