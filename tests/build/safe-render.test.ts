import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type CheerioAPI, load } from "cheerio";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, inject, it } from "vitest";
import { readMarkdown } from "../../src/content/front-matter";
import { postPath, slugFromFileName, tagPath } from "../../src/content/paths";
import { jsonLd } from "../support/article-checks";
import { builtPage } from "../support/html";

/**
 * The real build of tests/fixtures/safe-render: valid posts whose text is hostile or unusual
 * (docs/bad-input-corpus.md). Each must become a page, and its text must reach the reader as
 * text: no element, attribute or script of its own.
 */
const { safeRenderDir: siteDir, siteUrl } = inject("sites");
const postsDir = "tests/fixtures/safe-render/posts";

interface FrontMatterText {
  title: string;
  description: string;
  tags?: string[];
  keyPoints: string[];
  references: Array<{ title: string; publisher: string; url: string }>;
  reviewedBy?: { name: string; credential: string };
  featuredimagealt?: string;
}

const posts = readdirSync(postsDir)
  .filter((name) => name.endsWith(".md"))
  .sort()
  .map((name) => {
    const { data, body } = readMarkdown(readFileSync(path.join(postsDir, name), "utf8"));
    return { name, path: postPath(slugFromFileName(name)), text: data as unknown as FrontMatterText, body };
  });
const post = (name: string) => posts.find((candidate) => candidate.name === name)!;

/** Every page the build wrote; Gatsby leaves the folders of pages it no longer builds, so only folders with a page count. */
function builtPages(dir: string, urlPath = "/"): string[] {
  const here = existsSync(path.join(dir, urlPath, "index.html")) ? [urlPath] : [];
  const folders = readdirSync(path.join(dir, urlPath), { withFileTypes: true }).filter((entry) => entry.isDirectory() && !["static", "page-data", "img", "~partytown"].includes(entry.name));
  return [...here, ...folders.flatMap((entry) => builtPages(dir, `${urlPath}${entry.name}/`))];
}

/** Markup that could only have come from a post's text: event handlers, script, frames, styles, script links. */
function injectedMarkup($: CheerioAPI): string[] {
  const found: string[] = [];
  $("*").each((_, element) => {
    for (const [name, value] of Object.entries($(element).attr() ?? {})) {
      if (name.startsWith("on") || /^\s*javascript:/i.test(value)) found.push(`<${$(element).prop("tagName")} ${name}="${value}">`);
    }
  });
  $("script:not([type='application/ld+json'])").each((_, script) => {
    if ($(script).text().includes("alert(")) found.push(`<script>${$(script).text().slice(0, 60)}`);
  });
  $("style").each((_, style) => {
    if (/kf-injected|color:red/.test($(style).text())) found.push(`<style>${$(style).text().slice(0, 60)}`);
  });
  $("iframe, object, embed, img[src='x']").each((_, element) => {
    found.push(`<${$(element).prop("tagName")}>`);
  });
  return found;
}

const texts = ($: CheerioAPI, selector: string) =>
  $(selector)
    .map((_, element) => $(element).text())
    .get();

describe("the safe-render build", () => {
  const builtPostPages = builtPages(siteDir).filter((page) => /^\/blog\/(?!\d+\/)[^/]+\/$/.test(page));

  it("makes one page per post: posts in = pages out", () => {
    expect(posts.length).toBeGreaterThanOrEqual(5);
    expect(builtPostPages.sort()).toEqual(posts.map((candidate) => candidate.path).sort());
    expect(builtPage(siteDir, "/blog/")(".post-card")).toHaveLength(posts.length);
  });

  it("has no markup from any post's text on any page", () => {
    for (const page of builtPages(siteDir)) {
      expect(injectedMarkup(builtPage(siteDir, page)), page).toEqual([]);
    }
  });
});

describe.each(["2024-02-04-script-in-every-text-field.md", "2024-02-05-html-in-every-text-field.md"])("%s", (name) => {
  const { path: urlPath, text } = post(name);
  const $ = builtPage(siteDir, urlPath);

  it("shows its title, description, tags and key points as the text the editor wrote", () => {
    expect($("main h1").text()).toBe(text.title);
    expect($(".article-description").text()).toBe(text.description);
    expect(texts($, ".article-header .tag-list a")).toEqual(text.tags);
    expect(texts($, ".key-points li")).toEqual(text.keyPoints);
  });

  it("shows its reviewer and references as text, and links the reference address it was given", () => {
    expect($(".article-review").text()).toBe(`Reviewed by ${text.reviewedBy!.name}, ${text.reviewedBy!.credential}.`);
    expect(texts($, ".references cite")).toEqual(text.references.map((reference) => reference.title));
    const first = $(".references li").first();
    expect(first.text()).toContain(text.references[0]!.publisher);
    expect(first.find("a").attr("href")).toBe(text.references[0]!.url);
    expect(first.find("a").text()).toBe(text.references[0]!.url);
  });

  it("keeps its image description inside the alt attribute", () => {
    expect($(".article-image img").attr("alt")).toBe(text.featuredimagealt);
  });

  it("puts its title and description in the head as text", () => {
    expect($("head title").text()).toBe(`${text.title} | Kratom Facts`);
    expect($('head meta[name="description"]').attr("content")).toBe(text.description);
  });

  it("cannot close its JSON-LD script: the data parses and holds the text", () => {
    expect($('script[type="application/ld+json"]').html()).not.toContain("</");
    expect(jsonLd($)).toMatchObject({ headline: text.title, description: text.description });
    // The named reviewer reaches search engines as the text the page shows.
    expect(jsonLd($, "MedicalWebPage").reviewedBy).toEqual({ "@type": "Person", name: text.reviewedBy!.name, honorificSuffix: text.reviewedBy!.credential });
  });

  it("shows its title and description as text in the blog list and the tag page", () => {
    const list = builtPage(siteDir, "/blog/");
    const card = list(".post-card").filter((_, element) => list(element).find(".title a").attr("href") === urlPath);
    expect(card.find(".title").text()).toBe(text.title);
    expect(card.find("p").last().text()).toBe(text.description);
    for (const tag of text.tags ?? []) expect(builtPage(siteDir, tagPath(tag))("main h1").text()).toBe(tag);
  });

  it("reaches feed readers as text: the item's HTML description has no element in it", () => {
    const xml = new XMLParser({ isArray: (tag) => tag === "item" }).parse(readFileSync(path.join(siteDir, "rss.xml"), "utf8"));
    const item = (xml.rss.channel.item as Array<{ link: string; title: string; description: string }>).find((candidate) => candidate.link === `${siteUrl}${urlPath}`)!;
    expect(item.title).toBe(text.title);
    const description = load(item.description, null, false);
    expect(description.text()).toBe(text.description);
    expect(description("*")).toHaveLength(0);
  });
});

