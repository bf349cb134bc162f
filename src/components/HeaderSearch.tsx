import { Link, navigate } from "gatsby";
import type { FormEvent } from "react";
import { routes } from "../content/routes";

/**
 * The search field in every page's header. Search runs in the browser, so without JavaScript
 * the field is hidden (see themeBootScript) and a link to the topics index takes its place.
 */
export function HeaderSearch() {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = new FormData(event.currentTarget).get("q");
    void navigate(`/search/?q=${encodeURIComponent(String(query ?? "").trim())}`);
  };
  return (
    <>
      <form className="header-search needs-js" role="search" action={routes.search} onSubmit={submit}>
        <label className="is-sr-only" htmlFor="header-search-query">
          Search articles
        </label>
        <input id="header-search-query" className="search-input" type="search" name="q" placeholder="Search articles" />
        <button type="submit" className="search-button">
          Search
        </button>
      </form>
      <Link to={routes.tags} className="header-search-fallback without-js">
        Browse topics
      </Link>
    </>
  );
}
