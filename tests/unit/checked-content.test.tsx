import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { PreviewTemplateComponentProps } from "decap-cms-core";
import { fromJS } from "immutable";
import { renderToStaticMarkup } from "react-dom/server";
import { type CheerioAPI, load } from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleContent } from "../../src/build/content-nodes";
import { readMarkdownNode } from "../../src/checks/markdown-file";
import { PostPreview } from "../../src/cms/previews";
import { markdownNodeFromFile } from "../support/markdown-node";

/** A post as an editor might leave it: padded text, one tag in two spellings, no nextReview, no featuredpost. */
const FRONT_MATTER = {
  templateKey: "blog-post",
  title: "  Kratom and the liver  ",
  date: "2026-11-02",
  lastReviewed: "2026-11-20",
  description: "What case reports say about liver injury.  ",
  tags: ["Law", "Pain", "pain"],
  keyPoints: ["First point.", "Second point.", "Third point."],
  references: [1, 2, 3].map((n) => ({ id: `nih-${n}`, title: `Source ${n}`, publisher: "NIH", year: 2024, url: `https://example.org/${n}` })),
};
const BODY = "Intro [@nih-1] [@nih-2] [@nih-3].\n\n## What the cases show\n\nText.\n\n## What it means?\n\nText.\n\n## What the cases show\n\nAgain.\n";

function yaml(value: unknown, indent = ""): string {
  return JSON.stringify(value, null, 2)
    .split("\n")
    .map((line) => indent + line)
    .join("\n");
}

let article: ArticleContent;
let scratch = "";
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

beforeAll(async () => {
  const dir = (scratch = await mkdtemp(path.join(os.tmpdir(), "kf-checked-")));
  const file = path.join(dir, "2026-11-02-kratom-and-the-liver.md");
  // JSON is YAML: the front-matter exactly as the object says.
  await writeFile(file, `---\n${yaml(FRONT_MATTER)}\n---\n${BODY}`);
  const read = readMarkdownNode(markdownNodeFromFile(file), true);
  expect(read.fields.problems).toEqual([]);
  article = read.content as ArticleContent;
});

describe("the Article node pages query is the checked value", () => {
  it("holds the model's trimmed text and defaults, not the raw front-matter", () => {
    expect(article.title).toBe("Kratom and the liver");
    expect(article.description).toBe("What case reports say about liver injury.");
    expect(article.featuredpost).toBe(false);
    expect(article.corrections).toEqual([]);
  });

  it("merges tags that differ only in case and links each once", () => {
    expect(article.tags.map((tag) => tag.path)).toEqual(["/tags/law/", "/tags/pain/"]);
  });

  it("fills an empty nextReview with the latest the model allows (3 months for Law)", () => {
    expect(article.nextReview).toBe("2027-02-20");
  });

  it("lists level-2 sections with GitHub-style ids, repeats numbered", () => {
    expect(article.sections).toEqual([
      { id: "what-the-cases-show", title: "What the cases show" },
      { id: "what-it-means", title: "What it means?" },
      { id: "what-the-cases-show-1", title: "What the cases show" },
    ]);
  });
});

function previewOf(data: Record<string, unknown>): CheerioAPI {
  const props = {
    entry: fromJS({ data }),
    widgetFor: () => null,
    getAsset: (asset: string) => ({ url: asset, path: asset, toString: () => asset }),
    // The help strip's settings never arrive here: the article itself is under test.
    getCollection: () => new Promise<never>(() => {}),
  } as unknown as PreviewTemplateComponentProps;
  return load(renderToStaticMarkup(<PostPreview {...props} />));
}

describe("the admin preview maps an entry exactly as the build does", () => {
  it("shows the same title, tags, review dates and contents list as the Article node", () => {
    const $ = previewOf({ ...FRONT_MATTER, body: BODY });
    expect($("h1").text()).toBe(article.title);
    expect(
      $(".article-header a[href^='/tags/']")
        .map((_, a) => $(a).attr("href"))
        .get(),
    ).toEqual(article.tags.map((tag) => tag.path));
    expect(
      $("nav.table-of-contents a")
        .map((_, a) => $(a).attr("href"))
        .get(),
    ).toEqual(article.sections.map((section) => `#${section.id}`));
    expect($(".article-meta").text()).toContain("Next review due February 20, 2027");
  });

  it("says an entry has no date yet instead of showing today's", () => {
    const { date: _date, ...undated } = FRONT_MATTER;
    const meta = previewOf({ ...undated, body: BODY })(".article-meta").text();
    expect(meta).toContain("Not dated yet");
    expect(meta).not.toContain("Published");
  });
});
