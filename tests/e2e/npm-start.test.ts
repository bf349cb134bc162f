import { existsSync, watch } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_CMS_BRANCH, PUBLISHED_BRANCH } from "../../src/local-servers";
import { fillNewArticle, markReadyAndPublish, type NewArticle, openInAdmin, save, signInLocally, TEST_SOURCES } from "../support/admin-editor";
import { launchBrowser } from "../support/browser";
import { cmsAnswers, type NpmStart, startNpmStart } from "../support/npm-start";

/**
 * The README's `npm start` on a fresh copy of the project, with an editor at work: develop must
 * never see a draft, a publish must show on the local site within seconds, and neither process
 * may take the other down.
 */
let start: NpmStart;
let browser: Browser;
let page: Page;
let imageDir = "";

const slug = "a-draft-written-while-the-site-runs";
const file = `content/posts/2026-11-30-${slug}.md`;
const article: NewArticle = {
  title: "A draft written while the site runs",
  date: "2026-11-30T10:00",
  lastReviewed: "2026-11-30",
  updated: "2026-11-30",
  reviewer: { name: "Example Reviewer (test data)", credential: "Example credential" },
  description: "Written by the npm start test: saved as a draft with an image, then published from the workflow.",
  keyPoints: ["A draft stays out of the local site until it is published.", "Publishing moves it onto main.", "The local site shows it within seconds."],
  tags: "Safety",
  featuredImageFile: "",
  featuredImageAlt: "A flat blue rectangle made by the test.",
  references: TEST_SOURCES,
  bodyLines: ["Claims with their sources [@nida-2024], [@fda-2025] and [@dea-2020].", "", "## What to know", "", "A closing sentence."],
};

beforeAll(async () => {
  imageDir = await mkdtemp(path.join(os.tmpdir(), "kf-upload-"));
  article.featuredImageFile = path.join(imageDir, "npm-start-upload.jpg");
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 30, g: 60, b: 160 } } })
    .jpeg()
    .toFile(article.featuredImageFile);
  start = await startNpmStart(240_000);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await start?.stop();
  await rm(imageDir, { recursive: true, force: true });
});

describe("npm start, with an editor at work", () => {
  it("keeps a saved draft, its image included, out of the folder develop serves", async () => {
    await signInLocally(page, start.siteUrl("/admin/"));
    await page.goto(start.siteUrl("/admin/#/collections/posts/new"));
    await fillNewArticle(page, article);
    // Every file name that appears, even for a moment, where develop looks (a checkout of the draft's branch would show here).
    const seen: string[] = [];
    const watchers = ["content/posts", "static/img"].map((folder) => watch(path.join(start.dir, folder), (_event, name) => seen.push(`${folder}/${name}`)));
    await save(page);
    await expect.poll(async () => (await start.git("branch", "--list", `cms/posts/2026-11-30-${slug}`)).includes(slug), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => page.getByRole("button", { name: /^Status:/ }).count(), { timeout: 15_000 }).toBe(1);
    for (const watcher of watchers) watcher.close();
    expect(seen).toEqual([]);
    expect(existsSync(path.join(start.dir, file))).toBe(false);
    expect(existsSync(path.join(start.dir, "static/img/npm-start-upload.jpg"))).toBe(false);
    expect(await start.git("status", "--porcelain"), "nothing in the project folder changed, generated files included").toBe("");
  });

  it("lists the draft on the Workflow tab", async () => {
    await openInAdmin(page, start.siteUrl("/admin/#/workflow"));
    const card = page.getByRole("link", { name: new RegExp(article.title) });
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1);
    const draftsColumn = page.locator("div", { has: page.getByRole("heading", { name: "Drafts" }) }).last();
    expect(await draftsColumn.getByText(article.title).count()).toBeGreaterThan(0);
    await card.click();
    await expect.poll(() => page.getByRole("button", { name: /^Status:/ }).count(), { timeout: 15_000 }).toBe(1);
  });

  it("publishes, and the local site shows the article with its image within seconds", async () => {
    const publishedAt = Date.now();
    await markReadyAndPublish(page);
    await expect.poll(() => existsSync(path.join(start.dir, file)), { timeout: 10_000 }).toBe(true);
    // The file lands in the working tree a moment before the backend moves its own branch to match.
    await expect.poll(async () => (await start.git("rev-parse", PUBLISHED_BRANCH)) === (await start.git("rev-parse", LOCAL_CMS_BRANCH)), { timeout: 10_000 }).toBe(true);
    const reader = await browser.newPage();
    await expect
      .poll(
        async () => {
          await reader.goto(start.siteUrl(`/blog/${slug}/`));
          return reader.getByRole("heading", { level: 1, name: article.title }).count();
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe(1);
    console.log(`published in the admin → on the local site: ${((Date.now() - publishedAt) / 1000).toFixed(1)} s`);
    expect(await reader.locator(`img[alt="${article.featuredImageAlt}"]`).count()).toBeGreaterThan(0);
    // The admin links the published article by its file name; the local site sends that on to the article.
    await openInAdmin(page, start.siteUrl(`/admin/#/collections/posts/entries/2026-11-30-${slug}`));
    const viewLive = page.getByRole("link", { name: "View Live" });
    await expect.poll(() => viewLive.count(), { timeout: 15_000 }).toBe(1);
    expect(await viewLive.getAttribute("href")).toBe(`/blog/2026-11-30-${slug}/`);
    await reader.goto(start.siteUrl(`/blog/2026-11-30-${slug}/`));
    expect(new URL(reader.url()).pathname).toBe(`/blog/${slug}/`);
    await reader.close();
    expect(start.output()).not.toMatch(/exited with code/);
    expect(start.output()).toContain("Published to the local site");
    expect(await start.git("status", "--porcelain"), "the project folder holds exactly what was published").toBe("");
  });

  it("restarts the admin's backend if it dies, saying so, and the site keeps serving", async () => {
    const [backend] = start.processes("decap-server");
    expect(backend).toBeDefined();
    process.kill(backend!, "SIGKILL");
    await expect.poll(() => start.output(), { timeout: 10_000 }).toMatch(/The admin's backend \(decap-server\) was stopped by SIGKILL; starting it again/);
    await expect.poll(cmsAnswers, { timeout: 10_000 }).toBe(true);
    expect((await fetch(start.siteUrl("/"))).ok).toBe(true);
  });

  it("keeps the admin's backend running when the site stops, and says that the site stopped", async () => {
    // `npm run develop` and everything it started (the shell, develop, its workers): all of the site, none of the admin.
    const [site] = start.processes("npm", "run", "develop");
    expect(site, "npm run develop's process").toBeDefined();
    start.killTree(site!);
    await expect.poll(() => start.output(), { timeout: 20_000 }).toMatch(/\[site\].*exited with code/);
    expect(await cmsAnswers()).toBe(true);
  });
});
