import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { gzipSize } from "../../scripts/lib/gzip";
import { markdownTable } from "../../scripts/lib/markdown-table";
import { POSTS_PER_PAGE } from "../../src/content/paths";
import { builtHtml, builtPage } from "../support/html";
import { pageBytes, total } from "../support/page-bytes";

const { liveDir, onePostDir } = inject("sites");

interface Budget {
  /** Every script a first visit runs, each gzipped (as served). */
  js: number;
  /** The inline <style> plus any stylesheet links, gzipped. */
  css: number;
  /** The page's HTML (inline CSS included), gzipped. */
  html: number;
}

// About 7 % above what the real site weighed on 2026-11-23 after Bulma was cut to the site's
// colours and custom properties, GatsbyImage gave way to a plain <picture> and reader pages
// moved to Preact (JS / CSS / HTML in the comments), so a change that adds weight fails here.
// List pages also leave room for the cards a full page will hold (≈ 410 bytes gzipped each),
// so publishing articles does not trip them. Lower the budgets when a fix lands;
// `npm run bench:pages` gives the Lighthouse side.
// CSS: 7,655 → 8,323 on 2026-12-02 with the legal tracker's styles (map patterns in both themes,
// the table as a list on phones), which every page carries while the CSS is inlined.
// JS: 43–48 KB → none on 2026-12-07, when reader pages dropped Gatsby's runtime and Preact:
// the theme switch runs in the inline head script (counted in the HTML), and only the search
// page loads a script file. A budget of 0 means a page loads no script file; any added to one
// must come with a decision here.
const BUDGETS: Record<string, Budget> = {
  // 0 / 8,310 / 13,723 with 8 of its 10 cards; a Git Gateway build adds the 200-byte
  // Identity-link forwarder (this build's admin uses the local backend)
  "/": { js: 250, css: 8_900, html: 15_200 },
  // 0 / 8,310 / 20,829; HTML 20,632 on 2026-12-01 after the December review (19
  // references instead of 10, a logged corrections list, the help strip under the key points)
  "/blog/stopping-kratom-or-7-oh/": { js: 0, css: 8_900, html: 22_100 },
  // 0 / 8,310 / 14,191 with 6 of 12 cards
  "/tags/kratom/": { js: 0, css: 8_900, html: 16_300 },
  // 0 / 8,310 / 14,352 with 8 of 12 cards
  "/blog/": { js: 0, css: 8_900, html: 15_800 },
  // 0 / 8,310 / 24,167: the map's 51 outlines are 8.7 KB of the HTML, and no page data
  // repeats them any more (16.8 KB before): 32.9 KB in all against issue 15's 60 KB.
  "/law/": { js: 0, css: 8_900, html: 26_500 },
  // 0 / 8,310 / 13,206
  "/law/ohio/": { js: 0, css: 8_900, html: 14_800 },
  // 1,377 / 8,310 / 10,341 before a search: Pagefind's runtime (12.8 KB gzipped, plus 72 KB of
  // WebAssembly) and its index load only when the reader searches
  "/search/": { js: 1_600, css: 8_900, html: 11_400 },
};

function measure(urlPath: string): Budget {
  const bytes = pageBytes(liveDir, urlPath);
  return { js: total(bytes.scripts).gzip, css: bytes.inlineStyle.gzip + total(bytes.stylesheets).gzip, html: bytes.html.gzip };
}

