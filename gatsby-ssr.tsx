import type { GatsbySSR } from "gatsby";
import { themeBootScript } from "./src/theme/theme";

export const onRenderBody: GatsbySSR["onRenderBody"] = ({ setHtmlAttributes, setHeadComponents }) => {
  setHtmlAttributes({ lang: "en" });
  setHeadComponents([<script key="theme-boot" dangerouslySetInnerHTML={{ __html: themeBootScript }} />]);
};
