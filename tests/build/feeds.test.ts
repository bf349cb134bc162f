import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, inject, it } from "vitest";
import { jsonLd } from "../support/article-checks";
import { builtPage } from "../support/html";
import { FEED_ARTICLES } from "../../src/build/feeds";

const { siteDir, liveDir, siteUrl } = inject("sites");
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["item", "category", "url", "sitemap"].includes(name) });
const read = (dir: string, file: string) => xml.parse(readFileSync(path.join(dir, file), "utf8"));

interface BuiltPost {
  url: string;
  title: string;
  published: string;
  modified: string;
  tags: string[];
}

/**
 * Every article page a build made, as a reader sees it. Gatsby deletes a page it no longer
 * builds but leaves its folder, so only folders with a page count.
 */
function builtPosts(dir: string): BuiltPost[] {
  return readdirSync(path.join(dir, "blog"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !/^\d+$/.test(entry.name) && existsSync(path.join(dir, "blog", entry.name, "index.html")))
    .map((entry) => {
      const $ = builtPage(dir, `/blog/${entry.name}/`);
      const data = jsonLd($);
      return {
        url: `${siteUrl}/blog/${entry.name}/`,
        title: $("main h1").text(),
        published: String(data.datePublished),
        modified: String(data.dateModified),
        tags: $(".article-header .tag-list a")
          .map((_, a) => $(a).text())
          .get(),
      };
    });
}

/** RSS dates (RFC 822) have whole seconds; the legacy posts' dates carry milliseconds. */
const sameInstant = (a: string, b: string) => Math.floor(new Date(a).getTime() / 1000) === Math.floor(new Date(b).getTime() / 1000);

describe.each([
  ["the fixture site", siteDir],
  ["the live site", liveDir],
])("%s's RSS feed, read back by an XML parser", (_, dir) => {
  const channel = read(dir, "rss.xml").rss.channel;
  const items: Array<Record<string, unknown>> = channel.item;
  const posts = builtPosts(dir);
  const newest = [...posts].sort((a, b) => new Date(b.published).getTime() - new Date(a.published).getTime()).slice(0, FEED_ARTICLES);

  it(`lists the ${FEED_ARTICLES} newest published articles once (all of them here), newest first, and nothing else`, () => {
    expect(posts.length).toBeGreaterThan(3);
    expect(items.map((item) => item.link).sort()).toEqual(newest.map((post) => post.url).sort());
    const dates = items.map((item) => new Date(String(item.pubDate)).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it("gives each article its full title, description, date and tags", () => {
    for (const post of newest) {
      const item = items.find((candidate) => candidate.link === post.url)!;
      expect(item.title).toBe(post.title);
      expect(String(item.description).length).toBeGreaterThan(20);
      expect(sameInstant(String(item.pubDate), post.published), post.url).toBe(true);
      expect(item.category ?? []).toEqual(post.tags);
    }
  });
});

describe("the sitemap, read back by an XML parser", () => {
  const index = read(liveDir, "sitemap-index.xml").sitemapindex.sitemap as Array<{ loc: string }>;
  const urls = index.flatMap(({ loc }) => read(liveDir, new URL(loc).pathname).urlset.url as Array<{ loc: string; lastmod?: string }>);
  const locs = urls.map((url) => url.loc);

  it("lists every article with its last change, and the topic and content pages", () => {
    for (const post of builtPosts(liveDir)) {
      const entry = urls.find((url) => url.loc === post.url);
      expect(entry, post.url).toBeDefined();
      expect(sameInstant(String(entry!.lastmod), post.modified), post.url).toBe(true);
    }
    for (const page of ["/", "/blog/", "/tags/", "/tags/kratom/", "/about/", "/get-help/"]) expect(locs).toContain(`${siteUrl}${page}`);
  });

  it("never lists the admin, the 404 page or a draft", () => {
    expect(locs.filter((loc) => /\/admin|404/.test(loc))).toEqual([]);
    const fixture = read(siteDir, "sitemap-index.xml").sitemapindex.sitemap as Array<{ loc: string }>;
    const fixtureLocs = fixture.flatMap(({ loc }) => read(siteDir, new URL(loc).pathname).urlset.url as Array<{ loc: string }>).map((url) => url.loc);
    expect(fixtureLocs.length).toBeGreaterThan(20);
    expect(fixtureLocs.filter((loc) => loc.includes("unfinished-draft"))).toEqual([]);
  });
});

describe("what points crawlers and feed readers at them", () => {
  it("robots.txt keeps crawlers out of the admin and names the sitemap", () => {
    const robots = readFileSync(path.join(liveDir, "robots.txt"), "utf8").split("\n");
    expect(robots).toContain("Disallow: /admin/");
    expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap-index.xml`);
  });

  it("every page's head advertises the feed", () => {
    for (const page of ["/", "/blog/what-is-kratom/", "/tags/kratom/"]) {
      const $ = builtPage(liveDir, page);
      expect($('head link[rel="alternate"][type="application/rss+xml"]').attr("href"), page).toBe("/rss.xml");
    }
  });
});
