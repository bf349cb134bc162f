import { bodyReferences } from "../content/body-references";
import type { Page, Post } from "../content/model";
import { reviewDateProblems } from "../content/review-dates";
import { checkBodyControlCharacters, checkBodySafety, checkCitations, checkLostContent, checkStateLists } from "./body";
import { bodyCostProblems, parseTimeProblem } from "./cost-limits";
import { checkHeadingIds } from "./heading-ids";
import type { Problem } from "./problems";

/**
 * What the body shows and links to; a body over a cost limit is only measured, never parsed.
 * Runs whatever the front-matter's state, with the fields that are valid so far, so one build
 * names a missing field and a wrong citation together rather than one after the other.
 */
export function bodyProblems(file: string, body: string, value: Partial<Post> | Partial<Page>, key: unknown): { problems: Problem[]; images: string[] } {
  const tooCostly = bodyCostProblems(file, body);
  if (tooCostly.length > 0) return { problems: tooCostly, images: [] };
  const started = performance.now();
  const found = bodyReferences(body);
  const problems = [
    ...parseTimeProblem(file, performance.now() - started),
    ...checkBodyControlCharacters(file, body),
    ...checkHeadingIds(file, body),
    ...checkBodySafety(file, found.rawHtml, found.unsafeUrls),
    ...checkLostContent(file, found.lostContent),
    ...("references" in value && value.references && !value.draft ? checkCitations(file, found, value.references) : []),
    ...(key === "blog-post" && !value.draft ? reviewDateProblems(file, value as Partial<Post>) : []),
    ...(!value.draft ? checkStateLists(file, found.stateLists, value as Partial<Post>) : []),
  ];
  return { problems, images: found.images };
}
