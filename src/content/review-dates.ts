import { addMonths, formatISO } from "date-fns";
import type { Problem } from "../checks/problems";
import { tagSlug } from "./paths";

/** The law changes within months; evidence more slowly. Articles tagged Law are reviewed four times as often. */
export const REVIEW_INTERVAL_MONTHS = { legal: 3, other: 12 } as const;
export const LEGAL_TAG = "Law";

export interface ReviewDates {
  lastReviewed?: string | null;
  nextReview?: string | null;
  tags?: readonly string[] | null;
}

export function isLegalArticle(tags: readonly string[] | null | undefined): boolean {
  return (tags ?? []).some((tag) => tagSlug(tag) === tagSlug(LEGAL_TAG));
}

export function reviewIntervalMonths(tags: readonly string[] | null | undefined): number {
  return isLegalArticle(tags) ? REVIEW_INTERVAL_MONTHS.legal : REVIEW_INTERVAL_MONTHS.other;
}

const calendarDay = (iso: string) => iso.slice(0, 10);

/** The latest day the next review may fall on: the interval after the last review (31 March + 3 months = 30 June). */
export function latestNextReview(lastReviewed: string, tags: readonly string[] | null | undefined): string {
  // Local midnight in, local calendar day out: the same day whatever time zone builds the site.
  const last = new Date(`${calendarDay(lastReviewed)}T00:00:00`);
  return formatISO(addMonths(last, reviewIntervalMonths(tags)), { representation: "date" });
}

/** When the article must be checked again: its own date, or the longest interval the site allows. */
export function nextReviewDue({ lastReviewed, nextReview, tags }: ReviewDates): string | null {
  if (nextReview) return calendarDay(nextReview);
  return lastReviewed ? latestNextReview(lastReviewed, tags) : null;
}

/** A published article's next review must follow its last one, within the interval for its kind. */
export function reviewDateProblems(file: string, { lastReviewed, nextReview, tags }: ReviewDates): Problem[] {
  if (!lastReviewed || !nextReview) return [];
  const next = calendarDay(nextReview);
  const last = calendarDay(lastReviewed);
  if (next < last) return [{ file, field: "nextReview", message: `${next} is before lastReviewed (${last}); the next review comes after the last one` }];
  const latest = latestNextReview(lastReviewed, tags);
  if (next > latest) {
    const kind = isLegalArticle(tags) ? `an article tagged ${LEGAL_TAG}` : "an article";
    return [{ file, field: "nextReview", message: `${next} is more than ${reviewIntervalMonths(tags)} months after lastReviewed (${last}); ${kind} is reviewed by ${latest} at the latest` }];
  }
  return [];
}

/** Published articles whose next review date has passed, most overdue first. */
export function pastNextReview<T extends ReviewDates & { file: string }>(articles: readonly T[], today: Date): { file: string; nextReview: string; lastReviewed: string }[] {
  const day = formatISO(today, { representation: "date" });
  return articles
    .flatMap((article) => {
      const due = nextReviewDue(article);
      return due !== null && due < day ? [{ file: article.file, nextReview: due, lastReviewed: calendarDay(article.lastReviewed ?? "") }] : [];
    })
    .sort((a, b) => a.nextReview.localeCompare(b.nextReview));
}
