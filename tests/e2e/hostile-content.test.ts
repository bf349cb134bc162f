import { readdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser";
import { type HeaderRule, headersFor, netlifyHeaderRules } from "../support/netlify-headers";
import { serveStatic, type StaticServer } from "../support/static-server";

/**
 * The safe-render site (valid posts full of hostile text, docs/bad-input-corpus.md) in Chromium,
 * once as a plain static server sends it and once with the headers its build wrote: no page may run
 * anything of a post's, whether or not the Content-Security-Policy is there to stop it.
 */
const { safeRenderDir } = inject("sites");
const postPages = readdirSync(path.join(safeRenderDir, "blog"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !/^\d+$/.test(entry.name))
  .map((entry) => `/blog/${entry.name}/`);
let rules: HeaderRule[] = [];
beforeAll(async () => {
  rules = await netlifyHeaderRules(safeRenderDir);
});

describe.each([
  ["without the CSP header", undefined],
  ["with the site's headers", (requestPath: string) => headersFor(rules, requestPath)],
])("the hostile-text posts in Chromium, %s", (_, headers) => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(safeRenderDir, headers ? { headers } : {});
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on("dialog", (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens every post page with no dialog, no injected element and no link that runs script", async () => {
    expect(postPages.length).toBeGreaterThanOrEqual(6);
    for (const urlPath of postPages) {
      await page.goto(`${server.url}${urlPath}`, { waitUntil: "load" });
      const injected = await page.evaluate(() => {
        const found: string[] = [];
        for (const element of document.querySelectorAll("*")) {
          for (const attribute of element.getAttributeNames()) {
            const value = element.getAttribute(attribute) ?? "";
            if (/^on/i.test(attribute) || /^\s*(javascript|vbscript|data:text)/i.test(value)) found.push(`<${element.tagName} ${attribute}>`);
          }
        }
        for (const element of document.querySelectorAll("main iframe, main object, main embed, main form, main style, main script, meta[http-equiv='refresh'], base"))
          found.push(`<${element.tagName}>`);
        return found;
      });
      expect(injected, urlPath).toEqual([]);
    }
    expect(dialogs).toEqual([]);
  });
});
