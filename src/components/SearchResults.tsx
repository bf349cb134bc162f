import { Link } from "gatsby";
import { tagPath } from "../content/paths";
import type { SearchHit } from "../search/pagefind";
import { HighlightedExcerpt } from "./HighlightedExcerpt";
import { TagList } from "./TagList";

export function SearchResults({ hits }: { hits: readonly SearchHit[] }) {
  return (
    <ol className="search-results">
      {hits.map((hit) => (
        <li key={hit.url} className="search-result">
          <h2 className="title is-5">
            <Link to={hit.url}>{hit.title}</Link>
          </h2>
          <p className="search-excerpt">
            <HighlightedExcerpt html={hit.excerpt} />
          </p>
          <TagList tags={hit.tags.map((name) => ({ name, path: tagPath(name) }))} />
        </li>
      ))}
    </ol>
  );
}
