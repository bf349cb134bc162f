import { site } from "../site";
import { THEME_COLORS } from "../theme/theme";

/** manifest.webmanifest and the icons (favicon, Apple touch, 192/512) made from src/images/icon.png. */
export const webManifest = {
  resolve: "gatsby-plugin-manifest",
  options: {
    name: site.title,
    short_name: site.title,
    description: site.description,
    lang: site.language,
    start_url: "/",
    display: "minimal-ui",
    background_color: THEME_COLORS.light,
    theme_color: THEME_COLORS.light,
    // The head carries one theme colour per colour scheme (HeadTags), not the plugin's single one.
    theme_color_in_head: false,
    icon: "src/images/icon.png",
  },
};
