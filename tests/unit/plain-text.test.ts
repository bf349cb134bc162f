import { describe, expect, it } from "vitest";
import { postSchema } from "../../src/content/model";
import { hasNoHtmlCode, htmlCodeMessage } from "../../src/content/plain-text";

/**
 * Front-matter text reaches the page through React, which escapes it, and the JSON-LD script,
 * which Gatsby's <head> rendering entity-decodes. So the one way front-matter text could become
 * markup is an HTML code; each form a browser would decode is refused.
 */
describe("an HTML code in front-matter text", () => {
  it.each([
    ["a named code", "&lt;/script&gt;", "&lt;"],
    ["a named code in capitals", "&LT;/script&GT;", "&LT;"],
    ["a named code without its semicolon, which HTML still decodes", "&lt/script&gt", "&lt"],
    ["a decimal code", "&#60;/script&#62;", "&#60;"],
    ["a decimal code with leading zeros and no semicolon", "&#0060/script", "&#0060"],
    ["a hexadecimal code", "&#x3C;/script&#x3E;", "&#x3C;"],
    ["a typographic code pasted from a web page", "Kratom&nbsp;facts", "&nbsp;"],
    ["an escaped ampersand", "AT&amp;T", "&amp;"],
  ])("is refused: %s", (_, text, code) => {
    expect(hasNoHtmlCode(text)).toBe(false);
    expect(htmlCodeMessage(text)).toBe(`contains ${JSON.stringify(code)}, an HTML code; this field is plain text, so write the character itself`);
  });

  it.each([["R&D"], ["Q & A"], ["Tom & Jerry's"], ["https://pubmed.ncbi.nlm.nih.gov/?term=kratom&sort=date"], ["<script>alert(1)</script>"], ["a & b; c"]])(
    "is not %s, which is plain text",
    (text) => {
      expect(hasNoHtmlCode(text)).toBe(true);
    },
  );

  it("is refused in every text field of a post, naming the field", () => {
    const code = "&lt;b&gt;";
    const result = postSchema.safeParse({
      templateKey: "blog-post",
      title: code,
      date: "2024-08-01",
      lastReviewed: "2024-08-01",
      description: code,
      keyPoints: [code, "b", "c"],
      tags: [code],
      featuredimagealt: code,
      reviewedBy: { name: code, credential: code },
      references: [
        { id: "source-1", title: code, publisher: code, year: 2024, url: `https://example.org/${code}` },
        ...[2, 3].map((n) => ({ id: `source-${n}`, title: "t", publisher: "p", year: 2024, url: "https://example.org/" })),
      ],
    });
    const fields = result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
    expect(fields.sort()).toEqual(
      ["title", "description", "keyPoints.0", "tags.0", "featuredimagealt", "reviewedBy.name", "reviewedBy.credential", "references.0.title", "references.0.publisher", "references.0.url"].sort(),
    );
  });
});

describe("a direction override in front-matter text", () => {
  const post = (title: string) =>
    postSchema.safeParse({
      templateKey: "blog-post",
      title,
      date: "2024-08-01",
      description: "A description.",
      lastReviewed: "2024-08-01",
      keyPoints: ["One.", "Two.", "Three."],
      references: [1, 2, 3].map((n) => ({ id: `source-${n}`, title: `Source ${n}`, publisher: "Publisher", year: 2024, url: `https://example.org/${n}` })),
    });

  it("is refused, since the title would read differently from what it says", () => {
    const result = post("Kratom \u202Eseitreporp\u202C facts");
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)).toEqual([
      "title: contains a character that reverses the direction of the text after it (U+202A–U+202E); remove it",
    ]);
  });

  it("is not confused with right-to-left writing, which stays allowed", () => {
    expect(post("קראטום: עובדות ומקורות").success).toBe(true);
  });
});
