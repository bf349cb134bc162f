import { Link } from "gatsby";
import { HeaderSearch } from "./HeaderSearch";
import { ThemeToggle } from "./ThemeToggle";
import { routes } from "../content/routes";
import { SITE_NAME } from "../site-name";

const sections = [
  { to: routes.blog, label: "Articles" },
  { to: routes.tags, label: "Topics" },
  { to: routes.law, label: "Law" },
  { to: routes.about, label: "About" },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <nav className="container site-nav" aria-label="Main">
        <Link to={routes.home} className="site-brand">
          {SITE_NAME}
        </Link>
        <ul className="site-nav-links">
          {sections.map(({ to, label }) => (
            <li key={to}>
              <Link to={to} activeClassName="is-active" partiallyActive>
                {label}
              </Link>
            </li>
          ))}
        </ul>
        <div className="site-tools">
          <HeaderSearch />
          <ThemeToggle />
          <Link to={routes.getHelp} className="site-help-link">
            Get help
          </Link>
        </div>
      </nav>
    </header>
  );
}
