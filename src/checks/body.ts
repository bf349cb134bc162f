import type { BodyReferences } from "../content/body-references";
import type { Problem } from "./problems";
import { CONTROL_CHARACTER, controlCharacterName } from "../content/plain-text";

/** Every citation marker must point at an entry of the post's reference list. */
export function checkCitations(file: string, citations: readonly number[], referenceCount: number): Problem[] {
  return [...new Set(citations)]
    .filter((number) => number < 1 || number > referenceCount)
    .map((number) => ({ file, field: "body", message: `citation [${number}] points to no reference (the post lists ${referenceCount})` }));
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
