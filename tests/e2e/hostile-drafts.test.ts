import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { addReference, fieldBox, newestFieldBox, openInAdmin, signInLocally, typeBody } from "../support/admin-editor";
import { launchBrowser } from "../support/browser";
import { type DecapServer, startDecapServer } from "../support/decap-server";
import { type HeaderRule, headersFor, netlifyHeaderRules } from "../support/netlify-headers";
import { serveStatic, type StaticServer } from "../support/static-server";

/**
 * Decap's preview pane had a stored-XSS advisory (GHSA-xp8g-32qh-mv28, versions up to 3.8.3):
 * an entry's content ran as script when an editor previewed it. Here an editor types script
 * into every kind of field of a new article, and opens an article someone stored with script in
 * every field (a collaborator with write access, or a commit that bypassed the admin), in the
 * real admin against decap-server: nothing may run, once without any header and once under the
 * admin's Content-Security-Policy as the build writes it.
 */
const { liveDir } = inject("sites");

/** What every payload does if it ever runs: a flag on the admin's window, a request, a dialog. */
const ran = (label: string) => `top.pwned='${label}';fetch('/pwned/${label}');alert('${label}')`;

/** The same payloads in every position an entry offers, front matter and body alike. */
const bodyPayloads = (prefix: string) => [
  `<script>${ran(`${prefix}-body-script`)}</script>`,
  `<img src=x onerror="${ran(`${prefix}-body-img`)}">`,
  `[a link](javascript:${ran(`${prefix}-body-link`)})`,
  `<iframe src="javascript:${ran(`${prefix}-body-iframe`)}"></iframe>`,
  `<svg><script>${ran(`${prefix}-body-svg`)}</script></svg>`,
  `<svg onload="${ran(`${prefix}-body-svg-onload`)}"></svg>`,
  `<a href="javascript:${ran(`${prefix}-body-anchor`)}">an anchor</a>`,
  `The marker paragraph of ${prefix}.`,
];

const STORED_FILE = "content/posts/2026-12-01-a-stored-hostile-draft.md";
const STORED_ENTRY = "/admin/#/collections/posts/entries/2026-12-01-a-stored-hostile-draft";
const yamlString = (text: string) => JSON.stringify(text);
const storedArticle = [
  "---",
  "templateKey: blog-post",
  `title: ${yamlString(`<img src=x onerror="${ran("stored-title")}">`)}`,
  "date: 2026-12-01T09:00:00.000Z",
  `description: ${yamlString(`<script>${ran("stored-description")}</script>`)}`,
  "tags: [Safety]",
  "featuredpost: false",
  `featuredimage: ${yamlString(`javascript:${ran("stored-image")}`)}`,
  `featuredimagealt: ${yamlString(`"><img src=x onerror="${ran("stored-alt")}">`)}`,
  `keyPoints: [${yamlString(`<svg onload="${ran("stored-keypoint")}">`)}]`,
  "references:",
  "  - id: hostile",
  `    title: ${yamlString(`<img src=x onerror="${ran("stored-reference-title")}">`)}`,
  `    url: ${yamlString(`javascript:${ran("stored-reference-url")}`)}`,
  "---",
  ...bodyPayloads("stored").flatMap((line) => [line, ""]),
].join("\n");

let decap: DecapServer;
let browser: Browser;
let storedDir = "";
let liveRules: HeaderRule[] = [];

beforeAll(async () => {
  storedDir = await mkdtemp(path.join(os.tmpdir(), "kf-hostile-draft-"));
  const stored = path.join(storedDir, path.basename(STORED_FILE));
  await writeFile(stored, storedArticle);
  decap = await startDecapServer({ extraFiles: { [STORED_FILE]: stored } });
  browser = await launchBrowser();
  liveRules = await netlifyHeaderRules(liveDir);
});
afterAll(async () => {
  await browser?.close();
  await decap?.stop();
  await rm(storedDir, { recursive: true, force: true });
});

