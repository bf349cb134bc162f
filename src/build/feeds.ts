import { lawLastChanged } from "../content/law-dates";
import { lastChanged } from "../content/dates";
import { site } from "../site";
import { routes } from "../content/routes";

/**
 * gatsby-plugin-feed and gatsby-plugin-sitemap options. Both read only what the build
 * published: drafts and posts that failed validation never become pages, so they are never
 * listed; the admin is not a Gatsby page at all.
 */
const publishedPosts = (limit?: number) => `allArticle(filter: { published: { eq: true } }, sort: { date: DESC }${limit === undefined ? "" : `, limit: ${limit}`})`;

/**
 * The feed carries the newest articles, each in full: readers poll it, and a feed of every
 * article would grow without end (275 MB at 10,000 posts, which also took the build 2 GB to write).
 */
export const FEED_ARTICLES = 50;

interface FeedPost {
  path: string;
  title: string;
  date: string;
  description: string;
  tags: Array<{ name: string }>;
  markdown: { html: string | null };
}

interface FeedQuery {
  query: { allArticle: { nodes: FeedPost[] } };
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Feed readers render an item's description as HTML, but ours is plain text the editor typed:
 * escaped, "<script>" in it reads as those characters instead of becoming an element.
 */
function asHtmlText(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

export const rssFeed = {
  resolve: "gatsby-plugin-feed",
  options: {
    feeds: [
      {
        output: routes.rss,
        title: `${site.title}: articles`,
        description: site.description,
        language: site.language,
        query: `{ ${publishedPosts(FEED_ARTICLES)} { nodes { path title date description tags { name } markdown { html } } } }`,
        serialize: ({ query }: FeedQuery) =>
          query.allArticle.nodes.map((post) => ({
            title: post.title,
            description: asHtmlText(post.description),
            date: post.date,
            url: `${site.siteUrl}${post.path}`,
            guid: `${site.siteUrl}${post.path}`,
            categories: post.tags.map((tag) => tag.name),
            custom_elements: [{ "content:encoded": post.markdown.html ?? "" }],
          })),
      },
    ],
  },
};

interface SitemapQuery {
  allSitePage: { nodes: Array<{ path: string }> };
  allArticle: { nodes: Array<{ path: string; date: string; updated: string | null; corrections: Array<{ date: string }> }> };
  allJurisdiction: { nodes: Array<{ path: string; checked: string; history: Array<{ date: string }> }> };
}

interface SitemapPage {
  path: string;
  lastmod?: string;
}

export const sitemap = {
  resolve: "gatsby-plugin-sitemap",
  options: {
    query: `{
      allSitePage { nodes { path } }
      ${publishedPosts()} { nodes { path date updated corrections { date } } }
      allJurisdiction(filter: { valid: { eq: true } }) { nodes { path checked history { date } } }
    }`,
    resolveSiteUrl: () => site.siteUrl,
    resolvePages: ({ allSitePage, allArticle, allJurisdiction }: SitemapQuery): SitemapPage[] => {
      const modified = new Map([...allArticle.nodes.map((post) => [post.path, lastChanged(post)] as const), ...allJurisdiction.nodes.map((record) => [record.path, lawLastChanged(record)] as const)]);
      return allSitePage.nodes.map(({ path }) => ({ path, lastmod: modified.get(path) }));
    },
    serialize: ({ path, lastmod }: SitemapPage) => ({ url: path, ...(lastmod ? { lastmod } : {}) }),
  },
};
