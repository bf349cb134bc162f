import { routes } from "../content/routes";

/**
 * The search field in every page's header: a plain form that opens the search page with the
 * words in its address, with or without JavaScript (the search page says what it can do without).
 */
export function HeaderSearch() {
  return (
    <form className="header-search" role="search" action={routes.search} method="get">
      <label className="is-sr-only" htmlFor="header-search-query">
        Search articles
      </label>
      <input id="header-search-query" className="search-input" type="search" name="q" placeholder="Search articles" />
      <button type="submit" className="search-button">
        Search
      </button>
    </form>
  );
}
