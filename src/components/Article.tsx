import type { ReactNode } from "react";
import { ArticleHeader, type ArticleHeaderProps } from "./ArticleHeader";
import type { ArticleView } from "../content/article-view";
import { Corrections } from "./Corrections";
import { KeyPoints } from "./KeyPoints";
import { References } from "./References";
import { TableOfContents } from "./TableOfContents";

export interface ArticleProps extends ArticleHeaderProps, Pick<ArticleView, "keyPoints" | "sections" | "references" | "corrections"> {
  /** The rendered Markdown: HTML from the build on the site, Decap's live preview in the admin. */
  body: ReactNode;
  /** The short help strip under the key points and the full disclaimer and help box at the end: the site passes its settings, the CMS preview the editor's. */
  helpStrip: ReactNode;
  safetyNotes: ReactNode;
  /** Articles about the law: the legal tracker's current lists of states (src/components/law/StatesAtAGlance.tsx). */
  lawAtAGlance?: ReactNode;
}

export function Article({ body, keyPoints, sections, references, corrections, helpStrip, safetyNotes, lawAtAGlance, ...header }: ArticleProps) {
  return (
    <article className="article">
      <ArticleHeader {...header} />
      <KeyPoints points={keyPoints} />
      {helpStrip}
      <TableOfContents sections={sections} />
      {lawAtAGlance}
      <div className="content article-body">{body}</div>
      <Corrections corrections={corrections} />
      <References references={references} />
      {safetyNotes}
    </article>
  );
}
