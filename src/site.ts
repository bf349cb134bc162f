import { SITE_NAME } from "./site-name";

/** Site-wide facts used by gatsby-config (siteMetadata) and by components through the Head API. */
export const site = {
  title: SITE_NAME,
  description: "Honest, sourced information about kratom and 7-hydroxymitragynine (7-OH): what the evidence shows, the risks, the law, and where to get help.",
  /** Netlify sets URL on every build; SITE_URL overrides it (for example in tests). */
  siteUrl: (process.env.SITE_URL ?? process.env.URL ?? "https://kratom-facts.netlify.app").replace(/\/$/, ""),
  language: "en",
} as const;
