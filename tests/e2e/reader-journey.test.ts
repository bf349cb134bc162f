import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser";
import { serveStatic, type StaticServer } from "../support/static-server";

const { siteDir } = inject("sites");
let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 390, height: 844 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a reader on a phone", () => {
  it("opens home, reads a featured post, follows a tag and finds the post there", async () => {
    await page.goto(`${server.url}/`);
    const featured = page.locator("section", { has: page.getByRole("heading", { name: "Featured" }) });
    await featured.getByRole("link", { name: "A Legacy-Format Post: Reading About Kratom and 7-OH" }).click();
    await expect.poll(() => page.url()).toBe(`${server.url}/blog/legacy-format-post/`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("A Legacy-Format Post: Reading About Kratom and 7-OH");

    await page.locator(".article-header").getByRole("link", { name: "Relaxation" }).click();
    await expect.poll(() => page.url()).toBe(`${server.url}/tags/relaxation/`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Relaxation");
    await expect.poll(() => page.getByRole("link", { name: "A Legacy-Format Post: Reading About Kratom and 7-OH" }).count()).toBe(1);
  });

  it("pages through the blog index with the older and newer links", async () => {
    await page.goto(`${server.url}/blog/`);
    await page.getByRole("link", { name: "Older articles" }).click();
    await expect.poll(() => page.url()).toBe(`${server.url}/blog/2/`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("All articles, page 2 of 3");
    await page.getByRole("link", { name: "Older articles" }).click();
    await expect.poll(() => page.url()).toBe(`${server.url}/blog/3/`);
    await expect.poll(() => page.locator(".post-card").count()).toBe(2);
    await page.getByRole("link", { name: "Newer articles" }).click();
    await expect.poll(() => page.url()).toBe(`${server.url}/blog/2/`);
  });

  it("reaches the main content with the skip link from the keyboard", async () => {
    await page.goto(`${server.url}/blog/`);
    await page.keyboard.press("Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
  });
});
