import { fleschKincaid } from "flesch-kincaid";
import type { Nodes as MdastNodes } from "mdast";
import { parseBody } from "./markdown-dialect";
import type { Nodes as NlcstNode, Root as NlcstRoot } from "nlcst";
import retextEnglish from "retext-english";
import { syllable } from "syllable";
import { unified } from "unified";
import { visit } from "unist-util-visit";

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch-Kincaid grade level: the US school grade that can read the text. */
  grade: number;
}

/** The strictest grade a reader in trouble should meet (emergency steps); article bodies may reach ARTICLE_GRADE_LIMIT. */
export const EMERGENCY_GRADE_LIMIT = 7;
export const ARTICLE_GRADE_LIMIT = 9;

const english = unified().use(retextEnglish);

// Prose repeats its words: counting each distinct word's syllables once is most of a body's cost saved.
const syllablesOfWord = new Map<string, number>();
const SYLLABLE_CACHE_LIMIT = 100_000;

function syllablesOf(word: string): number {
  let count = syllablesOfWord.get(word);
  if (count === undefined) {
    count = Math.max(1, syllable(word));
    if (syllablesOfWord.size >= SYLLABLE_CACHE_LIMIT) syllablesOfWord.clear();
    syllablesOfWord.set(word, count);
  }
  return count;
}

/** Counts sentences, words and syllables the way retext (unified's prose parser) splits English. */
export function readabilityOf(text: string): Readability {
  const tree = english.parse(text) as NlcstRoot;
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  const pending: NlcstNode[] = [tree];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.type === "SentenceNode") sentences += 1;
    if (node.type === "WordNode") {
      const word = node.children.map((child) => ("value" in child ? child.value : "")).join("");
      // Figures ("2016", "1.4") are read as words but have no syllables to count; skip them.
      if (/[a-z]/i.test(word)) {
        words += 1;
        syllables += syllablesOf(word);
      }
    } else if ("children" in node) {
      pending.push(...node.children);
    }
  }
  const grade = sentences === 0 || words === 0 ? 0 : fleschKincaid({ sentence: sentences, word: words, syllable: syllables });
  return { sentences, words, syllables, grade: Math.round(grade * 10) / 10 };
}

/** Citation links ("[2]") are read as a number, not prose. */
const isCitation = (url: string) => url.startsWith("#ref-");

/**
 * The prose of a Markdown body: each paragraph (list items and quotes included) as its own
 * paragraph of text. Headings are left out: they are labels, not sentences, and joined to the
 * next paragraph they would make one long sentence of it.
 */
export function proseOf(markdown: string): string {
  const paragraphs: string[] = [];
  visit(parseBody(markdown), "paragraph", (paragraph) => {
    const parts: string[] = [];
    visit(paragraph, (node: MdastNodes) => {
      if (node.type === "link" && isCitation(node.url)) return "skip";
      if (node.type === "text" || node.type === "inlineCode") parts.push(node.value);
      return undefined;
    });
    const text = parts.join("").replace(/\s+/g, " ").trim();
    if (text !== "") paragraphs.push(text);
    return "skip";
  });
  return paragraphs.join("\n\n");
}

export function bodyReadability(markdown: string): Readability {
  return readabilityOf(proseOf(markdown));
}
