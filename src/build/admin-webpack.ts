import type { Configuration } from "webpack";

/**
 * The admin's webpack configuration.
 * gatsby-plugin-decap-cms 4.0.4 loads React and Decap from UMD files it copies into /admin,
 * but React 19 ships no UMD builds (decap-cms issue #7878). Bundling them into the admin
 * instead: no externals, and neither the copy step nor the script tags that would load them.
 */
export function adminWebpackConfig(config: Configuration): void {
  config.externals = [];
  // The plugin writes full source maps for the production admin, which no editor loads:
  // measured on a one-post site, 35 MB of admin instead of 6.8 MB, 171 s of build instead of
  // 150 s, and 4.1 GB peak memory in the build process instead of 3.0 GB.
  if (config.mode === "production") config.devtool = false;
  config.plugins = (config.plugins ?? []).filter((plugin) => {
    const name = plugin?.constructor?.name;
    return name !== "CopyPlugin" && name !== "HtmlWebpackTagsPlugin";
  });
}
