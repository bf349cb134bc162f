import { ArticleHeader, type ArticleHeaderProps } from "./ArticleHeader";

export interface ArticleProps extends ArticleHeaderProps {
  html: string;
}

export function Article({ html, ...header }: ArticleProps) {
  return (
    <article className="article">
      <ArticleHeader {...header} />
      <div className="content article-body" dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}
