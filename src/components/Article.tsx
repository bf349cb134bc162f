import type { ReactNode } from "react";
import { ArticleHeader, type ArticleHeaderProps } from "./ArticleHeader";
import { type Correction, Corrections } from "./Corrections";
import { KeyPoints } from "./KeyPoints";
import { type Reference, References } from "./References";
import { type Section, TableOfContents } from "./TableOfContents";

export interface ArticleProps extends ArticleHeaderProps {
  keyPoints: readonly string[];
  /** The body's level-2 headings, listed when there are enough of them. */
  sections: readonly Section[];
  references: readonly Reference[];
  corrections: readonly Correction[];
  /** The rendered Markdown: HTML from the build on the site, Decap's live preview in the admin. */
  body: ReactNode;
  /** The short help strip under the key points and the full disclaimer and help box at the end: the site passes its settings, the CMS preview the editor's. */
  helpStrip: ReactNode;
  safetyNotes: ReactNode;
}

export function Article({ body, keyPoints, sections, references, corrections, helpStrip, safetyNotes, ...header }: ArticleProps) {
  return (
    <article className="article">
      <ArticleHeader {...header} />
      <KeyPoints points={keyPoints} />
      {helpStrip}
      <TableOfContents sections={sections} />
      <div className="content article-body">{body}</div>
      <Corrections corrections={corrections} />
      <References references={references} />
      {safetyNotes}
    </article>
  );
}
