export interface SocialImage {
  /** Site-relative address of a processed 1200×630 JPEG. */
  src: string;
  width: number;
  height: number;
  alt: string;
}

export interface ArticleDates {
  publishedTime: string;
  modifiedTime: string;
  tags: readonly string[];
}

interface SocialTagsProps {
  siteName: string;
  title: string;
  description: string;
  url: string;
  image: SocialImage;
  siteUrl: string;
  article?: ArticleDates;
}

/** Open Graph and Twitter card tags, so a shared link shows the page's title, summary and picture. */
export function SocialTags({ siteName, title, description, url, image, siteUrl, article }: SocialTagsProps) {
  return (
    <>
      <meta property="og:site_name" content={siteName} />
      <meta property="og:locale" content="en_US" />
      <meta property="og:type" content={article ? "article" : "website"} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      <meta property="og:image" content={`${siteUrl}${image.src}`} />
      <meta property="og:image:width" content={String(image.width)} />
      <meta property="og:image:height" content={String(image.height)} />
      <meta property="og:image:alt" content={image.alt} />
      {article && <meta property="article:published_time" content={article.publishedTime} />}
      {article && <meta property="article:modified_time" content={article.modifiedTime} />}
      {article?.tags.map((tag) => (
        <meta key={tag} property="article:tag" content={tag} />
      ))}
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      <meta name="twitter:image" content={`${siteUrl}${image.src}`} />
      <meta name="twitter:image:alt" content={image.alt} />
    </>
  );
}
