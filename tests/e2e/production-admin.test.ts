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

  it("loads neither the admin nor the Identity widget for a reader: on the home page, only the small script that forwards invitation links", async () => {
    const page = production.page();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(production.url("/"));
    await page.waitForLoadState("networkidle");
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.filter((url) => /admin|cms|identity/i.test(url))).toEqual([expect.stringMatching(/^\/islands\/identity-link-\w+\.js$/)]);
    expect(await page.locator("iframe#netlify-identity-widget").count()).toBe(0);
    expect(page.url()).toBe(production.url("/"));

    requests.length = 0;
    await page.goto(production.url("/blog/"));
    await page.waitForLoadState("networkidle");
    expect(requests.filter((url) => /identity/i.test(url))).toEqual([]);
  });

  it("takes an editor who follows an invitation email to the home page on to the admin, token and all", async () => {
    const page = production.page();
    // The Identity widget reads the token and clears the address at once: note what the admin page opened with.
    await page.addInitScript(() => {
      if (location.pathname.startsWith("/admin/")) sessionStorage.setItem("admin-opened-with", location.hash);
    });
    await page.goto(production.url("/#invite_token=abc123"));
    await page.waitForURL(/\/admin\//, { timeout: 10_000 });
    expect(await page.evaluate(() => sessionStorage.getItem("admin-opened-with"))).toBe("#invite_token=abc123");
  });
});
