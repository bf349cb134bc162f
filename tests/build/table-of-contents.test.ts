import { describe, expect, inject, it } from "vitest";
import { builtPage } from "../support/html";
import { livePublishedArticles } from "../support/live-articles";

const { liveDir, siteDir } = inject("sites");

describe("the table of contents", () => {
  it.each(livePublishedArticles())("$name lists every section in order, each link landing on its heading", ({ path }) => {
    const $ = builtPage(liveDir, path);
    const headings = $(".article-body h2");
    expect(headings.length).toBeGreaterThanOrEqual(3);
    const links = $(".table-of-contents a");
    expect(links.map((_, a) => $(a).text()).get()).toEqual(headings.map((_, h) => $(h).text()).get());
    expect(links.map((_, a) => $(a).attr("href")).get()).toEqual(headings.map((_, h) => `#${$(h).attr("id")}`).get());
    expect(new Set(headings.map((_, h) => $(h).attr("id")).get()).size).toBe(headings.length);
  });

  it("appears from three sections on, with the headings' plain text", () => {
    const $ = builtPage(siteDir, "/blog/legacy-format-post/");
    expect($(".article-body h2").length).toBe(3);
    expect(
      $(".table-of-contents a")
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(["Where the fixture starts", "A numbered list", "Indented After the List"]);
  });

  it("is left out of an article with fewer than three sections", () => {
    const $ = builtPage(siteDir, "/blog/featured-with-body-image/");
    expect($(".article-body h2").length).toBeLessThan(3);
    expect($(".table-of-contents").length).toBe(0);
  });
});
