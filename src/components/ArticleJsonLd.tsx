import type { Article, CreativeWork, MedicalWebPage, Organization } from "schema-dts";
import { substancesOf } from "../content/substances";
import type { Reference, Reviewer } from "../content/article-view";
import { JsonLd } from "./JsonLd";
import { useSiteMetadata } from "./useSiteMetadata";

/** The sources a page cites, as schema.org works: an article's references, a jurisdiction's sources. */
export function citedWorks(references: readonly Reference[]): CreativeWork[] {
  return references.map((reference) => ({ "@type": "CreativeWork", name: reference.title, publisher: reference.publisher, datePublished: String(reference.year), url: reference.url }));
}

interface ArticleJsonLdProps {
  path: string;
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  /** The date the article was last checked against its sources, as the page shows it. */
  lastReviewed: string | null;
  /** Only a real, named reviewer; absent, the page says the editorial team prepared it. */
  reviewedBy: Reviewer | null;
  tags: readonly string[];
  imagePath: string | null;
  references: readonly Reference[];
}

/**
 * schema.org data for search engines, from the same values the page shows: a MedicalWebPage
 * (when it was last reviewed, by whom if anyone named, which substances it is about) whose main
 * entity is the Article with its sources. Typed with schema-dts, so a wrong property fails tsc.
 */
export function ArticleJsonLd({ path, headline, description, datePublished, dateModified, lastReviewed, reviewedBy, tags, imagePath, references }: ArticleJsonLdProps) {
  const site = useSiteMetadata();
  const url = `${site.siteUrl}${path}`;
  const organization: Organization = { "@type": "Organization", name: site.title, url: `${site.siteUrl}/` };
  const article: Article = {
    "@type": "Article",
    headline,
    description,
    datePublished,
    dateModified,
    mainEntityOfPage: url,
    ...(imagePath ? { image: `${site.siteUrl}${imagePath}` } : {}),
    author: { ...organization, name: `${site.title} editorial team` },
    publisher: organization,
    citation: citedWorks(references),
  };
  const page: MedicalWebPage = {
    "@type": "MedicalWebPage",
    url,
    name: headline,
    description,
    datePublished,
    dateModified,
    ...(lastReviewed ? { lastReviewed: lastReviewed.slice(0, 10) } : {}),
    ...(reviewedBy ? { reviewedBy: { "@type": "Person", name: reviewedBy.name, honorificSuffix: reviewedBy.credential } } : {}),
    about: substancesOf(tags),
    publisher: organization,
    mainEntity: article,
  };
  return <JsonLd data={page} />;
}
