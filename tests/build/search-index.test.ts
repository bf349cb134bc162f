import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { SEARCH_BUNDLE_DIR } from "../../src/search/bundle";
import { builtPage } from "../support/html";
import { livePublishedArticles } from "../support/live-articles";

const { liveDir, siteDir, onePostDir } = inject("sites");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html") && statSync(path.join(dir, file)).isFile());
}

function indexedPageCount(dir: string): number {
  const entry = JSON.parse(readFileSync(path.join(dir, SEARCH_BUNDLE_DIR, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Pages whose content the build marks for the search index. */
function searchablePages(dir: string): string[] {
  return htmlFiles(dir).filter((file) => builtPage(dir, `/${file}`)("[data-pagefind-body]").length > 0);
}

describe("the search index", () => {
  it.each([
    ["live", liveDir],
    ["fixture", siteDir],
    ["one-post (production admin)", onePostDir],
  ])("on the %s site holds exactly the articles, content pages and legal tracker pages", (_, dir) => {
    const searchable = searchablePages(dir);
    expect(indexedPageCount(dir)).toBe(searchable.length);
    expect(searchable.every((file) => /^(blog\/[^/]+|law\/[a-z-]+|[a-z-]+)\/index\.html$/.test(file) && !file.startsWith("blog/2/"))).toBe(true);
    expect(searchable.some((file) => file.startsWith("admin"))).toBe(false);
  });

  it("indexes every live article and page, and nothing from the admin or the lists", () => {
    const searchable = searchablePages(liveDir).map((file) => `/${path.dirname(file)}/`);
    expect(searchable).toEqual(expect.arrayContaining(["/blog/stopping-kratom-or-7-oh/", "/about/", "/get-help/", "/disclaimer/", "/law/", "/law/ohio/", "/law/federal/"]));
    expect(searchable.filter((page) => page.startsWith("/law/")).length).toBe(53);
    expect(searchable.filter((page) => page.startsWith("/blog/")).length).toBe(livePublishedArticles().length);
    for (const list of ["/", "/blog/", "/tags/", "/search/", "/admin/"]) expect(searchable).not.toContain(list);
  });

  it("leaves out the admin page, which the one-post site has", () => {
    expect(htmlFiles(onePostDir)).toContain("admin/index.html");
    // Its one post, and the legal tracker's 52 records and map page.
    expect(indexedPageCount(onePostDir)).toBe(1 + 53);
  });

  it("stays small: under 10 KB of index per page indexed (a search fetches only the parts it needs)", () => {
    const bundle = path.join(liveDir, SEARCH_BUNDLE_DIR);
    const indexFiles = readdirSync(bundle, { recursive: true, encoding: "utf8" }).filter((file) => /^(index|fragment|filter)\/.+\.pf_/.test(file) || file.endsWith(".pf_meta"));
    const indexBytes = indexFiles.reduce((sum, file) => sum + statSync(path.join(bundle, file)).size, 0);
    const pages = indexedPageCount(liveDir);
    console.log(`search index: ${pages} pages, ${indexFiles.length} files, ${indexBytes} bytes`);
    expect(indexBytes).toBeGreaterThan(0);
    expect(indexBytes / pages).toBeLessThan(10_000);
  });
});
