/** Every URL the site makes comes from here and routes.ts, so links and created pages always agree. */
import slugify from "slugify";
import { routes } from "./routes";

export { RESERVED_PAGE_SLUGS, routes } from "./routes";

export function toSlug(text: string): string {
  return slugify(text, { lower: true, strict: true, trim: true });
}

/** Tags that differ only in case, spacing or punctuation share one slug, so one page. */
export const tagSlug = toSlug;

export function tagPath(tag: string, page = 1): string {
  const base = `${routes.tags}${tagSlug(tag)}/`;
  return page > 1 ? `${base}${page}/` : base;
}

export function blogPagePath(page: number): string {
  return page > 1 ? `${routes.blog}${page}/` : routes.blog;
}

const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}-/;

/** "posts/2024-08-13-what-is-kratom.md" → "what-is-kratom": the file name, which the CMS never renames. */
export function slugFromFileName(fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, "").replace(DATE_PREFIX, "");
  return toSlug(base);
}

export function postPath(slug: string): string {
  return `${routes.blog}${slug}/`;
}

export function pagePath(slug: string): string {
  return `/${slug}/`;
}

/** A jurisdiction's page: /law/ohio/, /law/federal/. */
export function lawPath(slug: string): string {
  return `${routes.law}${slug}/`;
}

export const POSTS_PER_PAGE = 12;

export function pageCount(items: number, perPage = POSTS_PER_PAGE): number {
  return Math.max(1, Math.ceil(items / perPage));
}
