import { describe, expect, inject, it } from "vitest";
import { siteInBrowser } from "../support/site-in-browser";

const { liveDir } = inject("sites");
const desktop = { viewport: { width: 1100, height: 850 } };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const site = siteInBrowser(liveDir, desktop);

describe("a reader looking up the law, with JavaScript off", () => {
  it("finds Law in the header, reads the map's legend and the table, and opens a state's page from the map", async () => {
    const page = await site.newPage({ ...desktop, javaScriptEnabled: false });
    await page.goto(site.url("/"));
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Law" }).click();
    await expect.poll(() => page.url()).toBe(site.url("/law/"));
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/^Is kratom legal where you live\?/);
    const map = page.getByRole("group", { name: /^Map of the states and DC/ });
    expect(await map.getByRole("link").count()).toBe(51);
    expect(await page.getByRole("table", { name: "Kratom and 7-OH law in the 50 states and DC" }).getByRole("row").count()).toBe(52);
    await map.getByRole("link", { name: /^Ohio: / }).click();
    await expect.poll(() => page.url()).toBe(site.url("/law/ohio/"));
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Is kratom legal in Ohio?");
    expect(await page.getByText("Not legal advice.").isVisible()).toBe(true);
    // A history entry's number leads to the source it comes from.
    const citation = page.locator(".law-history a").first();
    const target = (await citation.getAttribute("href"))!;
    await citation.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(target);
    expect(await page.locator(`${target} a`).getAttribute("href")).toMatch(/^https:\/\//);
  });

  it("reaches every state of the map with the keyboard, each link named with its status", async () => {
    const page = await site.newPage({ ...desktop, javaScriptEnabled: false });
    await page.goto(site.url("/law/"));
    await page.getByRole("link", { name: "Federal law in detail, with sources" }).focus();
    const names: string[] = [];
    for (let press = 0; press < 51; press += 1) {
      await page.keyboard.press("Tab");
      // Only links inside the map count: a Tab that left it early would give an empty name here.
      names.push(await page.evaluate(() => (document.activeElement?.closest(".law-map svg") ? (document.activeElement.getAttribute("aria-label") ?? "") : "")));
    }
    // The 52nd Tab leaves the map, for the table's first state.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".law-map") === null)).toBe(true);
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Za-z ]+: (Banned|Legal, with state rules|No statewide law found|Unconfirmed)$/);
    expect(new Set(names).size).toBe(51);
    // The focused state is outlined, not only recoloured.
    await page.keyboard.press("Shift+Tab");
    const stroke = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector("path")!).strokeWidth);
    expect(stroke).toBe("3px");
  });

  it("reads the table as a list of named facts on a phone", async () => {
    const page = await site.newPage({ ...phone, javaScriptEnabled: false });
    await page.goto(site.url("/law/"));
    const firstRow = page.locator(".law-table tbody tr").first();
    const cell = firstRow.locator("td").first();
    expect(await cell.evaluate((element) => getComputedStyle(element, "::before").content)).toBe('"Kratom leaf: "');
    // Nothing is wider than the screen: the page does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
