import type { Configuration } from "webpack";

/**
 * gatsby-plugin-decap-cms 4.0.4 loads React and Decap from UMD files it copies into /admin,
 * but React 19 ships no UMD builds (decap-cms issue #7878). Bundling them into the admin
 * instead: no externals, and neither the copy step nor the script tags that would load them.
 */
export function bundleReactIntoAdmin(config: Configuration): void {
  config.externals = [];
  config.plugins = (config.plugins ?? []).filter((plugin) => {
    const name = plugin?.constructor?.name;
    return name !== "CopyPlugin" && name !== "HtmlWebpackTagsPlugin";
  });
}
