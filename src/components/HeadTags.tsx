import type { Crumb } from "../content/breadcrumbs";
import { THEME_COLORS } from "../theme/theme";
import { JsonLd } from "./JsonLd";
import { type ArticleDates, type SocialImage, SocialTags } from "./SocialTags";
import { useSiteCard } from "./useSiteCard";
import { useSiteMetadata } from "./useSiteMetadata";

interface HeadTagsProps {
  title?: string;
  description?: string;
  path: string;
  /** The page's own link-preview picture; the site card otherwise. */
  image?: SocialImage | null;
  article?: ArticleDates;
  breadcrumbs?: readonly Crumb[];
}

/** Everything in <head> that describes a page: title, description, canonical URL, link previews, theme colour, breadcrumbs. */
export function HeadTags({ title, description, path, image, article, breadcrumbs }: HeadTagsProps) {
  const site = useSiteMetadata();
  const siteCard = useSiteCard();
  const card = image ?? siteCard;
  const url = `${site.siteUrl}${path}`;
  const summary = (description ?? site.description).trim();
  return (
    <>
      <title>{title ? `${title} | ${site.title}` : site.title}</title>
      <meta name="description" content={summary} />
      <link rel="canonical" href={url} />
      <meta name="color-scheme" content="light dark" />
      <meta name="theme-color" media="(prefers-color-scheme: light)" content={THEME_COLORS.light} />
      <meta name="theme-color" media="(prefers-color-scheme: dark)" content={THEME_COLORS.dark} />
      {card && <SocialTags siteName={site.title} title={title ?? site.title} description={summary} url={url} image={card} siteUrl={site.siteUrl} article={article} />}
      {breadcrumbs && (
        <JsonLd
          data={{
            "@type": "BreadcrumbList",
            itemListElement: breadcrumbs.map((crumb, index) => ({ "@type": "ListItem", position: index + 1, name: crumb.name, item: `${site.siteUrl}${crumb.path}` })),
          }}
        />
      )}
    </>
  );
}
