import { describe, expect, it } from "vitest";
import type { Link, Root } from "mdast";
import { visit } from "unist-util-visit";
import { checkCitations } from "../../src/checks/body";
import { articleView } from "../../src/content/article-view";
import { bodyReferences } from "../../src/content/body-references";
import { citationMarkers, citationNumbers, linkBodyCitations, withNumberedCitations } from "../../src/content/citations";
import { parseBody } from "../../src/content/markdown-dialect";

const reference = (id: string) => ({ id, title: `Title of ${id}`, publisher: "A publisher", year: 2024, url: `https://example.org/${id}` });
const references = [reference("nida-2024"), reference("fda-2025"), reference("dea-2020"), reference("never-cited")];
const body = "First claim [@fda-2025]. Second claim [@nida-2024] and again [@fda-2025].\n\nA list:\n\n- third [@dea-2020]\n\n`[@not-a-citation]` in code.\n";

/** For each citation the reader sees, in order, the address of the source its number leads to. */
function sourcesReadersReach(markdown: string, list: typeof references): string[] {
  const tree = structuredClone(parseBody(markdown)) as Root;
  linkBodyCitations(tree, list);
  const shown = articleView({ references: list }, markdown).references;
  const sources: string[] = [];
  visit(tree, "link", (link: Link) => {
    const number = /^#ref-(\d+)$/.exec(link.url);
    if (number) sources.push(shown[Number(number[1]) - 1]!.url);
  });
  return sources;
}

describe("citations by key", () => {
  it("are read from prose only, in reading order, never from code", () => {
    expect(citationMarkers(parseBody(body), body).map(({ key }) => key)).toEqual(["fda-2025", "nida-2024", "fda-2025", "dea-2020"]);
  });

  it("are numbered by first use, and the list follows that order with uncited references last", () => {
    const markers = citationMarkers(parseBody(body), body);
    expect([...citationNumbers(markers, new Set(references.map(({ id }) => id)))]).toEqual([
      ["fda-2025", 1],
      ["nida-2024", 2],
      ["dea-2020", 3],
    ]);
    const view = articleView({ references }, body);
    expect(view.references.map(({ id }) => id)).toEqual(["fda-2025", "nida-2024", "dea-2020", "never-cited"]);
    expect(view.uncitedReferences).toEqual(["never-cited"]);
  });

  it("lead every claim to the same source however the list is reordered or an uncited entry deleted", () => {
    const expected = ["https://example.org/fda-2025", "https://example.org/nida-2024", "https://example.org/fda-2025", "https://example.org/dea-2020"];
    expect(sourcesReadersReach(body, references)).toEqual(expected);
    expect(sourcesReadersReach(body, [...references].reverse())).toEqual(expected);
    expect(sourcesReadersReach(body, [references[2]!, references[0]!, references[1]!])).toEqual(expected);
  });

  it("are refused, by name, once the reference they cite is deleted", () => {
    const withoutNida = references.filter(({ id }) => id !== "nida-2024");
    expect(checkCitations("post.md", bodyReferences(body), withoutNida).map(({ message }) => message)).toEqual([
      "line 1 of the body: citation [@nida-2024] names no reference (the keys are fda-2025, dea-2020, never-cited)",
    ]);
  });

  it("refuse citations by position, malformed keys and keys two references share", () => {
    const written = "By position [[1]](#ref-1), by hand [2], and [@Bad Key] and [@].";
    const shared = [reference("nida-2024"), reference("nida-2024")];
    expect(checkCitations("post.md", bodyReferences(written), shared).map(({ message }) => message)).toEqual([
      'references 1 and 2 share the key "nida-2024"; give each its own, so a citation names one source',
      "line 1 of the body: [2] cites by position, which points at another source when the list changes; cite by key instead, like [@nida-2024]; reference 2 is [@nida-2024]",
      "line 1 of the body: [[1]](#ref-1) cites by position, which points at another source when the list changes; cite by key instead, like [@nida-2024]; reference 1 is [@nida-2024]",
      "line 1 of the body: [@Bad Key] is not a citation key (lower-case letters, digits and hyphens, like [@nida-2024])",
      "line 1 of the body: [@] is not a citation key (lower-case letters, digits and hyphens, like [@nida-2024])",
    ]);
  });

  it("are written as the numbered links they become for the admin's preview, code untouched", () => {
    const markers = citationMarkers(parseBody(body), body);
    const numbers = citationNumbers(markers, new Set(references.map(({ id }) => id)));
    expect(withNumberedCitations(body, markers, numbers)).toBe(
      "First claim [[1]](#ref-1). Second claim [[2]](#ref-2) and again [[1]](#ref-1).\n\nA list:\n\n- third [[3]](#ref-3)\n\n`[@not-a-citation]` in code.\n",
    );
  });
});
