import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, inject, it } from "vitest";
import { jsonLd } from "../support/article-checks";
import { builtPage } from "../support/html";

const { liveDir, siteUrl } = inject("sites");

/** The built file an absolute URL of this site points at. */
function localFile(url: string): string {
  expect(url.startsWith(`${siteUrl}/`), `${url} is an absolute URL on ${siteUrl}`).toBe(true);
  return path.join(liveDir, decodeURI(new URL(url).pathname));
}

/** "/icons/icon-48x48.png?v=…" → "/icons/icon-48x48.png" */
function withoutQuery(href: string): string {
  return new URL(href, "http://site.invalid").pathname;
}

async function imageSize(url: string): Promise<[number | undefined, number | undefined]> {
  const { width, height } = await sharp(localFile(url)).metadata();
  return [width, height];
}

describe("a shared article link", () => {
  const $ = builtPage(liveDir, "/blog/stopping-kratom-or-7-oh/");
  const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr("content");

  it("previews with the article's title, summary, address and a 1200×630 picture", async () => {
    expect(meta("og:type")).toBe("article");
    expect(meta("og:title")).toBe($("main h1").text());
    expect(meta("og:description")).toBe(meta("description"));
    expect(meta("og:url")).toBe(`${siteUrl}/blog/stopping-kratom-or-7-oh/`);
    expect(meta("twitter:card")).toBe("summary_large_image");
    expect(meta("twitter:image")).toBe(meta("og:image"));
    expect(await imageSize(meta("og:image")!)).toEqual([1200, 630]);
    expect([meta("og:image:width"), meta("og:image:height")]).toEqual(["1200", "630"]);
    expect(meta("og:image:alt")).toBe($(".article-image img[alt]").last().attr("alt"));
  });

  it("carries its publication and change times and its tags", () => {
    const article = jsonLd($);
    expect(meta("article:published_time")).toBe(article.datePublished);
    expect(meta("article:modified_time")).toBe(article.dateModified);
    const shown = $(".article-header .tag-list a")
      .map((_, a) => $(a).text())
      .get();
    expect(
      $('meta[property="article:tag"]')
        .map((_, m) => $(m).attr("content"))
        .get(),
    ).toEqual(shown);
  });

  it("declares its language and a theme colour for each colour scheme", () => {
    expect($("html").attr("lang")).toBe("en");
    expect(
      $('meta[name="theme-color"]')
        .map((_, m) => $(m).attr("media"))
        .get(),
    ).toEqual(["(prefers-color-scheme: light)", "(prefers-color-scheme: dark)"]);
  });
});

describe("a page without a picture of its own", () => {
  it.each(["/", "/blog/", "/tags/kratom/", "/about/", "/search/"])("%s previews with the site card, 1200×630", async (urlPath) => {
    const $ = builtPage(liveDir, urlPath);
    expect($('meta[property="og:type"]').attr("content")).toBe("website");
    expect($('meta[property="og:url"]').attr("content")).toBe(`${siteUrl}${urlPath}`);
    expect(await imageSize($('meta[property="og:image"]').attr("content")!)).toEqual([1200, 630]);
  });
});

describe("the web manifest and icons", () => {
  const $ = builtPage(liveDir, "/");
  const manifestHref = $('link[rel="manifest"]').attr("href")!;
  const manifest = JSON.parse(readFileSync(path.join(liveDir, manifestHref), "utf8")) as {
    name: string;
    start_url: string;
    icons: Array<{ src: string; sizes: string }>;
  };

  it("names the site and starts at the home page", () => {
    expect(manifest.name).toBe("Kratom Facts");
    expect(manifest.start_url).toBe("/");
  });

  it("lists icons that exist at the sizes they claim, including 192 and 512", async () => {
    const sizes = manifest.icons.map((icon) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of manifest.icons) {
      const { width, height } = await sharp(path.join(liveDir, withoutQuery(icon.src))).metadata();
      expect(`${width}x${height}`).toBe(icon.sizes);
    }
  });

  it("links a favicon that exists", () => {
    const favicon = withoutQuery($('link[rel="icon"]').attr("href")!);
    expect(readFileSync(path.join(liveDir, favicon)).length).toBeGreaterThan(0);
  });
});

describe("breadcrumbs", () => {
  it.each([
    ["/blog/stopping-kratom-or-7-oh/", ["Home", "Articles", "Stopping kratom or 7-OH: withdrawal, when to see a clinician, and treatment options"]],
    ["/tags/withdrawal/", ["Home", "Topics", "Withdrawal"]],
  ])("on %s show the way back and tell search engines the same trail", (urlPath, names) => {
    const $ = builtPage(liveDir, urlPath);
    const crumbs = $('nav[aria-label="Breadcrumb"] li a');
    expect(crumbs.map((_, a) => $(a).text()).get()).toEqual(names);
    expect(crumbs.last().attr("aria-current")).toBe("page");
    expect(crumbs.last().attr("href")).toBe(urlPath);
    const list = jsonLd($, "BreadcrumbList").itemListElement as Array<{ position: number; name: string; item: string }>;
    expect(list.map((item) => item.name)).toEqual(names);
    expect(list.map((item) => item.item)).toEqual(crumbs.map((_, a) => `${siteUrl}${$(a).attr("href")}`).get());
    expect(list.map((item) => item.position)).toEqual([1, 2, 3]);
  });
});
