import { describe, expect, inject, it } from "vitest";
import { builtPage } from "../support/html";
import { pageBytes, type LoadedFile } from "../support/page-bytes";

const { siteDir, liveDir, onePostDir } = inject("sites");

// The two sites differ in content, so only the scripts their HTML names are comparable file by
// file: page chunks follow which templates each site has.
const namedInHtml = (dir: string, urlPath: string): LoadedFile[] => pageBytes(dir, urlPath).scripts.filter((script) => script.via === "html");
const READER_PAGES = ["/", "/blog/", "/tags/"];

describe("the admin stays out of reader pages", () => {
  it("gives readers the very same scripts whether the admin is built or not", () => {
    // The webpack runtime lists every page chunk of its own site, so it follows the content.
    const comparable = (scripts: LoadedFile[]) => scripts.map((script) => script.url).filter((url) => !url.startsWith("/webpack-runtime-"));
    for (const urlPath of READER_PAGES) {
      const without = comparable(namedInHtml(siteDir, urlPath));
      expect(without.length, urlPath).toBeGreaterThan(1);
      expect(comparable(namedInHtml(liveDir, urlPath)), urlPath).toEqual(without);
    }
  });

  it("puts none of the CMS's code into any script a reader page loads", () => {
    for (const dir of [liveDir, onePostDir]) {
      for (const urlPath of READER_PAGES) {
        for (const { url, code } of pageBytes(dir, urlPath).scripts) {
          expect(url, urlPath).not.toMatch(/admin|cms/);
          expect(code, `${urlPath} ${url}`).not.toMatch(/registerPreviewTemplate|decap-cms-app|CMS\.init|GoTrue/);
        }
      }
    }
  });

  it("keeps the admin page out of search engines", () => {
    const $ = builtPage(onePostDir, "/admin/");
    expect($("meta[name=robots]").attr("content")).toMatch(/none|noindex/);
  });
});
