import { Link } from "gatsby";
import type { ReactNode } from "react";
import { TagList, type TagLinkProps } from "./TagList";

interface SearchResultProps {
  url: string;
  title: string;
  excerpt: ReactNode;
  tags: readonly TagLinkProps[];
}

/** One match on the search page. */
export function SearchResult({ url, title, excerpt, tags }: SearchResultProps) {
  return (
    <li className="search-result">
      <h2 className="title is-5">
        <Link to={url}>{title}</Link>
      </h2>
      <p className="search-excerpt">{excerpt}</p>
      <TagList tags={tags} />
    </li>
  );
}

/**
 * The markup of one match, for the search page's script to copy for each result: pages are not
 * hydrated, so the browser fills in copies of what React rendered at build time.
 */
export function SearchResultTemplate() {
  return (
    <template className="search-result-template">
      <SearchResult url="/" title="" excerpt="" tags={[{ name: "", path: "/" }]} />
    </template>
  );
}
