import { graphql, useStaticQuery } from "gatsby";

interface HeadTagsProps {
  title?: string;
  description?: string;
  path: string;
}

/** Title, description and canonical URL for the Head API of every page. */
export function HeadTags({ title, description, path }: HeadTagsProps) {
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
  const siteTitle = meta?.title ?? "Kratom Facts";
  return (
    <>
      <title>{title ? `${title} | ${siteTitle}` : siteTitle}</title>
      <meta name="description" content={description ?? meta?.description ?? ""} />
      <link rel="canonical" href={`${meta?.siteUrl ?? ""}${path}`} />
    </>
  );
}
