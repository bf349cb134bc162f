import { fromMarkdown } from "mdast-util-from-markdown";
import type { Nodes } from "mdast";
import { visit } from "unist-util-visit";

export interface BodyReferences {
  /** Every image URL the body shows, including reference-style images. */
  images: string[];
  /** Citation numbers from links like [[2]](#ref-2), in order of appearance. */
  citations: number[];
  /** Raw HTML the body contains (comments aside): never rendered, the build refuses it. */
  rawHtml: Array<{ line: number; html: string }>;
  /** Links and images whose address could run code or leave the web (javascript:, data:, …). */
  unsafeUrls: Array<{ line: number; url: string }>;
}

const CITATION = /^#ref-(\d+)$/;
const HTML_COMMENT = /^<!--[\s\S]*-->$/;
/** A scheme ("javascript:", "data:"); addresses without one are relative and safe. */
const SCHEME = /^\s*([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(["http", "https", "mailto", "tel", "sms"]);

function isUnsafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const scheme = SCHEME.exec(url.replace(/[\u0000-\u0020]/g, ""));
  return scheme !== null && !SAFE_SCHEMES.has(scheme[1]!.toLowerCase());
}

const lineOf = (node: Nodes) => node.position?.start.line ?? 0;

/** What a Markdown body points at and contains: images, citations, raw HTML and unsafe links. */
export function bodyReferences(markdown: string): BodyReferences {
  const found: BodyReferences = { images: [], citations: [], rawHtml: [], unsafeUrls: [] };
  // Images start with "![", links contain "](" or "]:", HTML and autolinks "<": skip the parse otherwise.
  if (!/!\[|\]\(|\]:|<|#ref-/.test(markdown)) return found;
  const tree = fromMarkdown(markdown);
  const definitions = new Map<string, string>();
  visit(tree, "definition", (node) => {
    definitions.set(node.identifier, node.url);
  });
  visit(tree, (node: Nodes) => {
    if (node.type === "image") found.images.push(node.url);
    if (node.type === "imageReference") {
      const url = definitions.get(node.identifier);
      if (url !== undefined) found.images.push(url);
    }
    if (node.type === "link") {
      const match = CITATION.exec(node.url);
      if (match) found.citations.push(Number(match[1]));
    }
    if ((node.type === "link" || node.type === "image" || node.type === "definition") && isUnsafeUrl(node.url)) {
      found.unsafeUrls.push({ line: lineOf(node), url: node.url });
    }
    if (node.type === "html" && !HTML_COMMENT.test(node.value.trim())) {
      found.rawHtml.push({ line: lineOf(node), html: node.value.trim().slice(0, 60) });
    }
  });
  return found;
}
