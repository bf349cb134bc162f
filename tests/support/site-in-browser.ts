import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser";
import { serveStatic, type StaticServer } from "./static-server";

export interface SiteInBrowser {
  url: (path: string) => string;
  page: () => Page;
}

/** Serves a built site on loopback and opens one Chromium page for the test file; both close after it. */
export function siteInBrowser(siteDir: string, options: BrowserContextOptions): SiteInBrowser {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await serveStatic(siteDir);
    browser = await launchBrowser();
    page = await browser.newPage(options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { url: (path) => `${server.url}${path}`, page: () => page };
}
