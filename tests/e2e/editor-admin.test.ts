import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from "vitest";
import { readMarkdown } from "../../src/content/front-matter";
import { postSchema } from "../../src/content/model";
import { runGatsbyBuild, scratchProject } from "../../scripts/lib/gatsby-build";
import {
  addReference,
  bodyBox,
  citeReference,
  fieldBox,
  fillNewArticle,
  insertBodyImage,
  newestFieldBox,
  openInAdmin,
  markReadyAndPublish,
  type NewArticle,
  pickTopics,
  save,
  signInLocally,
  TEST_SOURCES,
  typeBody,
} from "../support/admin-editor";
import { type DecapServer, startDecapServer } from "../support/decap-server";
import { builtPage } from "../support/html";
import { siteInBrowser } from "../support/site-in-browser";
import { MAX_UPLOAD_BYTES } from "../../src/content/cms";
import { LOCAL_CMS_BRANCH, PUBLISHED_BRANCH } from "../../src/local-servers";

const { liveDir, siteUrl } = inject("sites");
const site = siteInBrowser(liveDir, { viewport: { width: 1400, height: 1000 } });
const LEGACY = "content/posts/2024-08-13-legacy-format-post.md";
/** An image in the media folder that no entry shows. */
const UNUSED_IMAGE = "an-unused-test-image.jpg";
let decap: DecapServer;

beforeAll(async () => {
  decap = await startDecapServer({ extraFiles: { [LEGACY]: "tests/fixtures/site/posts/2024-08-13-legacy-format-post.md", [`static/img/${UNUSED_IMAGE}`]: "static/img/law-scales.jpg" } });
});

afterAll(async () => {
  await decap?.stop();
});

const preview = () => site.page().frameLocator("#preview-pane");

/**
 * Every branch and the commit it points at: what an admin save would change. Not which one is
 * checked out: decap-server briefly checks out a draft's branch to read it.
 */
const repositoryState = () => decap.git("for-each-ref", "--format=%(refname) %(objectname)", "refs/heads");

