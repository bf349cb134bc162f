import { fromMarkdown } from "mdast-util-from-markdown";
import { visit } from "unist-util-visit";

export interface BodyReferences {
  /** Every image URL the body shows, including reference-style images. */
  images: string[];
  /** Citation numbers from links like [[2]](#ref-2), in order of appearance. */
  citations: number[];
}

const CITATION = /^#ref-(\d+)$/;

/** What a Markdown body points at: its images and its citations of the reference list. */
export function bodyReferences(markdown: string): BodyReferences {
  // Every image starts with "![" and every citation links to "#ref-": skip the parse otherwise.
  if (!markdown.includes("![") && !markdown.includes("#ref-")) return { images: [], citations: [] };
  const tree = fromMarkdown(markdown);
  const definitions = new Map<string, string>();
  visit(tree, "definition", (node) => {
    definitions.set(node.identifier, node.url);
  });
  const images: string[] = [];
  const citations: number[] = [];
  visit(tree, (node) => {
    if (node.type === "image") images.push(node.url);
    if (node.type === "imageReference") {
      const url = definitions.get(node.identifier);
      if (url !== undefined) images.push(url);
    }
    if (node.type === "link") {
      const match = CITATION.exec(node.url);
      if (match) citations.push(Number(match[1]));
    }
  });
  return { images, citations };
}
