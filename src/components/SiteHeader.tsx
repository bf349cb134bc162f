import { Link } from "gatsby";
import { HeaderSearch } from "./HeaderSearch";
import { ThemeToggle } from "./ThemeToggle";

const sections = [
  { to: "/blog/", label: "Articles" },
  { to: "/tags/", label: "Topics" },
  { to: "/about/", label: "About" },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <nav className="container site-nav" aria-label="Main">
        <Link to="/" className="site-brand">
          Kratom Facts
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
          <Link to="/get-help/" className="site-help-link">
            Get help
          </Link>
        </div>
      </nav>
    </header>
  );
}
