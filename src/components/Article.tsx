import type { ReactNode } from "react";
import { ArticleHeader, type ArticleHeaderProps } from "./ArticleHeader";
import { KeyPoints } from "./KeyPoints";
import { type Reference, References } from "./References";

export interface ArticleProps extends ArticleHeaderProps {
  keyPoints: readonly string[];
  references: readonly Reference[];
  html: string;
  /** The disclaimer and help box: the site passes its settings, the CMS preview the editor's. */
  safetyNotes: ReactNode;
}

export function Article({ html, keyPoints, references, safetyNotes, ...header }: ArticleProps) {
  return (
    <article className="article">
      <ArticleHeader {...header} />
      <KeyPoints points={keyPoints} />
      <div className="content article-body" dangerouslySetInnerHTML={{ __html: html }} />
      <References references={references} />
      {safetyNotes}
    </article>
  );
}
