import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser";
import { serveStatic, type StaticServer } from "./static-server";

export interface SiteInBrowser {
  url: (path: string) => string;
  /** The test file's shared page, opened with the options given to siteInBrowser. */
  page: () => Page;
  /** A fresh page in its own context (own storage, own settings such as JavaScript off); closed after the file. */
  newPage: (options?: BrowserContextOptions) => Promise<Page>;
}

/** Serves a built site on loopback and opens Chromium for the test file; both close after it. */
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
  return {
    url: (path) => `${server.url}${path}`,
    page: () => page,
    newPage: (pageOptions = options) => browser.newPage(pageOptions),
  };
}
