import { excerptParts } from "../search/excerpt";
import { type SearchHit, searchArticles } from "../search/pagefind";

type SearchState = { status: "idle" } | { status: "searching" } | { status: "done"; query: string; hits: SearchHit[] } | { status: "unavailable" };

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

/** A copy of the server-rendered result markup, filled in with one match. */
function resultItem(template: HTMLTemplateElement, hit: SearchHit): Element {
  const item = template.content.firstElementChild!.cloneNode(true) as Element;
  const link = item.querySelector<HTMLAnchorElement>("h2 a")!;
  link.href = hit.url;
  link.textContent = hit.title;
  item.querySelector(".search-excerpt")!.replaceChildren(
    ...excerptParts(hit.excerpt).map(({ text, matched }) => {
      if (!matched) return text;
      const mark = document.createElement("mark");
      mark.textContent = text;
      return mark;
    }),
  );
  const tagList = item.querySelector(".tag-list")!;
  const tagItem = tagList.firstElementChild!;
  tagList.replaceChildren(
    ...hit.tags.map((tag) => {
      const copy = tagItem.cloneNode(true) as Element;
      const tagLink = copy.querySelector("a")!;
      tagLink.href = tag.path;
      tagLink.textContent = tag.name;
      return copy;
    }),
  );
  if (hit.tags.length === 0) tagList.remove();
  return item;
}

/**
 * Runs the search page rendered by src/pages/search.tsx: searches as the reader types or presses
 * Enter, keeps the query in the address (shareable, bookmarkable, reloadable) and lists the
 * matches. Returns how to undo it.
 */
export function attachSearch(page: HTMLElement): () => void {
  const form = page.querySelector("form")!;
  const box = form.querySelector<HTMLInputElement>("input[name=q]")!;
  const status = page.querySelector(".search-status")!;
  const template = page.querySelector<HTMLTemplateElement>("template.search-result-template")!;
  let results: HTMLOListElement | null = null;
  let latest = 0;

  const show = (state: SearchState) => {
    status.textContent = statusText(state);
    results?.remove();
    results = null;
    if (state.status !== "done" || state.hits.length === 0) return;
    results = document.createElement("ol");
    results.className = "search-results";
    results.append(...state.hits.map((hit) => resultItem(template, hit)));
    status.after(results);
  };

  const search = async (query: string) => {
    const trimmed = query.trim();
    window.history.replaceState(window.history.state, "", trimmed ? `?q=${encodeURIComponent(trimmed)}` : window.location.pathname);
    const ticket = ++latest;
    if (!trimmed) return show({ status: "idle" });
    show({ status: "searching" });
    try {
      const hits = await searchArticles(trimmed);
      if (ticket === latest && hits !== null) show({ status: "done", query: trimmed, hits });
    } catch {
      if (ticket === latest) show({ status: "unavailable" });
    }
  };

  const typed = () => void search(box.value);
  const submitted = (event: Event) => {
    event.preventDefault();
    void search(box.value);
  };
  // Words typed before this script ran are in the box already: they count, unless the address has a query.
  box.value = new URLSearchParams(window.location.search).get("q") || box.value;
  if (box.value.trim()) void search(box.value);
  box.addEventListener("input", typed);
  form.addEventListener("submit", submitted);
  return () => {
    box.removeEventListener("input", typed);
    form.removeEventListener("submit", submitted);
  };
}
