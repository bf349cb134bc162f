import { describe, expect, inject, it } from "vitest";
import { articleShortcomings, jsonLd } from "../support/article-checks";
import { builtPage, folded } from "../support/html";

const { siteDir, siteLog, siteUrl, onePostDir, onePostLog } = inject("sites");

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

  it("is a MedicalWebPage for search engines: last reviewed as shown, about the substances its tags name, the Article as its main entity, and no reviewer it does not have", () => {
    const page = jsonLd($, "MedicalWebPage");
    expect(page.lastReviewed).toBe("2026-11-01");
    expect(page.url).toBe(`${siteUrl}/blog/featured-with-body-image/`);
    expect(page.about).toEqual([{ "@type": "Substance", name: "Kratom", alternateName: "Mitragyna speciosa" }]);
    expect((page.mainEntity as Record<string, unknown>)["@type"]).toBe("Article");
    expect(page.dateModified).toBe(jsonLd($).dateModified);
    expect(page).not.toHaveProperty("reviewedBy");
  });
});

describe("a build with an article past its next review date", () => {
  it("still publishes it and warns, naming the file and the date", () => {
    expect(builtPage(siteDir, "/blog/overdue-review/")("main h1").text()).toBe("A post overdue for review");
    expect(builtPage(siteDir, "/blog/overdue-review/")(".article-meta").text()).toContain("Next review due June 1, 2025");
    const log = folded(siteLog);
    expect(log).toContain("1 published article is past the next review date");
    expect(log).toContain("posts/2024-06-01-overdue-review.md: nextReview 2025-06-01 (last reviewed 2024-06-01)");
  });
});

describe("a build with an article whose body never cites some of its references", () => {
  it("still publishes it and warns, naming the file and the keys", () => {
    expect(builtPage(siteDir, "/blog/plain-post/")(".references li").length).toBe(3);
    expect(folded(siteLog)).toContain("posts/2024-07-01-plain-post.md: references: [@nida-2024], [@ufda-2025], [@niddkd-2024]");
  });
});

describe("a site without the step-by-step overdose article", () => {
  it("still gives every reader every number under the key points, and the build names the link that leads nowhere", () => {
    const $ = builtPage(onePostDir, "/blog/plain-post/");
    expect($('.help-strip a[href^="tel:"]')).toHaveLength(4);
    expect(folded(onePostLog)).toContain("content/settings/safety.yml: overdoseGuidePath: /blog/overdose-what-to-do/ is not a published article or page");
    expect(folded(siteLog)).not.toContain("overdoseGuidePath");
  });
});
