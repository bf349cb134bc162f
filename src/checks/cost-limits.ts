import type { Problem } from "./problems";

/**
 * What one post may cost the build, so no file can freeze every publish. Chosen on 1 Dec 2026
 * from the 16 live files with wide headroom (their maxima in brackets): body 13,007 characters,
 * 194 inline markup characters, 15 headings, list nesting 1, 6 tags, 26 references. The parser
 * (remark 13) is quadratic in inline markup: 40 KB of repeated "[a](b" took 2.9 s and 180 KB
 * 191 s; 60 KB of "*a _b " took 12 s; 1,000 nested list markers overflow its stack. These
 * limits are checked by scanning the text once, before anything parses it; `npm run bench:parse`
 * measures the rest.
 */
export const POST_LIMITS = {
  /** About 9,000 words: 4.6 times the longest article. */
  bodyCharacters: 60_000,
  /** Characters that open inline markup ([ * _ ` <): 10 times the most marked-up article. */
  markup: 2_000,
  headings: 200,
  /** Lists and quotes inside each other, counted on one line or by indentation. */
  nesting: 8,
  /** Time to read the body once on the real parser, measured on every build. */
  parseMilliseconds: 2_000,
} as const;

const count = (value: number) => value.toLocaleString("en-US");
const NESTING_MARKERS = /^(?:[ \t]*(?:[-*+]|\d{1,9}[.)]|>)(?:[ \t]+|$))+/;

/** The deepest nesting of list items and quotes in a body, fenced code left out. */
export function nestingDepth(body: string): number {
  let deepest = 0;
  let inFence = false;
  for (const line of body.split("\n")) {
    if (/^[ \t]*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const markers = NESTING_MARKERS.exec(line)?.[0] ?? "";
    const byMarkers = (markers.match(/(?:[-*+]|\d{1,9}[.)]|>)(?=[ \t]|$)/g) ?? []).length;
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, "    ").length;
    deepest = Math.max(deepest, byMarkers + (byMarkers > 0 ? Math.floor(indent / 2) : 0));
  }
  return deepest;
}

/** Each limit a body passes, checked by one scan of its text: no parser runs on a body that fails one. */
export function bodyCostProblems(file: string, body: string): Problem[] {
  const problem = (message: string): Problem => ({ file, field: "body", message });
  if (body.length > POST_LIMITS.bodyCharacters) {
    return [problem(`is longer than ${count(POST_LIMITS.bodyCharacters)} characters (${count(body.length)}); split the article or remove pasted data`)];
  }
  const problems: Problem[] = [];
  const markup = (body.match(/[[*_`<]/g) ?? []).length;
  if (markup > POST_LIMITS.markup) {
    problems.push(problem(`has ${count(markup)} markup characters ([ * _ \` <), more than the ${count(POST_LIMITS.markup)} a post may have; remove pasted or repeated text`));
  }
  const headings = (body.match(/^ {0,3}#{1,6}(?:[ \t]|$)/gm) ?? []).length;
  if (headings > POST_LIMITS.headings) problems.push(problem(`has ${count(headings)} headings, more than the ${POST_LIMITS.headings} a post may have; split the article`));
  const depth = nestingDepth(body);
  if (depth > POST_LIMITS.nesting) problems.push(problem(`nests lists or quotes ${depth} deep, more than the ${POST_LIMITS.nesting} a post may; flatten them`));
  return problems;
}

/** The parse took longer than a post may: a body no real article looks like. */
export function parseTimeProblem(file: string, milliseconds: number): Problem[] {
  if (milliseconds <= POST_LIMITS.parseMilliseconds) return [];
  return [{ file, field: "body", message: `takes ${count(Math.round(milliseconds))} ms to read, more than the ${count(POST_LIMITS.parseMilliseconds)} ms a post may; remove pasted or repeated text` }];
}