describe("a post whose body writes script as code", () => {
  const $ = builtPage(siteDir, post("2024-02-04-script-in-every-text-field.md").path);

  it("shows it as code and text, never as an element", () => {
    expect($(".article-body p code").text()).toBe('<script>alert("code span")</script>');
    expect($(".article-body pre code").text().trim()).toBe('<script>alert("code block")</script>');
    expect($(".article-body").text()).toContain('An escaped <script>alert("entity")</script> is text too.');
    expect($(".article-body script")).toHaveLength(0);
  });
});

describe("a post in emoji and right-to-left text", () => {
  const { path: urlPath, text } = post("2024-02-01-emoji-and-right-to-left-text.md");
  const $ = builtPage(siteDir, urlPath);

  it("keeps every code point of its title, description and key points", () => {
    expect($("main h1").text()).toBe(text.title);
    expect($("head title").text()).toBe(`${text.title} | Kratom Facts`);
    expect($(".article-description").text()).toBe(text.description);
    expect(texts($, ".key-points li")).toEqual(text.keyPoints);
  });

  it("keeps its Hebrew and Arabic paragraphs whole", () => {
    expect(texts($, ".article-body p")).toEqual(["A paragraph in English with an emoji 🌿 in it.", "פסקה בעברית: זהו טקסט לדוגמה בלבד.", "فقرة بالعربية: هذا نص تجريبي فقط."]);
  });

  it("links an emoji tag by its words", () => {
    expect($(".article-header .tag-list a").first().text()).toBe("🌿 Botany");
    expect($(".article-header .tag-list a").first().attr("href")).toBe("/tags/botany/");
  });
});

describe("a post saved with Windows line ends", () => {
  const { path: urlPath } = post("2024-02-02-windows-line-ends.md");
  const $ = builtPage(siteDir, urlPath);

  it("renders its paragraphs and its folded description", () => {
    expect(texts($, ".article-body p").map((paragraph) => paragraph.replace(/\s+/g, " "))).toEqual([
      "The first paragraph of a file saved with Windows line ends.",
      "The second paragraph, written over two lines.",
      "The third paragraph [1].",
    ]);
    expect($(".article-description").text().trim()).toBe("Every line of this file ends in a carriage return and a line feed, as editors on Windows save them.");
  });
});

describe("a post that starts with a byte order mark", () => {
  const { path: urlPath } = post("2024-02-03-byte-order-mark.md");
  const $ = builtPage(siteDir, urlPath);

  it("renders with its title and body, the mark nowhere", () => {
    expect($("main h1").text()).toBe("A file that starts with a byte order mark");
    expect($(".article-body").text().trim()).toBe("The byte order mark is dropped with the rest of the file's encoding details.");
    expect($.html()).not.toContain("\uFEFF");
  });
});

describe("a post that uses every Markdown construct the renderer knows", () => {
  const { path: urlPath, body } = post("2024-02-06-every-markdown-construct.md");
  const $ = builtPage(siteDir, urlPath);
  const article = $(".article-body");

  it("renders its table, footnotes, task list, struck-out words, quote and code", () => {
    expect(
      article
        .find("table th")
        .map((_, cell) => $(cell).text())
        .get(),
    ).toEqual(["Product form", "What the label may leave out"]);
    expect(article.find("table tbody tr")).toHaveLength(2);
    expect(article.find(".footnotes li")).toHaveLength(2);
    expect(article.find(".footnotes").text()).toContain("The footnote's text, with a link.");
    expect(article.find("input[type=checkbox]")).toHaveLength(2);
    expect(article.find("del").text()).toBe("struck-out words");
    expect(article.find("blockquote").text().trim()).toBe("A quoted sentence.");
    expect(article.find("ol[start='3'] li")).toHaveLength(2);
  });

  it("keeps its HTML comments out of the text a reader sees (and the build does not crash on them)", () => {
    expect(body).toContain("<!--");
    expect(article.text()).not.toContain("editor's note");
    expect(article.text()).not.toContain("several lines");
  });
});
