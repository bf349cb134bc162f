import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { builtPage } from "../support/html";

const { siteDir, liveDir, onePostDir } = inject("sites");

/** The scripts a built page loads, with their sizes in bytes. */
function scriptsOnPage(dir: string, urlPath: string): Array<{ src: string; bytes: number; code: string }> {
  const $ = builtPage(dir, urlPath);
  return $("script[src]")
    .map((_, script) => $(script).attr("src")!)
    .get()
    .map((src) => {
      const code = readFileSync(path.join(dir, src), "utf8");
      return { src, bytes: Buffer.byteLength(code), code };
    });
}

const total = (scripts: Array<{ bytes: number }>) => scripts.reduce((sum, script) => sum + script.bytes, 0);
const READER_PAGES = ["/", "/blog/", "/tags/"];

describe("the admin stays out of reader pages", () => {
  it("gives readers the same scripts with the admin built as without it, but for a token handler under 2 KB", () => {
    for (const urlPath of READER_PAGES) {
      const without = scriptsOnPage(siteDir, urlPath);
      const withAdmin = scriptsOnPage(liveDir, urlPath);
      // The plugin adds its Identity-token handler to the app chunk, which changes the app's and
      // the runtime's hashes; every other script must be the very same file.
      const notApp = (scripts: Array<{ src: string }>) => scripts.map((script) => script.src).filter((src) => !/^\/(app|webpack-runtime)-/.test(src));
      expect(notApp(withAdmin), urlPath).toEqual(notApp(without));
      const extra = total(withAdmin) - total(without);
      console.log(`reader JS on ${urlPath}: ${total(without)} bytes without the admin, ${total(withAdmin)} with it (${extra >= 0 ? "+" : ""}${extra})`);
      expect(Math.abs(extra), urlPath).toBeLessThan(2048);
    }
  });

  it("puts none of the CMS's code into a reader page's scripts", () => {
    for (const dir of [liveDir, onePostDir]) {
      for (const urlPath of READER_PAGES) {
        for (const { src, code } of scriptsOnPage(dir, urlPath)) {
          expect(src, urlPath).not.toMatch(/admin|cms/);
          expect(code, `${urlPath} ${src}`).not.toMatch(/registerPreviewTemplate|decap-cms-app|CMS\.init|GoTrue/);
        }
      }
    }
  });

  it("keeps the admin page out of search engines", () => {
    const $ = builtPage(onePostDir, "/admin/");
    expect($("meta[name=robots]").attr("content")).toMatch(/none|noindex/);
  });
});
