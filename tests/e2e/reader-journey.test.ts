import { describe, expect, inject, it } from "vitest";
import { siteInBrowser } from "../support/site-in-browser";

const { siteDir } = inject("sites");
const site = siteInBrowser(siteDir, { viewport: { width: 390, height: 844 } });

describe("a reader on a phone", () => {
  it("opens home, reads a featured post, follows a tag and finds the post there", async () => {
    const page = site.page();
    await page.goto(site.url("/"));
    const featured = page.locator("section", { has: page.getByRole("heading", { name: "Featured" }) });
    await featured.getByRole("link", { name: "A Legacy-Format Post: Reading About Kratom and 7-OH" }).click();
    await expect.poll(() => page.url()).toBe(site.url("/blog/legacy-format-post/"));
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("A Legacy-Format Post: Reading About Kratom and 7-OH");

    await page.locator(".article-header").getByRole("link", { name: "Relaxation" }).click();
    await expect.poll(() => page.url()).toBe(site.url("/tags/relaxation/"));
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Relaxation");
    await expect.poll(() => page.getByRole("link", { name: "A Legacy-Format Post: Reading About Kratom and 7-OH" }).count()).toBe(1);
  });

  it("pages through the blog index with the older and newer links", async () => {
    const page = site.page();
    await page.goto(site.url("/blog/"));
    await page.getByRole("link", { name: "Older articles" }).click();
    await expect.poll(() => page.url()).toBe(site.url("/blog/2/"));
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("All articles, page 2 of 3");
    await page.getByRole("link", { name: "Older articles" }).click();
    await expect.poll(() => page.url()).toBe(site.url("/blog/3/"));
    await expect.poll(() => page.locator(".post-card").count()).toBe(3);
    await page.getByRole("link", { name: "Newer articles" }).click();
    await expect.poll(() => page.url()).toBe(site.url("/blog/2/"));
  });

  it("reaches the main content with the skip link from the keyboard", async () => {
    const page = site.page();
    await page.goto(site.url("/blog/"));
    await page.keyboard.press("Tab");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
  });
});
