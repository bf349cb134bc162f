import { Link } from "gatsby";
import { useEffect, useRef } from "react";
import { HeadTags } from "../components/HeadTags";
import { Layout } from "../components/Layout";
import { SearchResultTemplate } from "../components/SearchResult";
import { routes } from "../content/routes";
import { attachSearch } from "../islands/search-page";
import { SITE_NAME } from "../site-name";

/**
 * The search page, rendered at build time with no results; the search-page island searches
 * Pagefind's index in the browser and fills in copies of the result template. The effect does the
 * same under `gatsby develop`, where React still runs in the browser.
 */
export default function SearchPage() {
  const page = useRef<HTMLElement>(null);
  useEffect(() => attachSearch(page.current!), []);
  return (
    <Layout>
      <section ref={page} className="section container search-page">
        <h1 className="title is-2">Search articles</h1>
        <p className="notice without-js">
          Search needs JavaScript. You can still find every article by <Link to={routes.tags}>topic</Link> or in the <Link to={routes.blog}>list of all articles</Link>.
        </p>
        <form className="search-form needs-js" role="search" action={routes.search} method="get">
          <label className="search-label" htmlFor="search-query">
            Words to search for
          </label>
          <div className="search-row">
            <input id="search-query" className="search-input" type="search" name="q" autoComplete="off" />
            <button type="submit" className="search-button">
              Search
            </button>
          </div>
        </form>
        <p className="search-status" role="status" />
        <SearchResultTemplate />
      </section>
    </Layout>
  );
}

export function Head() {
  return <HeadTags title="Search" description={`Search every ${SITE_NAME} article.`} path={routes.search} />;
}
