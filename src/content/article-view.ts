import { citationMarkers, referenceKeys, referencesInCitationOrder } from "./citations";
import { parseBody } from "./markdown-dialect";
import type { Post } from "./model";
import { readingMinutes } from "./reading-minutes";
import { nextReviewDue } from "./review-dates";
import { sectionsOf, type Section } from "./sections";
import { type TagLink, uniqueTagLinks } from "./tags";

export type Reviewer = NonNullable<Post["reviewedBy"]>;
export type Reference = Post["references"][number];
export type Correction = NonNullable<Post["corrections"]>[number];

/** A post as far as it has been written: the admin previews drafts with fields still missing. */
export type PostSoFar = Partial<Post>;

/**
 * What an article page shows, derived from the checked front-matter and the Markdown body. The
 * build stores it on each Article node and the admin preview computes it from the entry being
 * edited: one mapping, so the preview cannot drift from the page (tag case-merging, heading
 * ids, the review date an empty nextReview stands for).
 */
export interface ArticleView {
  title: string;
  /** Null only in the admin preview of an entry not yet dated; a published article always has one. */
  date: string | null;
  updated: string | null;
  lastReviewed: string | null;
  /** The article's own next review date, or the latest its kind allows (the model's rule for an empty field). */
  nextReview: string | null;
  reviewedBy: Reviewer | null;
  description: string;
  tags: readonly TagLink[];
  readingMinutes: number;
  keyPoints: readonly string[];
  /** The body's level-2 headings with the ids the rendered HTML gives them. */
  sections: readonly Section[];
  /** In the order readers see them: as the body first cites them, then any never cited. */
  references: readonly Reference[];
  /** Keys of references the body never cites (the build warns of them). */
  uncitedReferences: readonly string[];
  corrections: readonly Correction[];
  featuredimage: string | null;
  featuredimagealt: string;
}

export function articleView(post: PostSoFar, body: string): ArticleView {
  const tags = post.tags ?? [];
  const markers = citationMarkers(parseBody(body), body);
  const cited = new Set(markers.map(({ key }) => key));
  return {
    title: post.title ?? "",
    date: post.date ?? null,
    updated: post.updated ?? null,
    lastReviewed: post.lastReviewed ?? null,
    nextReview: nextReviewDue({ lastReviewed: post.lastReviewed, nextReview: post.nextReview, tags }),
    reviewedBy: post.reviewedBy ?? null,
    description: post.description ?? "",
    tags: uniqueTagLinks(tags),
    readingMinutes: readingMinutes(body),
    keyPoints: post.keyPoints ?? [],
    sections: sectionsOf(body),
    references: referencesInCitationOrder(post.references ?? [], markers),
    uncitedReferences: referenceKeys(post.references ?? []).filter((key) => !cited.has(key)),
    corrections: post.corrections ?? [],
    featuredimage: post.featuredimage ?? null,
    featuredimagealt: post.featuredimagealt ?? "",
  };
}
