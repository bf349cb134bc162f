import { describe, expect, inject, it } from "vitest";
import { builtPage } from "../support/html";
import { pageBytes, total, type LoadedFile } from "../support/page-bytes";

const { siteDir, liveDir, onePostDir } = inject("sites");

// The two sites differ in content, so only the scripts their HTML names are comparable file by
// file: page chunks and image chunks follow which templates and images each site has.
const namedInHtml = (dir: string, urlPath: string): LoadedFile[] => pageBytes(dir, urlPath).scripts.filter((script) => script.via === "html");
const READER_PAGES = ["/", "/blog/", "/tags/"];

describe("the admin stays out of reader pages", () => {
  it("gives readers the same scripts with the admin built as without it, but for a token handler under 2 KB", () => {
    for (const urlPath of READER_PAGES) {
      const without = namedInHtml(siteDir, urlPath);
      const withAdmin = namedInHtml(liveDir, urlPath);
      // The plugin adds its Identity-token handler to the app chunk, which changes the app's and
      // the runtime's hashes; every other script must be the very same file.
      const notApp = (scripts: LoadedFile[]) => scripts.map((script) => script.url).filter((url) => !/^\/(app|webpack-runtime)-/.test(url));
      expect(notApp(withAdmin), urlPath).toEqual(notApp(without));
      const extra = total(withAdmin).bytes - total(without).bytes;
      console.log(`reader JS on ${urlPath}: ${total(without).bytes} bytes without the admin, ${total(withAdmin).bytes} with it (${extra >= 0 ? "+" : ""}${extra})`);
      expect(Math.abs(extra), urlPath).toBeLessThan(2048);
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
