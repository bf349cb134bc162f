import type { GatsbySSR } from "gatsby";
import { isValidElement, type ReactNode } from "react";
import { withWindowDataBlock } from "./src/ssr/window-data";
import { themeBootScript } from "./src/theme/theme";

export const onRenderBody: GatsbySSR["onRenderBody"] = ({ setHtmlAttributes, setHeadComponents }) => {
  setHtmlAttributes({ lang: "en" });
  setHeadComponents([<script key="theme-boot" dangerouslySetInnerHTML={{ __html: themeBootScript }} />]);
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
  replaceHeadComponents((getHeadComponents() as ReactNode[]).filter((node) => !isAutolinkScrollScript(node)));
  replacePostBodyComponents(withWindowDataBlock(getPostBodyComponents() as ReactNode[]));
};
