import { routes } from "./routes";

/** One step of a breadcrumb trail: a page's name and its address. */
export interface Crumb {
  name: string;
  path: string;
}

const home: Crumb = { name: "Home", path: routes.home };

export function postTrail(title: string, path: string): Crumb[] {
  return [home, { name: "Articles", path: routes.blog }, { name: title, path }];
}

/** A tag's first page, then the page of it being read when that is a later one. */
export function tagTrail(tagName: string, firstPagePath: string, laterPage?: Crumb): Crumb[] {
  return [home, { name: "Topics", path: routes.tags }, { name: tagName, path: firstPagePath }, ...(laterPage ? [laterPage] : [])];
}

export const lawIndexTrail = (): Crumb[] => [home, { name: "Law", path: routes.law }];

export function lawTrail(name: string, path: string): Crumb[] {
  return [...lawIndexTrail(), { name, path }];
}
