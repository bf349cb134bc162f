import type { GatsbySSR } from "gatsby";
import { isValidElement, type ReactNode } from "react";
import { islandScripts } from "./src/islands/islands";
import { builtIslandFiles } from "./src/ssr/built-islands";
import { isGatsbyRuntime } from "./src/ssr/gatsby-runtime";
import { themeBootScript } from "./src/theme/theme";

/**
 * `gatsby build` renders reader pages with React and ships them without Gatsby's runtime: no
 * hydration, no client-side routing. What must respond to a reader is an island
 * (src/islands/islands.ts), loaded only where it is used. `gatsby develop` keeps the runtime
 * for hot reloading; there the components attach the same islands themselves.
 */
const PRODUCTION = process.env.NODE_ENV === "production";

export const onRenderBody: GatsbySSR["onRenderBody"] = ({ setHtmlAttributes, setHeadComponents, pathname }) => {
  setHtmlAttributes({ lang: "en" });
  const islands = PRODUCTION ? islandScripts(pathname, builtIslandFiles()) : [];
  setHeadComponents([<script key="theme-boot" dangerouslySetInnerHTML={{ __html: themeBootScript }} />, ...islands.map((src) => <script key={src} type="module" src={src} />)]);
};

/**
 * gatsby-remark-autolink-headers adds a script that scrolls to the #fragment on load with an
 * offset; with offset 0 that is what the browser does anyway, and one less inline script is one
 * less hash in the Content-Security-Policy.
 */
function isAutolinkScrollScript(node: ReactNode): boolean {
  return isValidElement(node) && node.key === "gatsby-remark-autolink-headers-script";
}

export const onPreRenderHTML: GatsbySSR["onPreRenderHTML"] = ({ getHeadComponents, replaceHeadComponents, getPostBodyComponents, replacePostBodyComponents }) => {
  const head = (getHeadComponents() as ReactNode[]).filter((node) => !isAutolinkScrollScript(node));
  if (!PRODUCTION) return replaceHeadComponents(head);
  replaceHeadComponents(head.filter((node) => !isGatsbyRuntime(node)));
  replacePostBodyComponents((getPostBodyComponents() as ReactNode[]).filter((node) => !isGatsbyRuntime(node)));
};
