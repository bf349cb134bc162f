import type { BodyReferences } from "../content/body-references";
import { isWellFormedKey, referenceKeys } from "../content/citations";
import type { Problem } from "./problems";
import { CONTROL_CHARACTER, controlCharacterName } from "../content/plain-text";
import { stateListsIn } from "../content/state-lists";

type CitedReference = { id?: string };

/**
 * Every citation names a reference of the post by its key, and every key names one reference:
 * then no edit of the list can make a claim cite another source. Citations by position are
 * refused, with the key to write instead where the position still names a reference.
 */
export function checkCitations(file: string, found: Pick<BodyReferences, "citations" | "positionalCitations">, references: readonly CitedReference[]): Problem[] {
  const keys = referenceKeys(references);
  const known = new Set(keys);
  const listed = keys.length > 0 ? `the keys are ${[...known].join(", ")}` : "no reference has a key yet";
  const problems: Problem[] = [];
  const duplicates = [...new Set(keys.filter((key, index) => keys.indexOf(key) !== index))];
  for (const key of duplicates) {
    const positions = references.flatMap((reference, index) => (reference.id === key ? [index + 1] : []));
    problems.push({ file, field: "references", message: `references ${positions.join(" and ")} share the key "${key}"; give each its own, so a citation names one source` });
  }
  for (const { line, number, written } of found.positionalCitations) {
    const key = references[number - 1]?.id;
    const instead = key ? `; reference ${number} is [@${key}]` : "";
    problems.push({
      file,
      field: "body",
      message: `line ${line} of the body: ${written} cites by position, which points at another source when the list changes; cite by key instead, like [@${key ?? "nida-2024"}]${instead}`,
    });
  }
  const reported = new Set<string>();
  for (const { line, key } of found.citations) {
    if (reported.has(key)) continue;
    reported.add(key);
    if (!isWellFormedKey(key)) problems.push({ file, field: "body", message: `line ${line} of the body: [@${key}] is not a citation key (lower-case letters, digits and hyphens, like [@nida-2024])` });
    else if (!known.has(key)) problems.push({ file, field: "body", message: `line ${line} of the body: citation [@${key}] names no reference (${listed})` });
  }
  return problems;
}

/** Markdown the renderer would drop without a word. */
export function checkLostContent(file: string, lostContent: BodyReferences["lostContent"]): Problem[] {
  return lostContent.map(({ line, what }) => ({ file, field: "body", message: `line ${line} of the body: ${what}` }));
}

/**
 * Bodies are Markdown only. Raw HTML is refused rather than sanitized: nothing an editor
 * writes is silently dropped, and no <script>, on*= handler, <iframe> or <style> reaches a page.
 */
export function checkBodySafety(file: string, rawHtml: BodyReferences["rawHtml"], unsafeUrls: BodyReferences["unsafeUrls"]): Problem[] {
  return [
    ...rawHtml.map(({ line, html }) => ({ file, field: "body", message: `line ${line} of the body: raw HTML is not allowed, write Markdown instead (${JSON.stringify(html)})` })),
    ...unsafeUrls.map(({ line, url }) => ({
      file,
      field: "body",
      message: `line ${line} of the body: the address ${JSON.stringify(url)} is not allowed (use https:, http:, mailto:, tel: or a relative link)`,
    })),
  ];
}

/** A control character in the body: invisible on the page, and it would make the RSS feed unreadable. */
export function checkBodyControlCharacters(file: string, body: string): Problem[] {
  return body
    .split("\n")
    .flatMap((line, index) =>
      CONTROL_CHARACTER.test(line)
        ? [{ file, field: "body", message: `line ${index + 1} of the body has the invisible control character ${controlCharacterName(line)}, which would break the RSS feed; remove it` }]
        : [],
    );
}

const stateListMessage = (states: readonly string[]) =>
  `names ${states.length} states in one sentence (${states.join(", ")}); which states do what changes every few months, so lists of states come from the legal tracker: link to /law/ (articles tagged Law show its current lists)`;

/** A list of states written by hand drifts from the law; the legal tracker's lists do not. */
export function checkStateLists(file: string, stateLists: BodyReferences["stateLists"], fields: { description?: string; keyPoints?: readonly string[] }): Problem[] {
  return [
    ...stateLists.map(({ line, states }) => ({ file, field: "body", message: `line ${line} of the body ${stateListMessage(states)}` })),
    ...stateListsIn(fields.description ?? "").map((states) => ({ file, field: "description", message: stateListMessage(states) })),
    ...(fields.keyPoints ?? []).flatMap((point, index) => stateListsIn(point).map((states) => ({ file, field: `keyPoints[${index}]`, message: stateListMessage(states) }))),
  ];
}
