/**
 * The site's fixed addresses; articles, pages and tags get theirs from paths.ts. Kept apart
 * from paths.ts (which needs slugify) so a reader page that only links to a route ships no slug library.
 */
export const routes = {
  home: "/",
  blog: "/blog/",
  tags: "/tags/",
  search: "/search/",
  about: "/about/",
  disclaimer: "/disclaimer/",
  getHelp: "/get-help/",
  law: "/law/",
  admin: "/admin/",
  rss: "/rss.xml",
  sitemap: "/sitemap-index.xml",
} as const;

/**
 * First path segments the site itself owns: a page file named after one would shadow them
 * (the admin, lists, search, the media and search-index folders, Gatsby's own output).
 */
export const RESERVED_PAGE_SLUGS: ReadonlySet<string> = new Set(["index", "blog", "tags", "law", "admin", "404", "search", "img", "static", "pagefind", "page-data", "icons"]);
