import { describe, expect, inject, it } from "vitest";
import { articleShortcomings, jsonLd } from "../support/article-checks";
import { builtPage, folded } from "../support/html";

const { siteDir, siteLog, siteUrl } = inject("sites");

describe("an article page in the fixture site", () => {
  const $ = builtPage(siteDir, "/blog/featured-with-body-image/");

  it("shows key points, numbered references, the disclaimer and the help box", () => {
    expect(articleShortcomings($)).toEqual([]);
    expect($(".key-points h2").text()).toBe("Key points");
    expect($(".references li").first().text()).toContain("Kratom. National Institute on Drug Abuse, 2024.");
  });

  it("says who prepared it when no expert reviewed it, and when it was last reviewed", () => {
    expect($(".article-review").text()).toBe("Prepared by the Kratom Facts editorial team from the sources listed at the end.");
    expect(folded($(".article-meta").text())).toContain("Last reviewed November 1, 2026");
  });

  it("describes itself to search engines with the same headline and dates it shows", () => {
    const data = jsonLd($);
    expect(data["@type"]).toBe("Article");
    expect(data.headline).toBe($("main h1").text());
    expect(data.datePublished).toBe($(".article-meta time").first().attr("datetime"));
    expect(data.mainEntityOfPage).toBe(`${siteUrl}/blog/featured-with-body-image/`);
    expect(String(data.image)).toMatch(new RegExp(`^${siteUrl}/static/.+\\.jpg$`));
    expect((data.citation as unknown[]).length).toBe(3);
  });
});

describe("a build with an article last reviewed over a year ago", () => {
  it("still publishes it and warns, naming the file", () => {
    expect(builtPage(siteDir, "/blog/overdue-review/")("main h1").text()).toBe("A post overdue for review");
    const log = folded(siteLog);
    expect(log).toContain("1 published article was last reviewed more than 12 months ago");
    expect(log).toContain("posts/2024-06-01-overdue-review.md: lastReviewed 2024-06-01");
  });
});
