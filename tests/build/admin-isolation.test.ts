import { describe, expect, inject, it } from "vitest";
import { builtPage } from "../support/html";
import { pageBytes } from "../support/page-bytes";

const { siteDir, liveDir, onePostDir } = inject("sites");

const scriptUrls = (dir: string, urlPath: string): string[] => pageBytes(dir, urlPath).scripts.map((script) => script.url);
const READER_PAGES = ["/", "/blog/", "/tags/"];

describe("the admin stays out of reader pages", () => {
  it("gives readers the very same scripts whether the admin is built or not", () => {
    // Both Git Gateway builds, so both home pages load the Identity-link forwarder; the one-post site has the admin.
    expect(scriptUrls(siteDir, "/")).toEqual([expect.stringMatching(/^\/islands\/identity-link-\w+\.js$/)]);
    for (const urlPath of READER_PAGES) expect(scriptUrls(onePostDir, urlPath), urlPath).toEqual(scriptUrls(siteDir, urlPath));
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
