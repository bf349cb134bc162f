import { Link } from "gatsby";
import type { Crumb } from "../content/breadcrumbs";

/** Where this page sits in the site; the last step is the page itself. */
export function Breadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  return (
    <nav className="breadcrumb" aria-label="Breadcrumb">
      <ol>
        {trail.map((crumb, index) =>
          index === trail.length - 1 ? (
            <li key={crumb.path} className="is-active">
              <a href={crumb.path} aria-current="page">
                {crumb.name}
              </a>
            </li>
          ) : (
            <li key={crumb.path}>
              <Link to={crumb.path}>{crumb.name}</Link>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
