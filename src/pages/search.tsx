import { Link, type PageProps } from "gatsby";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { HeadTags } from "../components/HeadTags";
import { Layout } from "../components/Layout";
import { SearchResults } from "../components/SearchResults";
import { type SearchHit, searchArticles } from "../search/pagefind";
import { routes } from "../content/routes";
import { SITE_NAME } from "../site-name";

type SearchState = { status: "idle" } | { status: "searching" } | { status: "done"; query: string; hits: SearchHit[] } | { status: "unavailable" };

function queryFrom(search: string): string {
  return new URLSearchParams(search).get("q") ?? "";
}

function statusText(state: SearchState): string {
  switch (state.status) {
    case "searching":
      return "Searching…";
    case "done":
      return `${state.hits.length === 0 ? "No" : state.hits.length} ${state.hits.length === 1 ? "article matches" : "articles match"} “${state.query}”.`;
    case "unavailable":
      return "Search is not available right now.";
    default:
      return "";
  }
}

export default function SearchPage({ location }: PageProps) {
  const [query, setQuery] = useState(() => queryFrom(location.search));
  const [state, setState] = useState<SearchState>({ status: "idle" });

  const box = useRef<HTMLInputElement>(null);
  // Words typed before the page's script was ready are in the box but not yet in the state: kept.
  useEffect(() => setQuery(queryFrom(location.search) || box.current?.value || ""), [location.search]);

  useEffect(() => {
    const trimmed = query.trim();
    // The address keeps the query, so a search can be shared, bookmarked and reloaded.
    window.history.replaceState(window.history.state, "", trimmed ? `?q=${encodeURIComponent(trimmed)}` : location.pathname);
    if (!trimmed) {
      setState({ status: "idle" });
      return;
    }
    let current = true;
    setState({ status: "searching" });
    searchArticles(trimmed).then(
      (hits) => current && hits !== null && setState({ status: "done", query: trimmed, hits }),
      () => current && setState({ status: "unavailable" }),
    );
    return () => {
      current = false;
    };
  }, [query, location.pathname]);

  // Enter searches for what the box holds, whenever it was typed.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery(String(new FormData(event.currentTarget).get("q") ?? ""));
  };

  return (
    <Layout>
      <section className="section container search-page">
        <h1 className="title is-2">Search articles</h1>
        <p className="notice without-js">
          Search needs JavaScript. You can still find every article by <Link to={routes.tags}>topic</Link> or in the <Link to={routes.blog}>list of all articles</Link>.
        </p>
        <form className="search-form needs-js" role="search" action={routes.search} onSubmit={submit}>
          <label className="search-label" htmlFor="search-query">
            Words to search for
          </label>
          <div className="search-row">
            <input ref={box} id="search-query" className="search-input" type="search" name="q" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
            <button type="submit" className="search-button">
              Search
            </button>
          </div>
        </form>
        <p className="search-status" role="status">
          {statusText(state)}
        </p>
        {state.status === "done" && <SearchResults hits={state.hits} />}
      </section>
    </Layout>
  );
}

export function Head() {
  return <HeadTags title="Search" description={`Search every ${SITE_NAME} article.`} path={routes.search} />;
}
