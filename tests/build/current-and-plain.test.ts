import { readFileSync } from "node:fs";
import type { CheerioAPI } from "cheerio";
import { describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import { readMarkdown } from "../../src/content/front-matter";
import { ARTICLE_GRADE_LIMIT, bodyReadability, EMERGENCY_GRADE_LIMIT, readabilityOf } from "../../src/content/readability";
import { safetySettingsSchema } from "../../src/content/model";
import { jsonLd as jsonLdOf } from "../support/article-checks";
import { builtPage } from "../support/html";
import { livePublishedArticles } from "../support/live-articles";
import { britishSpellings } from "../support/us-spelling";

const { liveDir } = inject("sites");
const published = livePublishedArticles();
const safety = safetySettingsSchema.parse(parse(readFileSync("content/settings/safety.yml", "utf8")));

/** What a reader sees, less the list of cited works (a journal called "Paediatrics & Child Health" keeps its name). */
function visibleProse($: CheerioAPI): string {
  const main = $("body").clone();
  main.find("script, style, noscript, .references li").remove();
  return main.text();
}

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const DATE_IN_2026 = new RegExp(`\\b(?:${MONTHS}) (?:\\d{1,2}, )?2026\\b`);
/** Words that mean an article is telling readers where federal law stands. */
const FEDERAL_STATUS = /\b(?:DEA|Drug Enforcement Administration|Schedule I|Controlled Substances Act|federally)\b/;

describe("every live article, as a reader in the United States reads it", () => {
  it.each(published)("$name is written in US English, menus and help text included", ({ path }) => {
    expect(britishSpellings(visibleProse(builtPage(liveDir, path)))).toEqual([]);
  });

  it.each(published)(`$name reads at US grade ${ARTICLE_GRADE_LIMIT} or below (Flesch-Kincaid)`, ({ body }) => {
    expect(bodyReadability(body).grade).toBeLessThanOrEqual(ARTICLE_GRADE_LIMIT);
  });

  it.each(published.filter(({ path }) => FEDERAL_STATUS.test(builtPage(liveDir, path)(".article-body").text())))("$name states federal status, and dates it in 2026", ({ path }) => {
    expect(builtPage(liveDir, path)(".article-body").text()).toMatch(DATE_IN_2026);
  });
});

describe("help for a reader in an emergency", () => {
  const overdose = published.find(({ path }) => path === safety.overdoseGuidePath);

  it("has a step-by-step overdose article where every help strip points", () => {
    expect(overdose, safety.overdoseGuidePath).toBeDefined();
    expect(builtPage(liveDir, overdose!.path)(".article-body ol li").length).toBeGreaterThanOrEqual(5);
  });

  it(`says what to do at US grade ${EMERGENCY_GRADE_LIMIT} or below: the help strip, the emergency line and the overdose article`, () => {
    const emergency = safety.helpLines.find((line) => line.dial === "911")!;
    expect(readabilityOf(safety.overdoseAction).grade).toBeLessThanOrEqual(EMERGENCY_GRADE_LIMIT);
    expect(readabilityOf(emergency.description).grade).toBeLessThanOrEqual(EMERGENCY_GRADE_LIMIT);
    expect(bodyReadability(overdose!.body).grade).toBeLessThanOrEqual(EMERGENCY_GRADE_LIMIT);
  });

  it("tells readers to call 911 and give naloxone at once, to stay, that a second dose may be needed and that naloxone wears off", () => {
    const text = builtPage(liveDir, published[0]!.path)(".help-box").text();
    for (const words of [/call 911/i, /naloxone right away/i, /stay with them/i, /second dose/i, /wear off/i]) expect(text).toMatch(words);
  });

  it("says in Spanish, marked as Spanish, that SAMHSA and 988 answer in Spanish", () => {
    const $ = builtPage(liveDir, published[0]!.path);
    const spanish = $('.help-box [lang="es"]').text();
    expect(spanish).toMatch(/SAMHSA/);
    expect(spanish).toMatch(/988/);
    expect(spanish).toMatch(/español/);
  });
});

describe("the site's own pages", () => {
  it.each(["/", "/blog/", "/tags/", "/search/", "/about/", "/disclaimer/", "/get-help/", "/404.html"])("%s is written in US English", (path) => {
    expect(britishSpellings(visibleProse(builtPage(liveDir, path)))).toEqual([]);
  });

  it("Get help lists FindTreatment.gov, SAMHSA's text line and 988's chat", () => {
    const $ = builtPage(liveDir, "/get-help/");
    expect($('main a[href^="https://findtreatment.gov"]').length).toBeGreaterThanOrEqual(1);
    expect($("main").text()).toMatch(/435748/);
    expect($('main a[href^="https://988lifeline.org"]').length).toBeGreaterThanOrEqual(1);
  });

  it("About states the review and corrections policy", () => {
    const text = builtPage(liveDir, "/about/")("main").text();
    expect(text).toMatch(/Next review due/);
    expect(text).toMatch(/Updates and corrections/);
  });
});

describe("corrections a reader can see", () => {
  const corrected = published
    .map((article) => ({ ...article, corrections: (readMarkdown(readFileSync(`content/posts/${article.name}`, "utf8")).data.corrections ?? []) as { date: string; note: string }[] }))
    .filter(({ corrections }) => corrections.length > 0);

  it("are logged for the articles corrected in the December 2026 review", () => {
    expect(corrected.length).toBeGreaterThanOrEqual(8);
  });

  it.each(corrected)("$name lists its corrections at the end, newest first, and its modified date follows the latest", ({ path, corrections }) => {
    const $ = builtPage(liveDir, path);
    const shown = $(".corrections li time")
      .map((_, time) => $(time).attr("datetime"))
      .get();
    expect(shown).toEqual(
      corrections
        .map((correction) => correction.date)
        .sort()
        .reverse(),
    );
    expect(String(jsonLdOf($).dateModified).slice(0, 10) >= shown[0]!).toBe(true);
  });
});
