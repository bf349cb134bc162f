import { tagPath, tagSlug } from "./paths";

/** A tag as pages link to it. */
export interface TagLink {
  name: string;
  slug: string;
  path: string;
}

/** "Pain Relief" and "pain relief" in one post are one tag: keep the first spelling. */
export function uniqueTagLinks(tags: readonly string[]): TagLink[] {
  const bySlug = new Map<string, TagLink>();
  for (const name of tags) {
    const slug = tagSlug(name);
    if (!bySlug.has(slug)) bySlug.set(slug, { name, slug, path: tagPath(name) });
  }
  return [...bySlug.values()];
}
