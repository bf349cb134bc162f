/**
 * Citations by key. A body cites a reference as [@nida-2024], the reference's `id`; the build
 * numbers the cited references in order of first use, links each marker to its entry and lists
 * the references in that order. Reordering or deleting entries of the list can therefore never
 * make a claim point at another source: a marker names its source, not a position.
 */
import type { Link, Nodes, Parent, Root, Text } from "mdast";
import { REFERENCE_KEY } from "./fields";

export interface CitationMarker {
  /** What is written between "[@" and "]": a key, or something malformed the checks name. */
  key: string;
  line: number;
  /** Where the marker starts and ends in the Markdown source. */
  start: number;
  end: number;
}

/** Anything written as a citation, well formed or not. */
const MARKER = /\[@([^\]\n]*)\]/g;

/** A marker the way the old positional citations were written, [[2]](#ref-2): their target is a number. */
export const POSITIONAL_CITATION = /^#ref-(\d+)$/;

export const isWellFormedKey = (key: string) => REFERENCE_KEY.test(key);

/** The keys a reference list gives, in its order (an entry still without one gives none). */
export const referenceKeys = (references: ReadonlyArray<{ id?: string | null }>): string[] => references.flatMap(({ id }) => (id ? [id] : []));

function markersInText(node: Text, markdown: string | undefined): CitationMarker[] {
  const from = markdown === undefined ? undefined : node.position?.start.offset;
  const to = markdown === undefined ? undefined : node.position?.end.offset;
  // Read from the source where the text node came from, so each marker's place in it is exact
  // (the node's value has escapes and entities already decoded); code is never inside a text node.
  const text = markdown !== undefined && from !== undefined && to !== undefined ? markdown.slice(from, to) : node.value;
  const base = from !== undefined && to !== undefined ? from : -1;
  return [...text.matchAll(MARKER)].map((match) => ({
    key: match[1]!,
    line: node.position?.start.line ?? 0,
    start: base < 0 ? -1 : base + match.index,
    end: base < 0 ? -1 : base + match.index + match[0].length,
  }));
}

/**
 * Every citation marker of a body in reading order; code (inline or block) is not prose and is
 * never read. With the Markdown source, each marker's place in it is known too.
 */
export function citationMarkers(tree: Root, markdown?: string): CitationMarker[] {
  const markers: CitationMarker[] = [];
  const walk = (node: Nodes) => {
    if (node.type === "text") markers.push(...markersInText(node, markdown));
    if ("children" in node) node.children.forEach(walk);
  };
  walk(tree);
  return markers;
}

/** The number each cited key gets: 1 for the first cited, and so on; keys `known` omits get none. */
export function citationNumbers(markers: readonly CitationMarker[], known: ReadonlySet<string>): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const { key } of markers) if (known.has(key) && !numbers.has(key)) numbers.set(key, numbers.size + 1);
  return numbers;
}

/** The references in the order readers see them: cited ones by first use, then any never cited, as listed. */
export function referencesInCitationOrder<R extends { id?: string }>(references: readonly R[], markers: readonly CitationMarker[]): R[] {
  const numbers = citationNumbers(markers, new Set(referenceKeys(references)));
  const numberOf = (reference: R) => (reference.id !== undefined ? numbers.get(reference.id) : undefined) ?? Number.POSITIVE_INFINITY;
  // A stable sort keeps uncited references (and duplicates of a key) in the editor's order.
  return [...references].sort((a, b) => numberOf(a) - numberOf(b));
}

/**
 * Replaces each marker that names a known reference by the link readers follow: [1] to #ref-1.
 * Unknown or malformed markers stay as written; the checks refuse them before a page is built.
 */
export function linkCitations(tree: Root, numbers: ReadonlyMap<string, number>): void {
  const rewrite = (parent: Parent) => {
    parent.children = (parent.children as Nodes[]).flatMap((child): Nodes[] => {
      if (child.type !== "text") {
        if ("children" in child) rewrite(child);
        return [child];
      }
      const parts: Array<Text | Link> = [];
      let last = 0;
      for (const match of child.value.matchAll(MARKER)) {
        const number = numbers.get(match[1]!);
        if (number === undefined) continue;
        if (match.index > last) parts.push({ type: "text", value: child.value.slice(last, match.index) });
        parts.push({ type: "link", url: `#ref-${number}`, children: [{ type: "text", value: `[${number}]` }] });
        last = match.index + match[0].length;
      }
      if (parts.length === 0) return [child];
      if (last < child.value.length) parts.push({ type: "text", value: child.value.slice(last) });
      return parts;
    }) as Parent["children"];
  };
  rewrite(tree);
}

/**
 * The body with each known marker written as the link it becomes ([@a] to [[1]](#ref-1)), for a
 * renderer that cannot take the tree (the admin preview's). Markers are replaced by their place
 * in the source, so code and the rest of the text are untouched.
 */
export function withNumberedCitations(markdown: string, markers: readonly CitationMarker[], numbers: ReadonlyMap<string, number>): string {
  let result = markdown;
  for (const marker of [...markers].reverse()) {
    const number = numbers.get(marker.key);
    if (number === undefined || marker.start < 0) continue;
    result = `${result.slice(0, marker.start)}[[${number}]](#ref-${number})${result.slice(marker.end)}`;
  }
  return result;
}

/** The build's step for each body (plugins/gatsby-remark-citations): markers become numbered links. */
export function linkBodyCitations(tree: Root, references: ReadonlyArray<{ id?: string | null }>): void {
  linkCitations(tree, citationNumbers(citationMarkers(tree), new Set(referenceKeys(references))));
}
