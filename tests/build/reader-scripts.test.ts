import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { load } from "cheerio";
import { describe, expect, inject, it } from "vitest";
import { themeBootScript } from "../../src/theme/theme";
import { builtReaderPages } from "../support/html";

const { liveDir, onePostDir } = inject("sites");

/** What a built page asks the browser to run or fetch ahead: every script, and every script or data preload. */
function scriptsOf(html: string) {
  const $ = load(html);
  return {
    files: $("script[src]")
      .map((_, script) => ({ src: $(script).attr("src")!, type: $(script).attr("type") }))
      .get(),
    inline: $("script:not([src])")
      .filter((_, script) => !($(script).attr("type") ?? "").includes("json"))
      .map((_, script) => $(script).text())
      .get(),
    preloads: $('link[rel="preload"], link[rel="prefetch"], link[rel="modulepreload"]')
      .map((_, link) => $(link).attr("href")!)
      .get(),
  };
}

describe("reader pages without a framework runtime", () => {
  for (const [name, dir] of [
    ["live", liveDir],
    ["one-post (admin built, Git Gateway)", onePostDir],
  ] as const) {
    it(`runs only the theme script and the site's island modules on every page of the ${name} build`, () => {
      const pages = builtReaderPages(dir);
      expect(pages.length).toBeGreaterThan(10);
      const problems: string[] = [];
      for (const file of pages) {
        const { files, inline, preloads } = scriptsOf(readFileSync(path.join(dir, file), "utf8"));
        for (const script of files) {
          if (!/^\/islands\/[\w-]+\.js$/.test(script.src) || script.type !== "module") problems.push(`${file}: script ${script.src} (${script.type ?? "classic"})`);
          else if (!existsSync(path.join(dir, script.src))) problems.push(`${file}: ${script.src} was not built`);
        }
        for (const text of inline) if (text !== themeBootScript) problems.push(`${file}: inline script ${text.slice(0, 60)}`);
        for (const href of preloads) problems.push(`${file}: preload of ${href}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
