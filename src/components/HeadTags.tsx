import { useSiteMetadata } from "./useSiteMetadata";

interface HeadTagsProps {
  title?: string;
  description?: string;
  path: string;
}

/** Title, description and canonical URL for the Head API of every page. */
export function HeadTags({ title, description, path }: HeadTagsProps) {
  const site = useSiteMetadata();
  return (
    <>
      <title>{title ? `${title} | ${site.title}` : site.title}</title>
      <meta name="description" content={description ?? site.description} />
      <link rel="canonical" href={`${site.siteUrl}${path}`} />
    </>
  );
}
