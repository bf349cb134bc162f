import { describe, expect, inject, it } from "vitest";
import { siteInBrowser } from "../support/site-in-browser";

const { onePostDir } = inject("sites");
const production = siteInBrowser(onePostDir, { viewport: { width: 1280, height: 900 } });

describe("the admin as production builds it", () => {
  it("asks for a Netlify Identity login before showing any collection, and never calls a local backend", async () => {
    const page = production.page();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(production.url("/admin/"));
    const login = page.getByRole("button", { name: "Login with Netlify Identity" });
    await expect.poll(() => login.count(), { timeout: 20_000 }).toBe(1);
    expect(await page.evaluate(() => typeof (window as { netlifyIdentity?: unknown }).netlifyIdentity)).toBe("object");
    expect(await page.getByRole("link", { name: "Articles" }).count()).toBe(0);
    await login.click();
    await expect.poll(() => page.locator("iframe#netlify-identity-widget").isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.getByRole("link", { name: "Articles" }).count()).toBe(0);
    expect(requests.filter((url) => url.includes(":8081"))).toEqual([]);
  });

  it("loads neither the admin nor the Identity widget for a reader", async () => {
    const page = production.page();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(production.url("/"));
    await page.waitForLoadState("networkidle");
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.filter((url) => /admin|cms|identity/i.test(url))).toEqual([]);
    expect(await page.locator("iframe#netlify-identity-widget").count()).toBe(0);
  });
});
