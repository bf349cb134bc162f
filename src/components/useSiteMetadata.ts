import { graphql, useStaticQuery } from "gatsby";

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
  return { title: meta?.title ?? "Kratom Facts", description: meta?.description ?? "", siteUrl: meta?.siteUrl ?? "" };
}
