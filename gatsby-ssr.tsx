import type { GatsbySSR } from "gatsby";
import { isValidElement, type ReactNode } from "react";
import { withWindowDataBlock } from "./src/ssr/window-data";
import { themeBootScript } from "./src/theme/theme";

export const onRenderBody: GatsbySSR["onRenderBody"] = ({ setHtmlAttributes, setHeadComponents }) => {
  setHtmlAttributes({ lang: "en" });
  setHeadComponents([<script key="theme-boot" dangerouslySetInnerHTML={{ __html: themeBootScript }} />]);
};

/**
 * Head elements plugins add that no reader page needs; each inline script left out is one hash
 * less in the Content-Security-Policy.
 * - gatsby-remark-autolink-headers' script scrolls to the #fragment on load with an offset;
 *   with offset 0 that is what the browser does anyway.
 * - gatsby-plugin-image's styles and loader serve GatsbyImage, which the site does not render
 *   (ResponsiveImage draws the same processed files as a plain <picture>).
 */
const UNNEEDED_HEAD_ELEMENTS = new Set(["gatsby-remark-autolink-headers-script", "gatsby-image-style", "gatsby-image-style-noscript", "gatsby-image-style-script"]);

function isNeeded(node: ReactNode): boolean {
  return !(isValidElement(node) && typeof node.key === "string" && UNNEEDED_HEAD_ELEMENTS.has(node.key));
}

export const onPreRenderHTML: GatsbySSR["onPreRenderHTML"] = ({ getHeadComponents, replaceHeadComponents, getPostBodyComponents, replacePostBodyComponents }) => {
  replaceHeadComponents((getHeadComponents() as ReactNode[]).filter(isNeeded));
  replacePostBodyComponents(withWindowDataBlock(getPostBodyComponents() as ReactNode[]));
};