describe("an editor in the admin, on their own machine", () => {
  it("logs in to the local backend without an account and sees every collection", async () => {
    await signInLocally(site.page(), site.url("/admin/"));
    for (const collection of ["Articles", "Pages", "Settings"]) {
      await expect.poll(() => site.page().getByRole("link", { name: collection }).count()).toBeGreaterThan(0);
    }
  });

  it("previews an article with the heading, tags, image, disclaimer and help box a reader sees", async () => {
    const page = site.page();
    await openInAdmin(page, site.url("/admin/#/collections/posts/entries/2026-11-10-what-is-kratom"));
    const $ = builtPage(liveDir, "/blog/what-is-kratom/");
    await expect.poll(() => preview().getByRole("heading", { level: 1 }).textContent(), { timeout: 20_000 }).toBe($("h1").text());
    const texts = (selector: string) => preview().locator(selector).allTextContents();
    const siteTexts = (selector: string) =>
      $(selector)
        .map((_, element) => $(element).text())
        .get();
    const attributes = (selector: string, name: string) =>
      preview()
        .locator(selector)
        .evaluateAll((elements, attribute) => elements.map((element) => element.getAttribute(attribute)), name);
    const siteAttributes = (selector: string, name: string) =>
      $(selector)
        .map((_, element) => $(element).attr(name))
        .get();

    expect(await attributes(".article-header .tag-list a", "href")).toEqual(siteAttributes(".article-header .tag-list a", "href"));
    expect(await attributes(".article-header img", "alt")).toEqual(siteAttributes(".article-header img[alt]:not([aria-hidden])", "alt").slice(0, 1));
    expect(await texts(".key-points li")).toEqual(siteTexts(".key-points li"));
    expect(await preview().locator(".references li").count()).toBe($(".references li").length);
    // The help strip and box arrive after the settings entry loads, a moment after the body.
    await expect.poll(() => preview().locator("h2").allTextContents(), { timeout: 10_000 }).toEqual(siteTexts("article h2"));
    await expect.poll(() => attributes(".help-box a[href^='tel:']", "href"), { timeout: 10_000 }).toEqual(siteAttributes(".help-box a[href^='tel:']", "href"));
    expect(await texts(".disclaimer")).toEqual(siteTexts(".disclaimer"));
    // A published article leaves the site through the workflow (Draft, then publish), never by one click.
    expect(await page.getByRole("button", { name: /Delete published entry|Delete entry/ }).count()).toBe(0);
  });

  it("previews a page (About) with the site's heading and help box", async () => {
    const page = site.page();
    await openInAdmin(page, site.url("/admin/#/collections/pages/entries/about"));
    const $ = builtPage(liveDir, "/about/");
    await expect.poll(() => preview().getByRole("heading", { level: 1 }).textContent(), { timeout: 20_000 }).toBe($("h1").text());
    expect(await preview().locator(".article-body h2").allTextContents()).toEqual(
      $(".article-body h2")
        .map((_, h) => $(h).text())
        .get(),
    );
    await expect.poll(() => preview().locator(".help-box a[href^='tel:']").count(), { timeout: 10_000 }).toBe($(".help-box a[href^='tel:']").length);
  });

  it("saves a legacy-format post after a re-review without losing or changing any other field", async () => {
    const page = site.page();
    await openInAdmin(page, site.url("/admin/#/collections/posts/entries/2024-08-13-legacy-format-post"));
    const title = fieldBox(page, "title");
    await expect.poll(() => title.inputValue(), { timeout: 20_000 }).toBe("A Legacy-Format Post: Reading About Kratom and 7-OH");
    // Decap saves only a changed entry, so the editor does what a routine re-review does:
    // moves the review date. Everything else must come back as it was.
    await fieldBox(page, "lastReviewed").fill("2026-11-23");
    await save(page);
    const branch = "cms/posts/2024-08-13-legacy-format-post";
    await expect.poll(async () => (await decap.git("branch", "--list", branch)).trim(), { timeout: 15_000 }).toBe(branch);
    // The branch appears before decap-server has committed to it and checked main out again.
    await expect.poll(() => decap.git("status", "--porcelain"), { timeout: 15_000 }).toBe("");

    const before = readMarkdown(await readFile(path.join(decap.repoDir, LEGACY), "utf8"));
    const savedSource = await decap.git("show", `${branch}:${LEGACY}`);
    const after = readMarkdown(savedSource);
    expect(postSchema.parse(after.data)).toEqual({ ...postSchema.parse(before.data), lastReviewed: "2026-11-23" });
    expect(after.data.tags).toEqual(["Kratom", "Pain Relief", "Anxiety", "Energy", "Relaxation"]);
    expect(after.data.date).toBe("2024-08-13T18:03:57.617Z");
    expect(after.data.featuredimage).toBe("/img/forest-sunrise.jpg");
    expect(after.body.trim()).toBe(before.body.trim());
    // Exactly what Decap rewrites (quoting, folding, key order), kept stable by a snapshot.
    await expect(savedSource).toMatchFileSnapshot("__snapshots__/legacy-post-saved-by-decap.md");
  });

  it("blocks saving an article with an empty title, no date and a malformed reference address", async () => {
    const page = site.page();
    const before = await repositoryState();
    await openInAdmin(page, site.url("/admin/#/collections/posts/new"));
    await fieldBox(page, "description", "textarea").fill("Everything else is filled in, so only the three mistakes can stop the save.");
    await page.getByRole("button", { name: "Add references" }).click();
    await fieldBox(page, "url").fill("nida.nih.gov/research-topics/kratom");
    await fieldBox(page, "date").fill("");
    await save(page);
    await expect.poll(() => page.getByText("Oops, you've missed a required field").count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.getByText("must be a full https:// address").count()).toBeGreaterThan(0);
    expect(await page.getByText(/Title is required/i).count()).toBeGreaterThan(0);
    expect(await page.getByText(/Publish date is required/i).count()).toBeGreaterThan(0);
    expect(await repositoryState()).toBe(before);
    // decap-server checks a draft's branch out for a moment to read it (the legacy post's, here),
    // so the working tree is compared once it has settled back on main.
    await expect.poll(() => decap.git("status", "--porcelain"), { timeout: 15_000 }).toBe("");
  });
});

