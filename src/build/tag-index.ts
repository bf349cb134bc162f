import type { TagLink } from "../content/tags";

export interface TagSummary extends TagLink {
  count: number;
}

/**
 * One entry per tag page. Spellings that share a slug are one tag; the page is named after
 * the spelling most posts use (alphabetical on a tie), so the index is stable between builds.
 */
export function summarizeTags(postTags: readonly (readonly TagLink[])[]): TagSummary[] {
  const bySlug = new Map<string, { count: number; spellings: Map<string, number>; path: string }>();
  for (const tags of postTags) {
    for (const tag of tags) {
      const entry = bySlug.get(tag.slug) ?? { count: 0, spellings: new Map<string, number>(), path: tag.path };
      entry.count += 1;
      entry.spellings.set(tag.name, (entry.spellings.get(tag.name) ?? 0) + 1);
      bySlug.set(tag.slug, entry);
    }
  }
  return [...bySlug.entries()]
    .map(([slug, { count, spellings, path }]) => {
      const [name] = [...spellings.entries()].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))[0] as [string, number];
      return { name, slug, path, count };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
