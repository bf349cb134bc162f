import { JsonLd } from "./JsonLd";
import type { Reference } from "./References";
import { useSiteMetadata } from "./useSiteMetadata";

interface ArticleJsonLdProps {
  path: string;
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  imagePath: string | null;
  references: readonly Reference[];
}

/** schema.org Article data for search engines, from the same values the page shows. */
export function ArticleJsonLd({ path, headline, description, datePublished, dateModified, imagePath, references }: ArticleJsonLdProps) {
  const site = useSiteMetadata();
  const organization = { "@type": "Organization", name: site.title, url: `${site.siteUrl}/` };
  const data = {
    "@type": "Article",
    headline,
    description,
    datePublished,
    dateModified,
    mainEntityOfPage: `${site.siteUrl}${path}`,
    ...(imagePath ? { image: `${site.siteUrl}${imagePath}` } : {}),
    author: { ...organization, name: `${site.title} editorial team` },
    publisher: organization,
    citation: references.map((reference) => ({ "@type": "CreativeWork", name: reference.title, publisher: reference.publisher, datePublished: String(reference.year), url: reference.url })),
  };
  return <JsonLd data={data} />;
}