describe("an editor tidying the media library", () => {
  const deleteInMediaLibrary = async (page: Page, fileName: string) => {
    await page.getByRole("button", { name: "Media" }).click();
    await page.getByText(fileName, { exact: true }).click();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Delete selected" }).click();
  };

  it("cannot delete an image a published article shows: told which article, and nothing is deleted", async () => {
    const page = site.page();
    await openInAdmin(page, site.url("/admin/#/collections/posts"));
    const before = await repositoryState();
    await deleteInMediaLibrary(page, "kratom-leaves.jpg");
    // The live article and the legacy fixture post both show it.
    const toast = page.getByText(
      "Failed to delete media: kratom-leaves.jpg is shown by content/posts/2024-08-13-legacy-format-post.md, content/posts/2026-11-10-what-is-kratom.md; take it out of those entries first (nothing was deleted)",
    );
    await expect.poll(() => toast.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await repositoryState()).toBe(before);
    expect(existsSync(path.join(decap.repoDir, "static/img/kratom-leaves.jpg"))).toBe(true);
  });

  it("deletes an image nothing shows", async () => {
    const page = site.page();
    await openInAdmin(page, site.url("/admin/#/collections/posts"));
    await deleteInMediaLibrary(page, UNUSED_IMAGE);
    await expect.poll(() => existsSync(path.join(decap.repoDir, "static/img", UNUSED_IMAGE)), { timeout: 10_000 }).toBe(false);
    expect(await decap.git("ls-tree", "--name-only", LOCAL_CMS_BRANCH, "static/img/")).not.toContain(UNUSED_IMAGE);
  });
});

describe("an editor citing sources", () => {
  const sources = TEST_SOURCES.slice(0, 2);

  it("cites a source by picking it from a list: the citation lands at the cursor and the preview numbers it", async () => {
    const page = site.page();
    await openInAdmin(page, site.url("/admin/#/collections/posts/new"));
    for (const source of sources) await addReference(page, source);
    await typeBody(page, ["Kratom is a tree in the coffee family. It is sold as powder."]);
    // The list shows each source by title, with the number it will have once cited.
    const choices = () =>
      page
        .getByRole("combobox", { name: /Cite a reference/ })
        .locator("option")
        .allTextContents();
    expect(await choices()).toContain("not cited yet FDA and Kratom — U.S. Food and Drug Administration, 2025 (fda-2025)");
    const box = bodyBox(page);
    // The cursor just before the first full stop, as an editor clicks there.
    await box.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(element.value.indexOf("."), element.value.indexOf(".")));
    await citeReference(page, "fda-2025");
    await expect.poll(() => box.inputValue()).toBe("Kratom is a tree in the coffee family[@fda-2025]. It is sold as powder.\n");
    // The cursor stays after the citation, so a second pick follows the first.
    await citeReference(page, "nida-2024");
    await expect.poll(() => box.inputValue()).toBe("Kratom is a tree in the coffee family[@fda-2025][@nida-2024]. It is sold as powder.\n");
    await expect
      .poll(choices)
      .toEqual(["Choose the source…", "[2] Kratom — National Institute on Drug Abuse, 2024 (nida-2024)", "[1] FDA and Kratom — U.S. Food and Drug Administration, 2025 (fda-2025)"]);
    // Numbered in order of first use, whatever the list's order: the FDA page is [1], NIDA's [2].
    await expect.poll(() => preview().locator('.article-body a[href^="#ref-"]').allTextContents()).toEqual(["[1]", "[2]"]);
    expect(await preview().locator(".references li").allTextContents()).toEqual([expect.stringContaining("FDA and Kratom"), expect.stringContaining("Kratom. National Institute on Drug Abuse")]);
  });
});

describe("an editor adding a topic", () => {
  it("adds it under Settings → Topics, publishes it, and can then pick it for an article", async () => {
    const page = site.page();
    await openInAdmin(page, site.url("/admin/#/collections/settings/entries/topics"));
    await page.getByRole("button", { name: "Add topics" }).click();
    await newestFieldBox(page, "item", "textarea").fill("Harm reduction");
    await save(page);
    await expect.poll(async () => (await decap.git("branch", "--list", "cms/settings/topics")).trim(), { timeout: 15_000 }).toMatch("cms/settings/topics");
    await markReadyAndPublish(page);
    await expect.poll(() => decap.git("show", `${LOCAL_CMS_BRANCH}:content/settings/topics.yml`), { timeout: 15_000 }).toContain("- Harm reduction");
    await openInAdmin(page, site.url("/admin/#/collections/posts/new"));
    await pickTopics(page, ["Harm reduction", "Mental health"]);
    await expect.poll(() => preview().locator(".tag-list a").allTextContents()).toEqual(["Harm reduction", "Mental health"]);
  });
});

