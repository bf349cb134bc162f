import path from "node:path";
import type { GatsbyConfig } from "gatsby";
import pruneVar from "postcss-prune-var";
import { frontMatterEngines } from "./src/content/front-matter";
import { site } from "./src/site";
import { contentDir, lawDir, mediaDir, mediaFilePath, settingsDir } from "./src/build/folders";
import { LAW_SOURCE } from "./src/build/law-nodes";
import { SETTINGS_SOURCE } from "./src/build/settings-node";
import { rssFeed, sitemap } from "./src/build/feeds";
import { webManifest } from "./src/build/web-manifest";
import { scanContentFolders } from "./src/checks/content-folders";
import { linkBodyCitations } from "./src/content/citations";
import { takeParsedBody } from "./src/build/parsed-bodies";
import { collectGarbageSooner } from "./src/build/heap-growth";

collectGarbageSooner();

// Files Gatsby must not read at all (their problems are reported with the rest in createPages).
const { ignore: refusedFiles } = scanContentFolders({ contentDir, settingsDir, mediaDir, lawDir });

const config: GatsbyConfig = {
  siteMetadata: { ...site },
  trailingSlash: "always",
  jsxRuntime: "automatic",
  // Types are written by builds only: `npm start` must not rewrite a tracked file while editors
  // work (run a build after changing a query).
  graphqlTypegen: process.env.gatsby_executing_command === "develop" ? false : { typesOutputPath: "src/gatsby-types.d.ts", generateOnBuild: true },
  plugins: [
    { resolve: "gatsby-source-filesystem", options: { name: "media", path: mediaDir, ignore: refusedFiles } },
    { resolve: "gatsby-source-filesystem", options: { name: "content", path: contentDir, ignore: [`${settingsDir}/**`, `${lawDir}/**`, `${path.join(contentDir, "law")}/**`, ...refusedFiles] } },
    { resolve: "gatsby-source-filesystem", options: { name: LAW_SOURCE, path: lawDir } },
    { resolve: "gatsby-source-filesystem", options: { name: SETTINGS_SOURCE, path: settingsDir } },
    // The site's own link-preview card and icon, apart from the editors' media folder.
    { resolve: "gatsby-source-filesystem", options: { name: "site-images", path: path.resolve("src/images") } },
    "gatsby-plugin-sharp",
    "gatsby-transformer-sharp",
    {
      resolve: "gatsby-transformer-remark",
      options: {
        engines: frontMatterEngines,
        plugins: [
          // The transformer takes the tree the build's checks parsed instead of parsing the body again.
          { resolve: "gatsby-remark-parsed-once", options: { takeParsedBody } },
          // Editors (and the CMS) write body images as /img/x.jpg; gatsby-remark-images needs
          // them relative to the post. The site's own small plugin (plugins/) does that for
          // Markdown images only; front-matter stays exactly what the editor wrote.
          { resolve: "gatsby-remark-media-paths", options: { resolveMediaPath: mediaFilePath } },
          // [@key] citations become numbered links to the reference list, in order of first use.
          { resolve: "gatsby-remark-citations", options: { linkBodyCitations } },
          // Gives every body heading an id (GitHub's slug rules) for the table of contents; no icon links.
          { resolve: "gatsby-remark-autolink-headers", options: { icon: false } },
          // gatsby-remark-images itself, asking sharp about each image once per build rather than once per occurrence.
          {
            resolve: "gatsby-remark-images-once",
            options: { maxWidth: 760, withWebp: true, withAvif: true, linkImagesToOriginal: false, quality: 75, backgroundColor: "transparent" },
          },
        ],
      },
    },
    {
      resolve: "gatsby-plugin-sass",
      options: {
        sassOptions: { quietDeps: true, silenceDeprecations: ["import", "legacy-js-api"] },
        // Bulma defines 21 shades of every colour as custom properties; the site reads a few.
        // Dropping the ones no var() reaches: inline CSS on every page 68.9 → 40.8 KB raw.
        postCssPlugins: [pruneVar()],
      },
    },
    rssFeed,
    sitemap,
    webManifest,
    // The admin at /admin/ is not a Gatsby plugin: esbuild bundles it after the build
    // (src/build/post-build.ts) and in `gatsby develop` (src/build/admin-dev-server.ts).
  ],
};

export default config;
