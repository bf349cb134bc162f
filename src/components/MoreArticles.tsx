import { Link } from "gatsby";
import { PostList } from "./PostList";
import type { PostSummary } from "./PostCard";

export interface ArticleLink {
  title: string;
  path: string;
}

export interface MoreArticlesProps {
  related: readonly PostSummary[];
  older: ArticleLink | null;
  newer: ArticleLink | null;
}

/** After an article: related articles by shared topic, then the older and newer article. Plain links, no script. */
export function MoreArticles({ related, older, newer }: MoreArticlesProps) {
  return (
    <>
      {related.length > 0 && (
        <section className="related-articles" aria-labelledby="related-heading">
          <h2 id="related-heading" className="title is-4">
            Related articles
          </h2>
          <PostList posts={related} headingLevel={3} />
        </section>
      )}
      {(older || newer) && (
        <nav className="article-nav" aria-label="Older and newer articles">
          {older && (
            <Link to={older.path} rel="prev" className="article-nav-older">
              <span className="article-nav-label">Older article</span> {older.title}
            </Link>
          )}
          {newer && (
            <Link to={newer.path} rel="next" className="article-nav-newer">
              <span className="article-nav-label">Newer article</span> {newer.title}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
