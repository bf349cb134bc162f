import { graphql, useStaticQuery } from "gatsby";
import { SITE_NAME } from "../site-name";

export interface SiteMetadata {
  title: string;
  description: string;
  siteUrl: string;
}

export function useSiteMetadata(): SiteMetadata {
  const { site } = useStaticQuery<Queries.SiteMetadataQuery>(graphql`
    query SiteMetadata {
      site {
        siteMetadata {
          title
          description
          siteUrl
        }
      }
    }
  `);
  const meta = site?.siteMetadata;
  return { title: meta?.title ?? SITE_NAME, description: meta?.description ?? "", siteUrl: meta?.siteUrl ?? "" };
}
