import type { Problem } from "./problems";
import type { Content } from "../build/content-nodes";

/** A calendar date is midnight UTC; where the editor is, that day may start up to 14 hours earlier. */
const TIME_ZONE_SLACK_MS = 24 * 60 * 60 * 1000;

const DATED_FIELDS = ["date", "updated", "lastReviewed"] as const;

type PostDates = Partial<Record<(typeof DATED_FIELDS)[number], unknown>> & { corrections?: unknown };

/** Each correction's date, named as the editor would point at it (corrections[0].date). */
function correctionDates(corrections: unknown): [string, unknown][] {
  return Array.isArray(corrections) ? corrections.map((correction, index) => [`corrections[${index}].date`, (correction as { date?: unknown } | null)?.date]) : [];
}

/**
 * A published article's dates must have happened. The site has no scheduled publishing: a
 * post goes live when the site is built, so a future date would show readers a date that has
 * not come yet (and a review that has not taken place).
 */
export function checkDatesNotInFuture(file: string, dates: PostDates, now: Date): Problem[] {
  const latest = now.getTime() + TIME_ZONE_SLACK_MS;
  const dated: [string, unknown][] = [...DATED_FIELDS.map((field): [string, unknown] => [field, dates[field]]), ...correctionDates(dates.corrections)];
  return dated.flatMap(([field, value]) => {
    if (value === undefined || value === null || Date.parse(String(value)) <= latest) return [];
    return [{ file, field, message: `${JSON.stringify(value)} is in the future; an article goes live when the site is built, so its dates must already have passed` }];
  });
}

/**
 * Future dates among the valid posts that will be published. Checked on every build rather than
 * stored on the node like other problems: the node does not change when the date comes.
 */
export function futureDateProblems(contents: readonly Content[], now: Date): Problem[] {
  return contents.flatMap((content) => (content.kind === "post" && !content.draft ? checkDatesNotInFuture(content.file, content, now) : []));
}
