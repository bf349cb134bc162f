import { HtmlValidate } from "html-validate";
import { describe, expect, inject, it } from "vitest";
import { builtHtml, builtPage } from "../support/html";
import { brokenLinks } from "../support/link-check";
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const { liveDir, siteDir } = inject("sites");

describe("every link and image in the built site", () => {
  it.each([
    ["live", liveDir],
    ["fixture", siteDir],
  ])(
    "resolves on the %s site (internal links, images, scripts and #fragments)",
    async (_, dir) => {
      const { checked, broken } = await brokenLinks(dir);
      expect(broken).toEqual([]);
      expect(checked).toBeGreaterThan(100);
    },
    120_000,
  );
});

const pages = ["/", "/blog/stopping-kratom-or-7-oh/", "/tags/withdrawal/", "/blog/", "/search/", "/about/", "/404.html"];

const validator = new HtmlValidate({ extends: ["html-validate:standard"] });

describe("the HTML of each kind of page", () => {
  it.each(pages)("%s passes html-validate with no errors", async (urlPath) => {
    const report = await validator.validateString(builtHtml(liveDir, urlPath), urlPath);
    const messages = report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
    expect(messages).toEqual([]);
  });
});

describe("the footer of every kind of page", () => {
  const [emergency] = (parse(readFileSync("content/settings/safety.yml", "utf8")) as { helpLines: Array<{ number: string; dial: string }> }).helpLines;

  it.each(pages)("%s dials the emergency line from the safety settings, as the help box does", (urlPath) => {
    const $ = builtPage(liveDir, urlPath);
    const link = $("footer a[href^='tel:']");
    expect(link.length).toBe(1);
    expect([link.attr("href"), link.text()]).toEqual([`tel:${emergency!.dial}`, emergency!.number]);
  });
});
