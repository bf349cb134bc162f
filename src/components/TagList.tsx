import { Link } from "gatsby";

export interface TagLinkProps {
  name: string;
  path: string;
}

interface TagListProps {
  tags: readonly TagLinkProps[];
  label?: string;
  /** Set on an article's own tags: the search index files the article under each of them. */
  searchFilter?: "tag";
}

export function TagList({ tags, label = "Topics", searchFilter }: TagListProps) {
  if (tags.length === 0) return null;
  // The search page links a result's topics without the slug library: each name comes with its address.
  const searchMeta = searchFilter ? { "data-pagefind-meta": "tags[data-search-tags]", "data-search-tags": JSON.stringify(tags.map((tag) => [tag.name, tag.path])) } : {};
  return (
    <ul className="tags tag-list" aria-label={label} {...searchMeta}>
      {tags.map((tag) => (
        <li key={tag.path}>
          <Link className="tag is-primary is-light" to={tag.path} data-pagefind-filter={searchFilter}>
            {tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
