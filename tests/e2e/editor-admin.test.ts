import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { builtPage } from "../support/html";
import { type DecapServer, startDecapServer } from "../support/decap-server";
import { siteInBrowser } from "../support/site-in-browser";

const { liveDir } = inject("sites");
const site = siteInBrowser(liveDir, { viewport: { width: 1400, height: 900 } });
let decap: DecapServer;

beforeAll(async () => {
  decap = await startDecapServer();
});

afterAll(async () => {
  await decap?.stop();
});

describe("an editor in the admin, on their own machine", () => {
  it("logs in to the local backend without an account and sees the articles", async () => {
    const page = site.page();
    await page.goto(site.url("/admin/"));
    await page.getByRole("button", { name: "Login" }).click();
    await expect.poll(() => page.getByText("What is kratom? The plant, its alkaloids and the forms it is sold in").count(), { timeout: 20_000 }).toBeGreaterThan(0);
    for (const collection of ["Articles", "Pages", "Settings"]) {
      await expect.poll(() => page.getByRole("link", { name: collection }).count()).toBeGreaterThan(0);
    }
  });

  it("previews an article with the same heading and tag links a reader sees", async () => {
    const page = site.page();
    await page.getByText("What is kratom? The plant, its alkaloids and the forms it is sold in").first().click();
    // The preview pane is the srcdoc frame (the other one is the Identity widget).
    const preview = page.frameLocator("iframe[srcdoc]");
    const heading = preview.getByRole("heading", { level: 1 });
    await expect.poll(() => heading.textContent(), { timeout: 20_000 }).toBe("What is kratom? The plant, its alkaloids and the forms it is sold in");

    const $ = builtPage(liveDir, "/blog/what-is-kratom/");
    const siteTags = $(".article-header .tag-list a").map((_, a) => $(a).attr("href")).get();
    const previewTags = await preview.locator(".article-header .tag-list a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(previewTags).toEqual(siteTags);
    const siteKeyPoints = $(".key-points li").map((_, li) => $(li).text()).get();
    expect(await preview.locator(".key-points li").allTextContents()).toEqual(siteKeyPoints);
    expect(await preview.locator(".references li").count()).toBe($(".references li").length);
  });
});
