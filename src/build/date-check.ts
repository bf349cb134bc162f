import type { Problem } from "../content/errors";
import { displayPath } from "./folders";
import type { MarkdownNode } from "./markdown-fields";

/** A calendar date is midnight UTC; where the editor is, that day may start up to 14 hours earlier. */
const TIME_ZONE_SLACK_MS = 24 * 60 * 60 * 1000;

const DATED_FIELDS = ["date", "updated", "lastReviewed"] as const;

type PostDates = Partial<Record<(typeof DATED_FIELDS)[number], unknown>>;

/**
 * A published article's dates must have happened. The site has no scheduled publishing: a
 * post goes live when the site is built, so a future date would show readers a date that has
 * not come yet (and a review that has not taken place).
 */
export function checkDatesNotInFuture(file: string, dates: PostDates, now: Date): Problem[] {
  const latest = now.getTime() + TIME_ZONE_SLACK_MS;
  return DATED_FIELDS.flatMap((field) => {
    const value = dates[field];
    if (value === undefined || value === null || Date.parse(String(value)) <= latest) return [];
    return [{ file, field, message: `${JSON.stringify(value)} is in the future; an article goes live when the site is built, so its dates must already have passed` }];
  });
}

/**
 * Future dates among the valid posts that will be published. Checked on every build rather than
 * stored on the node like other problems: the node does not change when the date comes.
 */
export function futureDateProblems(nodes: readonly MarkdownNode[], now: Date): Problem[] {
  return nodes.flatMap((node) =>
    node.fields?.kind === "post" && node.fields.problems.length === 0 && !node.fields.draft ? checkDatesNotInFuture(displayPath(node.fileAbsolutePath), node.frontmatter, now) : [],
  );
}