describe("an editor formatting text with the buttons", () => {
  it("makes a heading, a bulleted list, bold words and a link without typing Markdown", async () => {
    const page = site.page();
    await openInAdmin(page, site.url("/admin/#/collections/posts/new"));
    await typeBody(page, ["Where to start", "Call the helpline", "Ask a doctor", "Read the guide."]);
    const box = bodyBox(page);
    // Selects as an editor does, after the text box has settled: the selection must still be there a frame later.
    const selectText = (from: string, to = from) =>
      expect
        .poll(() =>
          box.evaluate(
            async (element: HTMLTextAreaElement, [start, end]) => {
              const range = [element.value.indexOf(start!), element.value.indexOf(end!) + end!.length] as const;
              element.setSelectionRange(...range);
              await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
              return element.selectionStart === range[0] && element.selectionEnd === range[1];
            },
            [from, to],
          ),
        )
        .toBe(true);
    // An editor sees each change before selecting the next words; a button puts the cursor back a frame after its edit.
    const press = async (name: string, shows: string) => {
      await page.getByRole("button", { name, exact: true }).click();
      await expect.poll(() => box.inputValue()).toContain(shows);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    };
    await selectText("Where to start");
    await press("Heading", "## Where to start");
    await selectText("Call the helpline", "Ask a doctor");
    await press("Bulleted list", "- Ask a doctor");
    await selectText("doctor");
    await press("Bold", "**doctor**");
    await selectText("the guide");
    page.once("dialog", (dialog) => void dialog.accept("https://findtreatment.gov/"));
    await press("Link", "[the guide]");
    await expect.poll(() => box.inputValue()).toBe("## Where to start\n\n- Call the helpline\n- Ask a **doctor**\n\nRead [the guide](https://findtreatment.gov/).\n");
    await expect.poll(() => preview().locator(".article-body h2").allTextContents()).toEqual(["Where to start"]);
    expect(await preview().locator(".article-body li").allTextContents()).toEqual(["Call the helpline", "Ask a doctor"]);
    expect(await preview().locator('.article-body a[href="https://findtreatment.gov/"]').textContent()).toBe("the guide");
  });
});

