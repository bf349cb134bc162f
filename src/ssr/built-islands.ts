import type { IslandFiles } from "../islands/islands";

/**
 * The islands this build bundled, compiled into the page renderer by gatsby-node's
 * onCreateWebpackConfig (src/build/islands-bundle.ts bundles them first, in onPreBuild). A
 * constant rather than a file read while rendering: Gatsby re-renders every page on every build
 * once its renderer touches the file system, and the renderer changes exactly when an island does.
 */
declare const __ISLAND_FILES__: IslandFiles | undefined;

export function builtIslandFiles(): IslandFiles {
  if (typeof __ISLAND_FILES__ === "undefined") throw new Error("No islands were compiled into the page renderer: `gatsby build` bundles them in onPreBuild, before any page renders");
  return __ISLAND_FILES__;
}
