import type { ReactNode } from "react";
import { ArticleHeader, type ArticleHeaderProps } from "./ArticleHeader";
import { KeyPoints } from "./KeyPoints";
import { type Reference, References } from "./References";
import { type Section, TableOfContents } from "./TableOfContents";

export interface ArticleProps extends ArticleHeaderProps {
  keyPoints: readonly string[];
  /** The body's level-2 headings, listed when there are enough of them. */
  sections: readonly Section[];
  references: readonly Reference[];
  /** The rendered Markdown: HTML from the build on the site, Decap's live preview in the admin. */
  body: ReactNode;
  /** The disclaimer and help box: the site passes its settings, the CMS preview the editor's. */
  safetyNotes: ReactNode;
}

export function Article({ body, keyPoints, sections, references, safetyNotes, ...header }: ArticleProps) {
  return (
    <article className="article">
      <ArticleHeader {...header} />
      <KeyPoints points={keyPoints} />
      <TableOfContents sections={sections} />
      <div className="content article-body">{body}</div>
      <References references={references} />
      {safetyNotes}
    </article>
  );
}
