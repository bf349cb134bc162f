import { describe, expect, inject, it } from "vitest";
import { siteInBrowser } from "../support/site-in-browser";

const { liveDir } = inject("sites");
const site = siteInBrowser(liveDir, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

describe("a reader on a phone opens an article", () => {
  it("reads it without sideways scrolling", async () => {
    const page = site.page();
    await page.goto(site.url("/blog/what-is-kratom/"));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it("taps a citation marker and lands on that reference", async () => {
    const page = site.page();
    await page.goto(site.url("/blog/what-is-kratom/"));
    const marker = page.locator('.article-body a[href="#ref-3"]').first();
    await marker.tap();
    await expect.poll(() => new URL(page.url()).hash).toBe("#ref-3");
    const reference = page.locator("#ref-3");
    await expect.poll(() => reference.isVisible()).toBe(true);
    const box = await reference.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(844);
    expect(await reference.locator("a").getAttribute("href")).toMatch(/^https:\/\//);
  });

  it("reaches the help box's phone links, each big enough to tap", async () => {
    const page = site.page();
    await page.goto(site.url("/blog/what-is-kratom/"));
    for (const dial of ["911", "+18006624357", "988", "+18002221222"]) {
      const link = page.locator(`.help-box a[href="tel:${dial}"]`);
      await link.scrollIntoViewIfNeeded();
      await expect.poll(() => link.isVisible()).toBe(true);
      const box = await link.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
  });

  it("finds Get help in the header from any article", async () => {
    const page = site.page();
    await page.goto(site.url("/blog/kratom-and-chronic-pain/"));
    await page.getByRole("link", { name: "Get help", exact: true }).first().tap();
    await expect.poll(() => page.url()).toBe(site.url("/get-help/"));
    await expect.poll(() => page.locator('.help-box a[href="tel:988"]').count()).toBe(1);
  });
});
