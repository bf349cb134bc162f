import type { TagLinkProps } from "../components/TagList";
import { routes } from "../content/routes";
import { SEARCH_BUNDLE_DIR } from "./bundle";

/** What the search page shows for one match. */
export interface SearchHit {
  url: string;
  title: string;
  /** Pagefind's excerpt: escaped text with the matched words in <mark>. */
  excerpt: string;
  tags: TagLinkProps[];
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** `tags` is written by TagList: JSON of [name, address] pairs. */
  meta: { title?: string; tags?: string };
}

/** A result's topics from its index entry; an entry that lacks them or garbles them shows none. */
export function tagsFromMeta(json: string | undefined): TagLinkProps[] {
  try {
    const pairs: unknown = JSON.parse(json ?? "[]");
    if (!Array.isArray(pairs)) return [];
    return pairs
      .filter((pair): pair is [string, string] => Array.isArray(pair) && typeof pair[0] === "string" && typeof pair[1] === "string" && pair[1].startsWith(routes.tags))
      .map(([name, path]) => ({ name, path }));
  } catch {
    return [];
  }
}

interface Pagefind {
  options: (options: { excerptLength?: number }) => Promise<void>;
  debouncedSearch: (query: string, options?: object, debounceMs?: number) => Promise<{ results: Array<{ data: () => Promise<PagefindResultData> }> } | null>;
}

let loading: Promise<Pagefind> | null = null;

/** Pagefind's runtime is written by the build next to the pages; it loads only when a reader searches. */
function pagefind(): Promise<Pagefind> {
  loading ??= (import(/* webpackIgnore: true */ `/${SEARCH_BUNDLE_DIR}/pagefind.js`) as Promise<Pagefind>).then(async (module) => {
    await module.options({ excerptLength: 24 });
    return module;
  });
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** The best matches for a query, or null when a newer query has replaced this one. */
export async function searchArticles(query: string, limit = 20): Promise<SearchHit[] | null> {
  const search = await (await pagefind()).debouncedSearch(query, {}, 250);
  if (search === null) return null;
  const data = await Promise.all(search.results.slice(0, limit).map((result) => result.data()));
  return data.map((hit) => ({ url: hit.url, title: hit.meta.title ?? hit.url, excerpt: hit.excerpt, tags: tagsFromMeta(hit.meta.tags) }));
}