describe("an editor pasting from Word", () => {
  it("keeps the pasted headings, bullets and bold, in the text box and the preview", async () => {
    const page = site.page();
    await openInAdmin(page, site.url("/admin/#/collections/posts/new"));
    const box = bodyBox(page);
    await box.click();
    // What Word puts on the clipboard beside plain text: HTML, with its own styles and comments.
    const html =
      "<html><head><style>p.MsoNormal{margin:0}</style></head><body><!--StartFragment--><h2>Getting help</h2><p>Call <b>988</b> any time.</p><ul><li>Talk to your doctor.</li><li>Ask about treatment.</li></ul><!--EndFragment--></body></html>";
    await box.evaluate((element: HTMLTextAreaElement, clipboardHtml) => {
      const data = new DataTransfer();
      data.setData("text/html", clipboardHtml);
      data.setData("text/plain", "Getting help\nCall 988 any time.\nTalk to your doctor.\nAsk about treatment.");
      element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
    await expect.poll(() => box.inputValue()).toBe("## Getting help\n\nCall **988** any time.\n\n-   Talk to your doctor.\n-   Ask about treatment.");
    await expect.poll(() => preview().locator(".article-body h2").allTextContents()).toEqual(["Getting help"]);
    expect(await preview().locator(".article-body li").allTextContents()).toEqual(["Talk to your doctor.", "Ask about treatment."]);
    expect(await preview().locator(".article-body strong").allTextContents()).toEqual(["988"]);
  });
});

/** What the editor below writes into Ohio's record; the build after publishing shows it (last test of the file). */
const OHIO_UPDATE = {
  summary: "Test update, December 2026: an emergency rule listed 7-OH in Schedule I from Dec 12, 2025. We could not confirm what replaced it.",
  change: "Test change written in the admin: the board's notice was checked again.",
};

describe("an editor updating a state's law", () => {
  it("is told in the editor's words what the build would refuse, then saves, publishes, and the record on main changes", async () => {
    const page = site.page();
    await openInAdmin(page, site.url("/admin/#/collections/law/entries/ohio"));
    const summary = fieldBox(page, "summary", "textarea");
    await summary.fill("An emergency rule listed 7-OH. We could not confirm what replaced it.");
    // The same rule the build applies: an unconfirmed status must say as of when.
    await expect
      .poll(() => preview().locator(".entry-problems li").allTextContents(), { timeout: 10_000 })
      .toEqual(["summary: must say what is known and as of when (a year) when a status is unconfirmed"]);
    await summary.fill(OHIO_UPDATE.summary);
    await expect.poll(() => preview().locator(".entry-problems").count()).toBe(0);
    expect(await preview().locator("h1").textContent()).toBe("Is kratom legal in Ohio?");
    await page.getByRole("button", { name: "Add history" }).click();
    await newestFieldBox(page, "date").fill("2026-12-01");
    await newestFieldBox(page, "change", "textarea").fill(OHIO_UPDATE.change);
    await newestFieldBox(page, "source").fill("ohio-oac-4729-9-1-01-1");
    await expect.poll(() => preview().locator(".law-history li").last().textContent()).toContain(OHIO_UPDATE.change);
    await save(page);
    await expect.poll(async () => (await decap.git("branch", "--list", "cms/law/ohio")).trim(), { timeout: 15_000 }).toBe("cms/law/ohio");
    await markReadyAndPublish(page);
    await expect.poll(() => decap.git("show", `${PUBLISHED_BRANCH}:content/law/ohio.yml`), { timeout: 15_000 }).toContain(OHIO_UPDATE.change);
    expect(await decap.git("show", `${PUBLISHED_BRANCH}:content/law/ohio.yml`)).toContain("Test update, December 2026");
  });
});

describe("an editor publishes a new article with an uploaded image", () => {
  const article: NewArticle = {
    title: "Test article, written in the admin",
    date: "2026-11-23T09:30",
    lastReviewed: "2026-11-23",
    updated: "2026-11-23",
    reviewer: { name: "Example Reviewer (test data)", credential: "Example credential" },
    description: "Written by the browser test: every field filled in, one image uploaded, published through the workflow.",
    keyPoints: ["The first point has a comma, which must not split it.", "The second point is plain.", "The third point closes the list."],
    // A two-word topic keeps its space: picked from the site's topics, never typed.
    tags: "Safety, Mental health",
    featuredImageFile: "",
    featuredImageAlt: "A flat teal rectangle made by the test.",
    references: TEST_SOURCES,
    bodyLines: ["The body cites its sources [@nida-2024], [@fda-2025] and [@dea-2020].", "", "## A section heading", "", "A closing sentence."],
  };
  /** Put in with the body's Image button, from the picture uploaded as the featured image. */
  const bodyImage = { beforeText: "## A section heading", file: "admin-test-upload.jpg", alt: "The uploaded test image" };
  const expectedBody = "The body cites its sources [@nida-2024], [@fda-2025] and [@dea-2020].\n\n![The uploaded test image](/img/admin-test-upload.jpg)\n\n## A section heading\n\nA closing sentence.";
  const file = "content/posts/2026-11-23-test-article-written-in-the-admin.md";
  let built: string;
  let uploadDir = "";
  afterAll(async () => {
    if (uploadDir) await rm(uploadDir, { recursive: true, force: true });
  });

  beforeAll(async () => {
    const dir = (uploadDir = await mkdtemp(path.join(os.tmpdir(), "kf-upload-")));
    article.featuredImageFile = path.join(dir, "admin-test-upload.jpg");
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 20, g: 120, b: 110 } } })
      .jpeg()
      .toFile(article.featuredImageFile);
  });

  it("saves an unfinished draft, but refuses to publish what the build would refuse, naming every problem, and publishes nothing", async () => {
    const page = site.page();
    await openInAdmin(page, site.url("/admin/#/collections/posts/new"));
    // Every field valid as far as the form can tell, but a claim cites a source the list lacks
    // and the publish date has not come yet: the build would refuse both and publish nothing.
    await fillNewArticle(page, { ...article, date: "2099-01-01T09:30", bodyLines: ["A claim cites a source the list does not hold [@who-2021].", "", "## A section"] });
    const problems = preview().locator(".entry-problems li");
    await expect
      .poll(() => problems.allTextContents(), { timeout: 10_000 })
      .toEqual(["body: line 1 of the body: citation [@who-2021] names no reference (the keys are nida-2024, fda-2025, dea-2020)", expect.stringMatching(/^date: .* is in the future/)]);
    // A draft in the workflow may be unfinished (the README's rule for drafts): the save goes through.
    await save(page);
    const draftBranch = "cms/posts/2099-01-01-test-article-written-in-the-admin";
    await expect.poll(async () => (await decap.git("branch", "--list", draftBranch)).trim(), { timeout: 15_000 }).toMatch(draftBranch);
    const published = await decap.git("rev-parse", LOCAL_CMS_BRANCH);
    await markReadyAndPublish(page);
    const toast = page.getByText(/the site would refuse it \(2 problems; nothing was published\)/);
    await expect.poll(() => toast.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const message = await toast.first().textContent();
    expect(message).toContain("body: line 1 of the body: citation [@who-2021] names no reference (the keys are nida-2024, fda-2025, dea-2020)");
    expect(message).toMatch(/date: .* is in the future/);
    expect(await decap.git("rev-parse", LOCAL_CMS_BRANCH)).toBe(published);
    // The editor throws the draft away, through the workflow.
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Delete unpublished entry" }).click();
    await expect.poll(async () => (await decap.git("branch", "--list", draftBranch)).trim(), { timeout: 15_000 }).toBe("");
  });

  it("refuses to save what even a draft may not hold, naming it, and saves nothing", async () => {
    const page = site.page();
    const before = await repositoryState();
    await openInAdmin(page, site.url("/admin/#/collections/posts/new"));
    await fieldBox(page, "title").fill("A draft with an embedded frame");
    await fieldBox(page, "date").fill("2026-11-23T09:30");
    await fieldBox(page, "description", "textarea").fill("Raw HTML is refused in every body, draft or not.");
    await typeBody(page, ['<iframe src="https://example.org/"></iframe>']);
    // Saved once the preview has the body (as an editor sees it there), not while the form is still taking the keystrokes.
    await expect.poll(() => preview().locator(".entry-problems li").allTextContents(), { timeout: 10_000 }).toContainEqual(expect.stringContaining("raw HTML is not allowed"));
    await save(page);
    const toast = page.getByText(/the site would refuse it \(1 problem; nothing was saved\)/);
    await expect.poll(() => toast.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await toast.first().textContent()).toContain("raw HTML is not allowed, write Markdown instead");
    expect(await repositoryState()).toBe(before);
  });

  it("refuses an image over the upload limit at once, saying so, and uploads nothing", async () => {
    const page = site.page();
    const before = await repositoryState();
    await openInAdmin(page, site.url("/admin/#/collections/posts/new"));
    const tooLarge = path.join(path.dirname(article.featuredImageFile), "phone-photo-9mb.jpg");
    await writeFile(tooLarge, Buffer.alloc(MAX_UPLOAD_BYTES + 1_000_000));
    const alert = new Promise<string>((resolve) => page.once("dialog", (dialog) => void dialog.accept().then(() => resolve(dialog.message()))));
    await page.getByRole("button", { name: "Choose an image" }).click();
    await page.locator("input[type=file]").setInputFiles(tooLarge);
    expect(await alert).toBe(`File too large.\nConfigured to not allow files greater than ${MAX_UPLOAD_BYTES / 1000} kB.`);
    expect(await page.getByText("phone-photo-9mb.jpg").count()).toBe(0);
    expect(await repositoryState()).toBe(before);
  });

  it("fills every field, saves a draft, marks it ready and publishes it to main", async () => {
    const page = site.page();
    await openInAdmin(page, site.url("/admin/#/collections/posts/new"));
    await fillNewArticle(page, article);
    await insertBodyImage(page, bodyImage);
    await expect.poll(() => bodyBox(page).inputValue()).toBe(`${expectedBody}\n`);
    await expect.poll(() => preview().locator(".article-body img").getAttribute("alt")).toBe(bodyImage.alt);
    await expect.poll(() => preview().locator(".key-points li").allTextContents()).toEqual(article.keyPoints);
    await save(page);
    await expect.poll(async () => (await decap.git("branch", "--list")).includes("cms/posts/2026-11-23-test-article-written-in-the-admin"), { timeout: 15_000 }).toBe(true);
    await markReadyAndPublish(page);
    await expect.poll(async () => (await decap.git("branch", "--list")).includes("test-article-written-in-the-admin"), { timeout: 15_000 }).toBe(false);
    // Published on the admin's own branch, then shown on main (the branch the local site reads) by fast-forward.
    await expect.poll(() => decap.git("log", "-1", "--format=%s", "main"), { timeout: 5_000 }).toMatch(/test-article-written-in-the-admin|Test article/i);
    expect(await decap.git("rev-parse", PUBLISHED_BRANCH)).toBe(await decap.git("rev-parse", LOCAL_CMS_BRANCH));
    expect(await decap.git("status", "--porcelain")).toBe("");
    expect((await readdir(path.join(decap.repoDir, "static/img"))).includes("admin-test-upload.jpg")).toBe(true);
  });

  it("wrote the Markdown file with every field as typed and the body", async () => {
    const absolute = path.join(decap.repoDir, file);
    const { data, body } = readMarkdown(await readFile(absolute, "utf8"));
    expect(data).toMatchObject({
      templateKey: "blog-post",
      title: article.title,
      lastReviewed: "2026-11-23",
      updated: "2026-11-23",
      reviewedBy: article.reviewer,
      description: article.description,
      keyPoints: article.keyPoints,
      tags: ["Safety", "Mental health"],
      featuredpost: true,
      featuredimage: "/img/admin-test-upload.jpg",
      featuredimagealt: article.featuredImageAlt,
      references: article.references.map((reference) => ({ ...reference, year: Number(reference.year) })),
    });
    expect(new Date(String(data.date)).getTime()).toBe(new Date(article.date).getTime());
    expect(body.trim()).toBe(expectedBody);
  });

  it("is on the home page, its tag page and the blog index after the next build, beside the state page the editor updated", { timeout: 300_000 }, async () => {
    expect(existsSync(path.join(decap.repoDir, file)), "the published file (see the tests above)").toBe(true);
    // In a copy of the project: the test never writes the working tree's .cache/ or public/.
    const project = await scratchProject();
    onTestFinished(() => rm(project, { recursive: true, force: true }));
    const result = await runGatsbyBuild({
      projectDir: project,
      contentDir: path.join(decap.repoDir, "content"),
      env: { ADMIN: "off", SITE_URL: siteUrl, MEDIA_DIR: path.join(decap.repoDir, "static/img"), LAW_DIR: path.join(decap.repoDir, "content/law") },
    });
    expect(result.code, result.output.slice(-3000)).toBe(0);
    built = path.join(project, "public");
    const postPath = "/blog/test-article-written-in-the-admin/";
    for (const listing of ["/", "/blog/", "/tags/mental-health/", "/tags/safety/"]) {
      const $ = builtPage(built, listing);
      expect($(`a[href="${postPath}"]`).length, listing).toBeGreaterThan(0);
    }
    const $ = builtPage(built, postPath);
    expect($("h1").text()).toBe(article.title);
    expect($(".article-header picture source[type='image/avif']").length).toBe(1);
    expect($(".article-header img[alt]:not([aria-hidden])").first().attr("alt")).toBe(article.featuredImageAlt);
    expect($(".article-body img[alt='The uploaded test image']").attr("src")).toMatch(/^\/static\/.+\/admin-test-upload\.jpg$/);
    // The state the editor updated above shows its new summary and history entry.
    const ohio = builtPage(built, "/law/ohio/");
    expect(ohio(".law-summary").text()).toBe(OHIO_UPDATE.summary);
    expect(ohio(".law-history li").last().text()).toContain(OHIO_UPDATE.change);
  });
});
