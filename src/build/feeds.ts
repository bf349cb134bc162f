import { lastChanged } from "../content/dates";
import { site } from "../site";

/**
 * gatsby-plugin-feed and gatsby-plugin-sitemap options. Both read only what the build
 * published: drafts and posts that failed validation never become pages, so they are never
 * listed; the admin is not a Gatsby page at all.
 */
const PUBLISHED_POSTS = `allMarkdownRemark(
  filter: { fields: { kind: { eq: "post" }, published: { eq: true } } }
  sort: { frontmatter: { date: DESC } }
)`;

interface FeedPost {
  html: string | null;
  fields: { path: string; tags: Array<{ name: string }> };
  frontmatter: { title: string; date: string; description: string };
}

interface FeedQuery {
  query: { allMarkdownRemark: { nodes: FeedPost[] } };
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
        output: "/rss.xml",
        title: `${site.title}: articles`,
        description: site.description,
        language: site.language,
        query: `{ ${PUBLISHED_POSTS} { nodes { html fields { path tags { name } } frontmatter { title date description } } } }`,
        serialize: ({ query }: FeedQuery) =>
          query.allMarkdownRemark.nodes.map((post) => ({
            title: post.frontmatter.title,
            description: asHtmlText(post.frontmatter.description),
            date: post.frontmatter.date,
            url: `${site.siteUrl}${post.fields.path}`,
            guid: `${site.siteUrl}${post.fields.path}`,
            categories: post.fields.tags.map((tag) => tag.name),
            custom_elements: [{ "content:encoded": post.html ?? "" }],
          })),
      },
    ],
  },
};

interface SitemapQuery {
  allSitePage: { nodes: Array<{ path: string }> };
  allMarkdownRemark: { nodes: Array<{ fields: { path: string }; frontmatter: { date: string; updated: string | null; corrections: Array<{ date: string }> } }> };
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
      ${PUBLISHED_POSTS} { nodes { fields { path } frontmatter { date updated corrections { date } } } }
    }`,
    resolveSiteUrl: () => site.siteUrl,
    resolvePages: ({ allSitePage, allMarkdownRemark }: SitemapQuery): SitemapPage[] => {
      const modified = new Map(allMarkdownRemark.nodes.map((post) => [post.fields.path, lastChanged(post.frontmatter)]));
      return allSitePage.nodes.map(({ path }) => ({ path, lastmod: modified.get(path) }));
    },
    serialize: ({ path, lastmod }: SitemapPage) => ({ url: path, ...(lastmod ? { lastmod } : {}) }),
  },
};

/** robots.txt: everything but the admin, and where the sitemap is. */
export function robotsTxt(): string {
  return ["User-agent: *", "Disallow: /admin/", "", `Sitemap: ${site.siteUrl}/sitemap-index.xml`, ""].join("\n");
}