describe("page weight budgets (bytes after gzip, real content)", () => {
  const measured = Object.keys(BUDGETS).map((urlPath) => [urlPath, measure(urlPath)] as const);

  it("measures every budgeted page (each was built, with its HTML and CSS), and prints what each weighs", () => {
    const rows = measured.map(([urlPath, size]) => {
      const budget = BUDGETS[urlPath]!;
      return [urlPath, size.js, budget.js, size.css, budget.css, size.html, budget.html];
    });
    console.log(`\n${markdownTable(["page", "JS", "JS budget", "CSS", "CSS budget", "HTML", "HTML budget"], rows)}\n`);
    for (const [urlPath, size] of measured) {
      expect(size.html, `${urlPath} HTML`).toBeGreaterThan(0);
      expect(size.css, `${urlPath} CSS`).toBeGreaterThan(0);
    }
    expect(measured.map(([urlPath]) => urlPath)).toEqual(Object.keys(BUDGETS));
  });

  it.each(measured)("keeps %s within its JS, CSS and HTML budgets", (urlPath, size) => {
    const budget = BUDGETS[urlPath]!;
    expect.soft(size.js, `${urlPath} JS bytes (gzip)`).toBeLessThanOrEqual(budget.js);
    expect.soft(size.css, `${urlPath} CSS bytes (gzip)`).toBeLessThanOrEqual(budget.css);
    expect.soft(size.html, `${urlPath} HTML bytes (gzip)`).toBeLessThanOrEqual(budget.html);
  });

  it("keeps the legal tracker's map page within 60 KB in all: HTML, styles, scripts, images and any data it fetches", () => {
    const bytes = pageBytes(liveDir, "/law/");
    const $ = builtPage(liveDir, "/law/");
    const images = $("img[src]")
      .map((_, image) => $(image).attr("src"))
      .get()
      .filter((src) => src.startsWith("/"));
    expect(images).toEqual([]);
    const all = bytes.html.gzip + total(bytes.scripts).gzip + total(bytes.stylesheets).gzip + total(bytes.data).gzip;
    console.log(`/law/ in all: ${all} bytes gzipped`);
    expect(all).toBeLessThanOrEqual(60_000);
  });
});

describe("the blog index at any number of posts", () => {
  // The target: at 1,000 posts the index is paginated and a page weighs at most 100 KB.
  // A page never holds more than POSTS_PER_PAGE cards, so a full page is the largest there is;
  // the real site has fewer articles than that, so a full page is its HTML with every card
  // slot filled by a card of the average size its real cards have (each with its image).
  it(`keeps a full page of ${POSTS_PER_PAGE} real article cards under 100 KB of HTML`, () => {
    const html = builtHtml(liveDir, "/blog/");
    const $ = builtPage(liveDir, "/blog/");
    const cards = $("article")
      .map((_, card) => Buffer.byteLength($.html(card)))
      .get();
    expect(cards.length).toBeGreaterThan(0);
    expect($("article picture").length, "every real card has its image").toBe(cards.length);
    const cardBytes = cards.reduce((sum, bytes) => sum + bytes, 0);
    const fullPage = Buffer.byteLength(html) - cardBytes + POSTS_PER_PAGE * (cardBytes / cards.length);
    console.log(`/blog/: ${Buffer.byteLength(html)} bytes with ${cards.length} cards; a full page of ${POSTS_PER_PAGE}: ${Math.round(fullPage)} bytes`);
    expect(fullPage).toBeLessThanOrEqual(100_000);
  });
});

describe("the admin's first visit (Git Gateway, as production builds it)", () => {
  // 1,750 KiB transferred before the December 2026 trim (scripts/measure-admin.ts); 1,218,195
  // bytes after it, on 2026-12-02: Decap's unused backends, widgets and 40 interface languages,
  // and zod's 40 message languages, left out (src/build/admin-unused-parts.ts).
  const ADMIN_BUDGET = 1_280_000;

  it("downloads its page, its script and the chunks the page preloads within the budget, gzipped", () => {
    const adminDir = path.join(onePostDir, "admin");
    const html = readFileSync(path.join(adminDir, "index.html"), "utf8");
    const $ = builtPage(onePostDir, "/admin/");
    const files = $("script[src], link[rel=modulepreload]")
      .map((_, element) => path.basename($(element).attr("src") ?? $(element).attr("href")!))
      .get();
    expect(files).toContain("cms.js");
    expect(
      files.some((file) => file.startsWith("identity-")),
      "the Identity widget, preloaded",
    ).toBe(true);
    const bytes = gzipSize(html) + files.reduce((sum, file) => sum + gzipSize(readFileSync(path.join(adminDir, file))), 0);
    console.log(`/admin/ first visit: ${files.join(", ")}: ${bytes} bytes gzipped`);
    expect(bytes).toBeLessThanOrEqual(ADMIN_BUDGET);
  });
});
