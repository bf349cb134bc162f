import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { isDark } from "../support/colours";
import { siteInBrowser } from "../support/site-in-browser";

const { liveDir } = inject("sites");
const desktop = { viewport: { width: 1100, height: 850 } };
const site = siteInBrowser(liveDir, desktop);
const STOPPING = "/blog/stopping-kratom-or-7-oh/";

async function headingTop(page: Page, id: string): Promise<number> {
  return page.locator(`[id="${id}"]`).evaluate((element) => element.getBoundingClientRect().top);
}

describe("a reader searching the site", () => {
  it("searches “withdrawal” from the header and reaches the article about stopping", async () => {
    const page = site.page();
    const searchBytes: number[] = [];
    page.on("response", async (response) => {
      if (new URL(response.url()).pathname.startsWith("/pagefind/")) searchBytes.push((await response.body()).length);
    });
    await page.goto(site.url("/"));
    await page.getByRole("searchbox", { name: "Search articles" }).fill("withdrawal");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.url()).toBe(site.url("/search/?q=withdrawal"));
    const result = page.locator(".search-result", { has: page.getByRole("link", { name: /^Stopping kratom or 7-OH/ }) });
    await expect.poll(() => result.count(), { timeout: 10_000 }).toBe(1);
    expect((await result.locator("mark").first().textContent())?.toLowerCase()).toContain("withdrawal");
    expect(await result.getByRole("link", { name: "Withdrawal", exact: true }).getAttribute("href")).toBe("/tags/withdrawal/");
    expect(await page.getByRole("status").textContent()).toMatch(/^\d+ articles match “withdrawal”\.$/);
    const fetched = searchBytes.reduce((sum, bytes) => sum + bytes, 0);
    console.log(`search for "withdrawal": ${searchBytes.length} files, ${fetched} bytes from /pagefind/ (uncompressed)`);
    expect(fetched).toBeLessThan(250_000);

    await result.getByRole("link", { name: /^Stopping kratom or 7-OH/ }).click();
    await expect.poll(() => page.url()).toBe(site.url(STOPPING));
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toMatch(/^Stopping kratom or 7-OH/);
  });

  it("says so when nothing matches, and keeps the query in the address", async () => {
    const page = site.page();
    await page.goto(site.url("/search/"));
    const box = page.getByRole("searchbox", { name: "Words to search for" });
    await box.fill("zzqxv");
    // Enter, as a reader confirms a search: typed before the page's script is ready, the words still count.
    await box.press("Enter");
    await expect.poll(() => page.getByRole("status").textContent(), { timeout: 10_000 }).toBe("No articles match “zzqxv”.");
    expect(page.url()).toBe(site.url("/search/?q=zzqxv"));
    expect(await page.locator(".search-result").count()).toBe(0);
  });
});

describe("a reader using the table of contents", () => {
  it("follows a link and lands on that section's heading", async () => {
    const page = site.page();
    await page.goto(site.url(STOPPING));
    await page.locator(".table-of-contents").getByRole("link", { name: "Treatment options" }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe("#treatment-options");
    await expect.poll(() => headingTop(page, "treatment-options")).toBeLessThan(100);
    expect(await headingTop(page, "treatment-options")).toBeGreaterThanOrEqual(0);
  });
});

/** The page's background (Bulma paints it on <html>) at the first animation frame after <body> exists: before the first paint. */
async function recordFirstFrame(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = () => {
      if (document.body) (window as unknown as { firstFrame: string }).firstFrame = getComputedStyle(document.documentElement).backgroundColor;
      else requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
}

const firstFrame = (page: Page) => page.evaluate(() => (window as unknown as { firstFrame?: string }).firstFrame ?? "");
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

describe("a reader switching to the dark theme", () => {
  it("switches, reloads, and the page is dark from the first paint, even before the site's scripts run", async () => {
    const page = await site.newPage({ ...desktop, colorScheme: "light" });
    await recordFirstFrame(page);
    await page.goto(site.url(STOPPING));
    expect(isDark(await pageBackground(page))).toBe(false);
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("false");
    await toggle.click();
    await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("true");
    expect(isDark(await pageBackground(page))).toBe(true);

    await page.reload();
    await expect.poll(() => firstFrame(page)).not.toBe("");
    expect(isDark(await firstFrame(page))).toBe(true);
    await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("true");

    // With the site's JavaScript bundles refused, only the inline head script can set the theme.
    await page.route(/\.js(\?|$)/, (route) => route.abort());
    await page.reload();
    expect(isDark(await pageBackground(page))).toBe(true);
    await page.unroute(/\.js(\?|$)/);
  });

  it("keeps the choice across pages and can switch back to light", async () => {
    const page = await site.newPage({ ...desktop, colorScheme: "light" });
    await page.goto(site.url("/"));
    await page.getByRole("button", { name: "Dark theme" }).click();
    await page.getByRole("link", { name: "Articles", exact: true }).click();
    await expect.poll(() => page.url()).toBe(site.url("/blog/"));
    expect(isDark(await pageBackground(page))).toBe(true);
    await page.getByRole("button", { name: "Dark theme" }).click();
    await page.reload();
    expect(isDark(await pageBackground(page))).toBe(false);
  });

  it("follows the system's dark preference until the reader chooses", async () => {
    const page = await site.newPage({ ...desktop, colorScheme: "dark" });
    await page.goto(site.url("/"));
    expect(isDark(await pageBackground(page))).toBe(true);
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("true");
    await toggle.click();
    await page.reload();
    expect(isDark(await pageBackground(page))).toBe(false);
  });
});

describe("a reader with JavaScript off", () => {
  it("reads a post, follows its table of contents and its tag links, and searches from the header", async () => {
    const page = await site.newPage({ ...desktop, javaScriptEnabled: false });
    await page.goto(site.url(STOPPING));
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/^Stopping kratom or 7-OH/);
    expect(await page.locator(".article-body p").count()).toBeGreaterThan(10);
    expect(await page.getByRole("button", { name: "Dark theme" }).isVisible()).toBe(false);

    await page.locator(".table-of-contents").getByRole("link", { name: "What withdrawal can look like" }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe("#what-withdrawal-can-look-like");
    await expect.poll(() => headingTop(page, "what-withdrawal-can-look-like")).toBeLessThan(100);

    await page.locator(".article-header").getByRole("link", { name: "Withdrawal", exact: true }).click();
    await expect.poll(() => page.url()).toBe(site.url("/tags/withdrawal/"));
    expect(await page.getByRole("link", { name: /^Stopping kratom or 7-OH/ }).count()).toBeGreaterThan(0);

    // The header's search is a plain form: it reaches the search page, which says what it can do without JavaScript.
    await page.getByRole("searchbox", { name: "Search articles" }).fill("withdrawal");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.url()).toBe(site.url("/search/?q=withdrawal"));
    expect(await page.getByText("Search needs JavaScript.").isVisible()).toBe(true);
  });

  it("is told on the search page how to find articles without it", async () => {
    const page = await site.newPage({ ...desktop, javaScriptEnabled: false });
    await page.goto(site.url("/search/"));
    expect(await page.getByText("Search needs JavaScript.").isVisible()).toBe(true);
    expect(await page.getByRole("searchbox", { name: "Words to search for" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "topic", exact: true }).getAttribute("href")).toBe("/tags/");
  });
});
