import type { GatsbyConfig } from "gatsby";
import { frontMatterEngines } from "./src/content/front-matter";
import { site } from "./src/site";
import { contentDir, mediaDir, settingsDir } from "./src/build/folders";
import { SETTINGS_SOURCE } from "./src/build/settings-node";

const config: GatsbyConfig = {
  siteMetadata: { ...site },
  trailingSlash: "always",
  jsxRuntime: "automatic",
  graphqlTypegen: { typesOutputPath: "src/gatsby-types.d.ts", generateOnBuild: true },
  plugins: [
    { resolve: "gatsby-source-filesystem", options: { name: "media", path: mediaDir } },
    { resolve: "gatsby-source-filesystem", options: { name: "content", path: contentDir, ignore: [`${settingsDir}/**`] } },
    { resolve: "gatsby-source-filesystem", options: { name: SETTINGS_SOURCE, path: settingsDir } },
    "gatsby-plugin-image",
    "gatsby-plugin-sharp",
    "gatsby-transformer-sharp",
    {
      resolve: "gatsby-transformer-remark",
      options: {
        engines: frontMatterEngines,
        plugins: [
          // Editors (and the CMS) write body images as /img/x.jpg; gatsby-remark-images needs
          // them relative to the post, so this rewrites them first. `include` names no real
          // field on purpose: the plugin would otherwise also rewrite front-matter strings,
          // and `featuredimage` must stay exactly what the editor wrote (the model links it).
          { resolve: "gatsby-remark-relative-images", options: { staticFolderName: "static", include: ["(body images only)"] } },
          {
            resolve: "gatsby-remark-images",
            options: { maxWidth: 760, withWebp: true, withAvif: true, linkImagesToOriginal: false, quality: 75, backgroundColor: "transparent" },
          },
        ],
      },
    },
    {
      resolve: "gatsby-plugin-sass",
      options: { sassOptions: { quietDeps: true, silenceDeprecations: ["import", "legacy-js-api"] } },
    },
  ],
};

export default config;
