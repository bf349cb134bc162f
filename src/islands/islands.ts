import { routes } from "../content/routes";

/**
 * The only script files reader pages load. Pages are rendered by React at build time and never
 * hydrated; what must respond to a reader is one of these small modules, bundled on its own
 * (src/build/islands-bundle.ts) and loaded only on the pages that use it. (The theme switch
 * needs no file: the theme script in every page's head runs it.)
 */
export const ISLANDS = {
  "search-page": { entry: "src/islands/start/search-page.ts", loadsOn: (pathname: string) => pathname === routes.search },
  // Netlify Identity's emails link to the home page with a token in the #fragment.
  "identity-link": { entry: "src/islands/start/identity-link.ts", loadsOn: (pathname: string) => pathname === routes.home },
} as const;

/** The folder under the site's root the islands are written to. */
export const ISLANDS_PATH = "/islands/";

export type IslandName = keyof typeof ISLANDS;

/** What a build wrote: each island it bundled, by the address of its file. */
export type IslandFiles = Partial<Record<IslandName, string>>;

/** The addresses of the islands a page loads, in a stable order. */
export function islandScripts(pathname: string, files: IslandFiles): string[] {
  return (Object.keys(ISLANDS) as IslandName[]).flatMap((name) => {
    const file = files[name];
    return file !== undefined && ISLANDS[name].loadsOn(pathname) ? [file] : [];
  });
}
