import { Link } from "gatsby";

export interface TagLinkProps {
  name: string;
  path: string;
}

export function TagList({ tags, label = "Topics" }: { tags: readonly TagLinkProps[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tags tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.path}>
          <Link className="tag is-primary is-light" to={tag.path}>
            {tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
