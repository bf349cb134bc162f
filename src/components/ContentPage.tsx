import type { ReactNode } from "react";

export interface ContentPageProps {
  title: string;
  /** The rendered Markdown: HTML from the build on the site, Decap's live preview in the admin. */
  body: ReactNode;
  /** The help box under every page: the site passes its settings, the CMS preview the editor's. */
  safetyNotes: ReactNode;
}

/** About, Disclaimer and Get help, as readers and the admin's preview show them. */
export function ContentPage({ title, body, safetyNotes }: ContentPageProps) {
  return (
    <article className="container article-container">
      <h1 className="title is-2">{title}</h1>
      <div className="content article-body">{body}</div>
      {safetyNotes}
    </article>
  );
}
