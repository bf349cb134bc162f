import type { Root } from "mdast";
import remark from "remark";
import remarkFootnotes from "remark-footnotes";
import remarkGfm from "remark-gfm";

/**
 * The Markdown dialect pages are rendered in: gatsby-transformer-remark's own parser (remark 13
 * with remark-gfm 1 and remark-footnotes 3, inline notes on), set up as the transformer sets it
 * up. Every check of a body and every list made from one (citations, images, headings, prose)
 * reads this tree, so no check can see a different document from the one readers get. The
 * package versions are pinned to the transformer's and a test proves they are the same modules.
 */
// The plugins' types name a newer unified than remark 13's; at run time they are the versions remark 13 takes.
type Remark13 = ReturnType<typeof remark>;
type Remark13Plugin = Extract<Parameters<Remark13["use"]>[0], (...args: never[]) => unknown>;
const processor = remark()
  .use(remarkGfm as unknown as Remark13Plugin)
  .use(remarkFootnotes as unknown as Remark13Plugin, { inlineNotes: true });

let last: { markdown: string; tree: Root } | null = null;

/**
 * The body as the site renders it, with positions (line numbers for messages). The checks of
 * one file read its body one after another, so the last tree is kept: one parse per body.
 * Callers only read the tree.
 */
export function parseBody(markdown: string): Root {
  if (last?.markdown !== markdown) {
    // remark 13's tree has the mdast shape these types describe; its own types are older.
    last = { markdown, tree: processor.parse(markdown) as unknown as Root };
  }
  return last.tree;
}

/** The packages behind the dialect, for the test that compares them with the transformer's. */
export const DIALECT_PACKAGES = ["remark", "remark-gfm", "remark-footnotes"] as const;
