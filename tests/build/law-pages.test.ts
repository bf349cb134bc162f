import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { parse } from "yaml";
import { US_JURISDICTIONS, jurisdictionSlug } from "../../src/content/us-jurisdictions";
import { builtPage, pageExists } from "../support/html";

/** The real site's legal tracker, built from content/law/. */
const { liveDir } = inject("sites");
const records = readdirSync("content/law")
  .filter((name) => name.endsWith(".yml"))
  .map(
    (name) =>
      ({ slug: name.replace(/\.yml$/, ""), ...parse(readFileSync(path.join("content/law", name), "utf8")) }) as {
        slug: string;
        name: string;
        kind: string;
        checked: string;
        sources: Array<{ url: string }>;
      },
  );
const states = records.filter((record) => record.kind !== "federal");

describe("the legal tracker's records", () => {
  it("are 52: every state, DC and federal law, one file each", () => {
    expect(records.map((record) => record.slug).sort()).toEqual(US_JURISDICTIONS.map(jurisdictionSlug).sort());
  });

  it("each have a page at /law/<name>/", () => {
    for (const { slug } of records) expect(pageExists(liveDir, `/law/${slug}/`), slug).toBe(true);
  });
});

describe("/law/, the map and the table", () => {
  const $ = builtPage(liveDir, "/law/");

  it("draws 51 shapes, each a link to a page that exists, named with the state and its status", () => {
    const links = $(".law-map svg a").toArray();
    expect(links).toHaveLength(51);
    for (const link of links) {
      const href = $(link).attr("href")!;
      const state = states.find((record) => href === `/law/${record.slug}/`);
      expect(state, href).toBeDefined();
      expect(pageExists(liveDir, href), href).toBe(true);
      expect($(link).attr("aria-label")).toMatch(new RegExp(`^${state!.name}: (Banned|Legal, with state rules|No statewide law found|Unconfirmed)$`));
      expect($(link).find("path").attr("d")).toMatch(/^M\d/);
    }
  });

  it("shows every status by a pattern as well as a colour, with a legend naming each", () => {
    expect(
      $("pattern")
        .map((_, pattern) => $(pattern).attr("id"))
        .get(),
    ).toEqual(["law-pattern-banned", "law-pattern-regulated", "law-pattern-no-state-law-found", "law-pattern-unconfirmed"]);
    expect(
      $(".law-legend li")
        .map((_, item) =>
          $(item)
            .text()
            .replace(/\s*\(\d+\)$/, "")
            .trim(),
        )
        .get(),
    ).toEqual(["Banned", "Legal, with state rules", "No statewide law found", "Unconfirmed"]);
    const counted = $(".law-legend li")
      .map((_, item) =>
        Number(
          $(item)
            .text()
            .match(/\((\d+)\)$/)![1],
        ),
      )
      .get()
      .reduce((sum: number, count: number) => sum + count, 0);
    expect(counted).toBe(51);
  });

  it("lists the same 51 in a table: name, both statuses, age and both dates", () => {
    const rows = $(".law-table tbody tr").toArray();
    expect(rows).toHaveLength(51);
    expect(
      $(".law-table thead th")
        .map((_, cell) => $(cell).text())
        .get(),
    ).toEqual(["State", "Kratom leaf", "Concentrated 7-OH", "Minimum age", "Rule in force since", "Checked"]);
    for (const row of rows) {
      const cells = $(row).find("td");
      expect(cells).toHaveLength(5);
      expect($(cells[4]).find("time").attr("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}/);
    }
  });

  it("puts federal law first, before the states", () => {
    const federal = $(".law-federal");
    expect(federal.find("h2").text()).toBe("Federal law");
    expect(federal.find('a[href="/law/federal/"]').length).toBe(1);
    expect(
      $(".law-federal, .law-map, .law-table")
        .map((_, element) => $(element).attr("class"))
        .get(),
    ).toEqual(["law-federal", "law-map", "law-table"]);
  });
});

describe("a state's page", () => {
  it.each(["ohio", "federal", "district-of-columbia"])("answers the reader's question, with dates, sources, history, a disclaimer and help: %s", (slug) => {
    const $ = builtPage(liveDir, `/law/${slug}/`);
    const record = records.find((candidate) => candidate.slug === slug)!;
    const question = { ohio: "Is kratom legal in Ohio?", federal: "Is kratom legal under US federal law?", "district-of-columbia": "Is kratom legal in the District of Columbia?" }[slug];
    expect($("h1").text()).toBe(question);
    expect($("title").text()).toMatch(new RegExp(`^${question!.replace("?", "\\?")} \\|`));
    expect(
      $(".breadcrumb li")
        .map((_, crumb) => $(crumb).text())
        .get(),
    ).toEqual(["Home", "Law", record.name]);
    expect($(".law-facts dt").first().text()).toBe("Kratom leaf products");
    expect($(".law-disclaimer").text()).toContain("Not legal advice.");
    expect($(".help-box").length).toBe(1);
    const sources = $(".references li a")
      .map((_, link) => $(link).attr("href"))
      .get();
    expect(sources).toEqual(record.sources.map((source) => source.url));
    const data = $('script[type="application/ld+json"]')
      .map((_, script) => JSON.parse($(script).text()))
      .get()
      .find((block: { "@type": string }) => block["@type"] === "WebPage");
    expect(data.lastReviewed).toBe(String(record.checked).slice(0, 10));
    expect(data.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("cites only https sources, on every page", () => {
    for (const { slug } of records) {
      const $ = builtPage(liveDir, `/law/${slug}/`);
      for (const href of $(".references li a")
        .map((_, link) => $(link).attr("href"))
        .get())
        expect(href, slug).toMatch(/^https:\/\//);
    }
  });
});

describe("the sitemap, read back by an XML parser", () => {
  it("lists /law/ and every state's page, each with the date its record last changed", () => {
    const xml = new XMLParser({ isArray: (name) => ["url", "sitemap"].includes(name) });
    const read = (file: string) => xml.parse(readFileSync(path.join(liveDir, file), "utf8"));
    const index = read("sitemap-index.xml").sitemapindex.sitemap as Array<{ loc: string }>;
    const urls = index.flatMap(({ loc }) => read(new URL(loc).pathname).urlset.url as Array<{ loc: string; lastmod?: string }>);
    expect(urls.some((url) => new URL(url.loc).pathname === "/law/")).toBe(true);
    for (const { slug } of records) {
      const entry = urls.find((url) => new URL(url.loc).pathname === `/law/${slug}/`);
      expect(entry?.lastmod, slug).toMatch(/^\d{4}-\d{2}-\d{2}/);
    }
  });
});

describe("the header", () => {
  it("links to Law from every page", () => {
    for (const page of ["/", "/law/ohio/", "/blog/"]) expect(builtPage(liveDir, page)('header nav a[href="/law/"]').text(), page).toBe("Law");
  });
});
