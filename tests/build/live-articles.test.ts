import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { readMarkdown } from "../../src/content/front-matter";
import { describe, expect, inject, it } from "vitest";
import { readingMinutes } from "../../src/content/reading-minutes";
import { articleShortcomings, jsonLd } from "../support/article-checks";
import { livePublishedArticles } from "../support/live-articles";
import { builtPage } from "../support/html";

const { liveDir } = inject("sites");

const published = livePublishedArticles();

describe("every published article on the live site", () => {
  it("is there at all", () => {
    expect(published.length).toBeGreaterThanOrEqual(4);
  });

  it.each(published)("$name shows sources, review date, key points, disclaimer and help box", ({ path }) => {
    expect(articleShortcomings(builtPage(liveDir, path))).toEqual([]);
  });

  it.each(published)("$name is long enough to be worth reading (900+ words of body)", ({ path }) => {
    const words = builtPage(liveDir, path)(".article-body").text().trim().split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(900);
  });

  it.each(published)("$name has JSON-LD whose headline and dates equal the page's", ({ path, title }) => {
    const $ = builtPage(liveDir, path);
    const data = jsonLd($);
    expect(data.headline).toBe(title);
    expect(data.headline).toBe($("main h1").text());
    const shown = $(".article-meta time")
      .map((_, el) => $(el).attr("datetime"))
      .get();
    expect(data.datePublished).toBe(shown[0]);
    expect(shown).toContain(data.dateModified);
  });
});

describe("citations on the live site", () => {
  // Recorded from the articles as they were before citations named their source by key
  // ([[2]](#ref-2) then, [@key] now): for each article, the address each citation led to, in order.
  const before = JSON.parse(readFileSync("tests/fixtures/live-citations-before-keys.json", "utf8")) as Record<string, string[]>;

  it("were all recorded before the change", () => {
    expect(Object.keys(before).sort()).toEqual(published.map(({ name }) => name).sort());
  });

  it.each(published)("$name: every citation leads to the same source as before citations had keys", ({ name, path }) => {
    const $ = builtPage(liveDir, path);
    const sources = $('.article-body a[href^="#ref-"]')
      .map((_, marker) => $(`li[id="${$(marker).attr("href")!.slice(1)}"] a`).attr("href"))
      .get();
    expect(sources).toEqual(before[name]);
  });

  it.each(published)("$name: references are numbered in the order the body first cites them", ({ path }) => {
    const $ = builtPage(liveDir, path);
    const firstUses = [
      ...new Set(
        $('.article-body a[href^="#ref-"]')
          .map((_, marker) => $(marker).attr("href"))
          .get(),
      ),
    ];
    expect(firstUses).toEqual(firstUses.map((_, index) => `#ref-${index + 1}`));
    expect($(".references li").length).toBe(firstUses.length);
  });
});

describe("the site's own pages", () => {
  it.each(["/about/", "/disclaimer/", "/get-help/"])("%s is published with the help lines", (path) => {
    const $ = builtPage(liveDir, path);
    expect($("main h1").text().length).toBeGreaterThan(0);
    expect($('.help-box a[href="tel:+18006624357"]')).toHaveLength(1);
  });

  it.each(["/about/", "/disclaimer/", "/get-help/"])("%s shows when it was last reviewed", (path) => {
    const { data } = readMarkdown(readFileSync(`content/pages${path.slice(0, -1)}.md`, "utf8"));
    const $ = builtPage(liveDir, path);
    expect($("main .article-meta time").attr("datetime")).toBe(String(data.lastReviewed));
    expect($("main .article-meta").text()).toMatch(/^Last reviewed \w+ \d{1,2}, \d{4}$/);
  });

  it("Get help puts the help lines first, and every number to call comes from the help-line settings", () => {
    const $ = builtPage(liveDir, "/get-help/");
    const settings = parse(readFileSync("content/settings/safety.yml", "utf8")) as { helpLines: Array<{ dial: string }> };
    // The help box comes before the page's own text.
    const order = $("main article")
      .children()
      .map((_, child) => ($(child).is(".article-body") ? "body" : $(child).find(".help-box").addBack(".help-box").length > 0 ? "help" : "other"))
      .get()
      .filter((part) => part !== "other");
    expect(order).toEqual(["help", "body"]);
    const dialled = $('main a[href^="tel:"]')
      .map((_, link) => $(link).attr("href")!.slice("tel:".length))
      .get();
    expect(dialled.length).toBeGreaterThan(0);
    expect($('main .article-body a[href^="tel:"]').length, "no number typed into the page's own text").toBe(0);
    expect(new Set(dialled)).toEqual(new Set(settings.helpLines.map(({ dial }) => dial)));
  });
});

describe("the live site's topics", () => {
  const $ = builtPage(liveDir, "/tags/");
  const topics = $(".tags-index li")
    .map((_, item) => ({ name: $(item).find("a").text(), href: $(item).find("a").attr("href") ?? "", count: Number.parseInt($(item).find(".tag-count").text(), 10) }))
    .get();

  it("are a small, deliberate vocabulary of 10 to 15 tags", () => {
    expect(topics.length).toBeGreaterThanOrEqual(10);
    expect(topics.length).toBeLessThanOrEqual(15);
  });

  it.each(topics)("$name has at least two articles, and its page lists them", ({ href, count }) => {
    expect(count).toBeGreaterThanOrEqual(2);
    expect(builtPage(liveDir, href).root().find("main a[href^='/blog/']").length).toBeGreaterThanOrEqual(count);
  });
});

describe("what a reader finds after each article, without any script", () => {
  it.each(published)("$name says how long it takes to read", ({ path, body }) => {
    const minutes = readingMinutes(body);
    expect(minutes).toBeGreaterThanOrEqual(4);
    expect(builtPage(liveDir, path)(".article-meta .reading-time").text()).toBe(`${minutes} min read`);
  });

  const tagsOf = (path: string) => {
    const $ = builtPage(liveDir, path);
    return $(".article-header .tag-list a")
      .map((_, a) => $(a).attr("href"))
      .get();
  };

  it.each(published)("$name suggests up to three related articles, each sharing a topic", ({ path }) => {
    const $ = builtPage(liveDir, path);
    const related = $(".related-articles h3 a")
      .map((_, a) => $(a).attr("href")!)
      .get();
    expect(related.length).toBeGreaterThanOrEqual(1);
    expect(related.length).toBeLessThanOrEqual(3);
    expect(related).not.toContain(path);
    const own = new Set(tagsOf(path));
    for (const other of related)
      expect(
        tagsOf(other).some((tag) => own.has(tag)),
        other,
      ).toBe(true);
  });

  it("links every article to its older and newer neighbour, one chain through all of them by date", () => {
    const newerOf = (path: string) => builtPage(liveDir, path)(".article-nav a[rel=next]").attr("href");
    const olderOf = (path: string) => builtPage(liveDir, path)(".article-nav a[rel=prev]").attr("href");
    const oldest = published.find(({ path }) => olderOf(path) === undefined)!.path;
    const chain = [oldest];
    for (let next = newerOf(oldest); next !== undefined; next = newerOf(next)) {
      expect(olderOf(next)).toBe(chain.at(-1));
      chain.push(next);
    }
    expect([...chain].sort()).toEqual(published.map(({ path }) => path).sort());
  });
});
