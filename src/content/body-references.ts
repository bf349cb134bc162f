import type { Nodes } from "mdast";
import { parseFragment } from "parse5";
import { visit } from "unist-util-visit";
import { toString } from "mdast-util-to-string";
import { type CitationMarker, citationMarkers, POSITIONAL_CITATION } from "./citations";
import { parseBody } from "./markdown-dialect";
import { isUnsafeUrl } from "./safe-url";
import { stateListsIn } from "./state-lists";

export interface BodyReferences {
  /** Every image URL the body shows, including reference-style images. */
  images: string[];
  /** Citation markers ([@nida-2024]) in reading order. */
  citations: CitationMarker[];
  /** Citations by position, which the site no longer takes: [[2]](#ref-2) links and bare [2] in text. */
  positionalCitations: Array<{ line: number; number: number; written: string }>;
  /** Raw HTML the body contains (comments aside): never rendered, the build refuses it. */
  rawHtml: Array<{ line: number; html: string }>;
  /** Links and images whose address could run code or leave the web (javascript:, data:, …). */
  unsafeUrls: Array<{ line: number; url: string }>;
  /** Text the renderer would drop without a word: a footnote nothing points to, table cells past the header's. */
  lostContent: Array<{ line: number; what: string }>;
  /** Sentences that list states by hand: each names more than two (src/content/state-lists.ts). */
  stateLists: Array<{ line: number; states: string[] }>;
}

/** "[2]" typed in prose: a citation by number that links nowhere. */
const BRACKETED_NUMBER = /\[(\d+)\]/g;
/**
 * An editor's note the page carries as a comment, and nothing else. Markdown's idea of where a
 * comment ends is not the browser's (`<!-- x --!><img onerror=…> -->`), so the browser's own
 * parsing rules (parse5) decide: the HTML must be one whole comment that ends where it should.
 */
function isOnlyAComment(html: string): boolean {
  const trimmed = html.trim();
  if (!trimmed.startsWith("<!--") || !trimmed.endsWith("-->")) return false;
  const nodes = parseFragment(trimmed).childNodes;
  return nodes.length === 1 && nodes[0]!.nodeName === "#comment" && `<!--${(nodes[0] as { data: string }).data}-->` === trimmed;
}

const lineOf = (node: Nodes) => node.position?.start.line ?? 0;

/** What a Markdown body points at and contains: images, citations, raw HTML and unsafe links. */
export function bodyReferences(markdown: string): BodyReferences {
  const tree = parseBody(markdown);
  const found: BodyReferences = { images: [], citations: citationMarkers(tree, markdown), positionalCitations: [], rawHtml: [], unsafeUrls: [], lostContent: [], stateLists: [] };
  const definitions = new Map<string, string>();
  visit(tree, "definition", (node) => {
    definitions.set(node.identifier, node.url);
  });
  // Paragraphs and headings hold the sentences (a list item's text is in its paragraphs).
  visit(tree, ["paragraph", "heading", "tableCell"], (node) => {
    for (const states of stateListsIn(toString(node))) found.stateLists.push({ line: lineOf(node as Nodes), states });
  });
  const noteReferences = new Set<string>();
  visit(tree, "footnoteReference", (node) => {
    noteReferences.add(node.identifier);
  });
  visit(tree, "text", (node, _index, parent) => {
    if (parent?.type === "link" || parent?.type === "linkReference") return;
    for (const match of node.value.matchAll(BRACKETED_NUMBER)) found.positionalCitations.push({ line: lineOf(node), number: Number(match[1]), written: match[0] });
  });
  visit(tree, (node: Nodes) => {
    if (node.type === "footnoteDefinition" && !noteReferences.has(node.identifier)) {
      found.lostContent.push({ line: lineOf(node), what: `the footnote [^${node.label ?? node.identifier}] is never referenced, so it would not be shown; cite it as [^${node.label ?? node.identifier}] or remove it` });
    }
    if (node.type === "table") {
      const columns = node.children[0]?.children.length ?? 0;
      for (const row of node.children.slice(1).filter((row) => row.children.length > columns)) {
        found.lostContent.push({ line: lineOf(row), what: `the table row has ${row.children.length} cells but the header has ${columns}, so the last would not be shown; add a header cell or remove the extra one` });
      }
    }
    if (node.type === "linkReference") {
      // A citation written reference-style ([[2]][two] with [two]: #ref-2) is checked like any other.
      const match = POSITIONAL_CITATION.exec(definitions.get(node.identifier) ?? "");
      if (match) found.positionalCitations.push({ line: lineOf(node), number: Number(match[1]), written: `[${toString(node)}][${node.label ?? node.identifier}]` });
    }
    if (node.type === "image") found.images.push(node.url);
    if (node.type === "imageReference") {
      const url = definitions.get(node.identifier);
      if (url !== undefined) found.images.push(url);
    }
    if (node.type === "link") {
      const match = POSITIONAL_CITATION.exec(node.url);
      if (match) found.positionalCitations.push({ line: lineOf(node), number: Number(match[1]), written: `[${toString(node)}](${node.url})` });
    }
    if ((node.type === "link" || node.type === "image" || node.type === "definition") && isUnsafeUrl(node.url)) {
      found.unsafeUrls.push({ line: lineOf(node), url: node.url });
    }
    if (node.type === "html" && !isOnlyAComment(node.value)) {
      found.rawHtml.push({ line: lineOf(node), html: node.value.trim().slice(0, 60) });
    }
  });
  return found;
}
