import type { ReactNode } from "react";
import { FormattedDate } from "./FormattedDate";

export interface ContentPageProps {
  title: string;
  /** When the page was last checked; null only in the admin preview of a page not yet dated. */
  lastReviewed: string | null;
  /** The rendered Markdown: HTML from the build on the site, Decap's live preview in the admin. */
  body: ReactNode;
  /** The help box: the site passes its settings, the CMS preview the editor's. */
  safetyNotes: ReactNode;
  /** Get help shows the help lines first: a reader there may need a number now, not the page's advice. */
  helpFirst?: boolean;
}

/** About, Disclaimer and Get help, as readers and the admin's preview show them. */
export function ContentPage({ title, lastReviewed, body, safetyNotes, helpFirst = false }: ContentPageProps) {
  return (
    <article className="container article-container">
      <header className="article-header">
        <h1 className="title is-2">{title}</h1>
        {lastReviewed && (
          <p className="article-meta" data-pagefind-ignore>
            <span>
              Last reviewed <FormattedDate iso={lastReviewed} />
            </span>
          </p>
        )}
      </header>
      {helpFirst && safetyNotes}
      <div className="content article-body">{body}</div>
      {!helpFirst && safetyNotes}
    </article>
  );
}
