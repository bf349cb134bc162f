import type { ReactNode } from "react";
import { FormattedDate } from "./FormattedDate";
import type { ArticleView, Reviewer } from "../content/article-view";
import { TagList, type TagLinkProps } from "./TagList";
import { SITE_NAME } from "../site-name";

export interface ArticleHeaderProps extends Pick<ArticleView, "title" | "date" | "updated" | "lastReviewed" | "nextReview" | "reviewedBy" | "description" | "readingMinutes"> {
  tags: readonly TagLinkProps[];
  /** The site passes a processed responsive picture, the CMS preview the editor's upload. */
  featuredImage: ReactNode;
}

function ReviewLine({ reviewedBy }: { reviewedBy: Reviewer | null }) {
  if (reviewedBy) {
    return (
      <p className="article-review" data-pagefind-ignore>
        Reviewed by {reviewedBy.name}, {reviewedBy.credential}.
      </p>
    );
  }
  return (
    <p className="article-review" data-pagefind-ignore>
      Prepared by the {SITE_NAME} editorial team from the sources listed at the end.
    </p>
  );
}

export function ArticleHeader({ title, date, updated, lastReviewed, nextReview, reviewedBy, description, tags, readingMinutes, featuredImage }: ArticleHeaderProps) {
  return (
    <header className="article-header">
      <h1 className="title is-2" dir="auto">
        {title}
      </h1>
      <p className="article-meta" data-pagefind-ignore>
        <span>
          {date === null ? (
            "Not dated yet"
          ) : (
            <>
              Published <FormattedDate iso={date} />
            </>
          )}
        </span>
        {updated && (
          <span>
            Updated <FormattedDate iso={updated} />
          </span>
        )}
        {lastReviewed && (
          <span>
            Last reviewed <FormattedDate iso={lastReviewed} />
          </span>
        )}
        {nextReview && (
          <span>
            Next review due <FormattedDate iso={nextReview} />
          </span>
        )}
        <span className="reading-time">{readingMinutes} min read</span>
      </p>
      <ReviewLine reviewedBy={reviewedBy} />
      <p className="article-description" dir="auto">
        {description}
      </p>
      <TagList tags={tags} searchFilter="tag" />
      {featuredImage && <figure className="article-image">{featuredImage}</figure>}
    </header>
  );
}