/** Anything of a payload's that ran or could run: dialogs, requests, the flag, and script-carrying markup in the preview. */
async function whatRan(page: Page, dialogs: string[], requests: string[]): Promise<string[]> {
  const preview = page.frameLocator("#preview-pane").locator("html");
  const markup = await preview.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll("*")) {
      for (const attribute of element.getAttributeNames()) {
        const value = element.getAttribute(attribute) ?? "";
        if (/^on/i.test(attribute) || /^\s*(javascript|vbscript|data:text)/i.test(value)) found.push(`<${element.tagName} ${attribute}="${value.slice(0, 40)}">`);
      }
    }
    for (const element of document.querySelectorAll("body script, body iframe, body object, body embed, svg script")) found.push(`<${element.tagName}>`);
    return found;
  });
  const flag = await page.evaluate(() => (window as { pwned?: string }).pwned);
  return [...dialogs.map((message) => `dialog: ${message}`), ...requests.map((url) => `request: ${url}`), ...(flag ? [`flag: ${flag}`] : []), ...markup.map((element) => `preview markup: ${element}`)];
}

describe.each([
  ["with no headers at all", false],
  ["under the admin's Content-Security-Policy as the build writes it", true],
])("hostile drafts in the admin's preview, %s", (_, withHeaders) => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(liveDir, withHeaders ? { headers: (requestPath) => headersFor(liveRules, requestPath) } : {});
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    context.on("request", (request) => {
      if (request.url().includes("pwned")) requests.push(request.url());
    });
    page = await context.newPage();
    page.on("dialog", (dialog) => {
      // Leaving the unsaved new article asks first; that question is the admin's own.
      if (dialog.type() === "beforeunload") return void dialog.accept();
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it("runs nothing an editor types into any field of a new article", async () => {
    await signInLocally(page, `${server.url}/admin/`);
    await openInAdmin(page, `${server.url}/admin/#/collections/posts/new`);
    await fieldBox(page, "title").fill(`<img src=x onerror="${ran("typed-title")}">`);
    await fieldBox(page, "description", "textarea").fill(`<script>${ran("typed-description")}</script>`);
    await page.getByRole("button", { name: "Add key points" }).click();
    await newestFieldBox(page, "item", "textarea").fill(`<svg onload="${ran("typed-keypoint")}">`);
    await addReference(page, {
      id: "hostile",
      title: `<img src=x onerror="${ran("typed-reference-title")}">`,
      publisher: "<script>alert(1)</script>",
      year: "2026",
      url: `javascript:${ran("typed-reference-url")}`,
    });
    await typeBody(page, bodyPayloads("typed"));
    const preview = page.frameLocator("#preview-pane");
    await expect.poll(() => preview.getByText("The marker paragraph of typed.").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // The payloads are on the page as text an editor can read, not as markup.
    expect(await preview.locator("h1").textContent()).toContain("<img src=x onerror=");
    await page.waitForTimeout(1_000);
    expect(await whatRan(page, dialogs, requests)).toEqual([]);
  });

  it("runs nothing of an article stored with script in every field, when an editor opens it", async () => {
    if (!(await page.getByRole("link", { name: "Articles" }).count())) await signInLocally(page, `${server.url}/admin/`);
    await openInAdmin(page, `${server.url}${STORED_ENTRY}`);
    const preview = page.frameLocator("#preview-pane");
    await expect.poll(() => preview.getByText("The marker paragraph of stored.").count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await preview.locator("h1").textContent()).toContain("<img src=x onerror=");
    await page.waitForTimeout(1_000);
    expect(await whatRan(page, dialogs, requests)).toEqual([]);
  });

  it("would notice a preview that let markup through", async () => {
    const payload = `<img src=x onerror="${ran("probe")}">`;
    await page
      .frameLocator("#preview-pane")
      .locator("body")
      .evaluate((body, html) => body.insertAdjacentHTML("beforeend", html), payload);
    await page.waitForTimeout(1_000);
    const seen = await whatRan(page, dialogs, requests);
    expect(seen.filter((item) => item.startsWith("preview markup: <IMG onerror="))).toHaveLength(1);
    // Without the policy the handler runs; under it, Chromium refuses the inline handler.
    expect(seen.some((item) => item.startsWith("flag:") || item.startsWith("request:"))).toBe(!withHeaders);
    dialogs.length = 0;
    requests.length = 0;
  });
});
