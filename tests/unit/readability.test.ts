import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Root } from "nlcst";
import retextEnglish from "retext-english";
import { syllable } from "syllable";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { readMarkdown } from "../../src/content/front-matter";
import { bodyReadability, proseOf, readabilityOf } from "../../src/content/readability";

/** The counts the plain way: every node visited, every word's syllables counted afresh. */
function countedAfresh(text: string): { sentences: number; words: number; syllables: number } {
  const counts = { sentences: 0, words: 0, syllables: 0 };
  visit(unified().use(retextEnglish).parse(text) as Root, (node) => {
    if (node.type === "SentenceNode") counts.sentences += 1;
    if (node.type !== "WordNode") return;
    const word = node.children.map((child) => ("value" in child ? child.value : "")).join("");
    if (!/[a-z]/i.test(word)) return;
    counts.words += 1;
    counts.syllables += Math.max(1, syllable(word));
  });
  return counts;
}

describe("reading grade", () => {
  it("rates short sentences of short words as easy and long ones full of jargon as hard", () => {
    const easy = readabilityOf("Call 911. Give naloxone now. Stay with them. Help is on the way.");
    const hard = readabilityOf(
      "Pharmacokinetic interactions attributable to cytochrome P450 inhibition by mitragynine may substantially increase systemic exposure to concomitantly administered substrates, particularly benzodiazepines metabolized predominantly through hepatic oxidation.",
    );
    expect(easy.grade).toBeLessThan(3);
    expect(hard.grade).toBeGreaterThan(18);
  });

  it("reads a body's paragraphs and list items, not its headings, citation numbers or link addresses", () => {
    const body = "## A heading without a full stop\n\nKratom is a tree [[1]](#ref-1).\n\n- It grows in Asia.\n- See [the agency](https://www.fda.gov/) page.\n";
    expect(proseOf(body)).toBe("Kratom is a tree .\n\nIt grows in Asia.\n\nSee the agency page.");
    expect(bodyReadability(body).sentences).toBe(3);
  });

  it("counts words, not figures", () => {
    expect(readabilityOf("In 2016 there were 152 deaths.").words).toBe(4);
  });

  it("counts every live article exactly as counting each word afresh would", async () => {
    const files = (await readdir("content/posts")).filter((name) => name.endsWith(".md"));
    for (const name of files) {
      const prose = proseOf(readMarkdown(await readFile(path.join("content/posts", name), "utf8")).body);
      const { grade, ...counts } = readabilityOf(prose);
      expect(counts, name).toEqual(countedAfresh(prose));
      expect(grade, name).toBeGreaterThan(0);
    }
  });
});
