export interface PostForNeighbours {
  id: string;
  /** ISO date; newer posts sort first. */
  date: string;
  /** Tag slugs, so "Pain relief" and "Pain Relief" count as one shared tag. */
  tags: readonly string[];
}

export interface PostNeighbours {
  /** The next older post, and the next newer one. */
  older: string | null;
  newer: string | null;
  /** Up to three posts sharing the most tags, ties broken by the newest first. */
  related: string[];
}

export const RELATED_COUNT = 3;

const newestFirst = (a: PostForNeighbours, b: PostForNeighbours) => Date.parse(b.date) - Date.parse(a.date) || a.id.localeCompare(b.id);

/** Chosen once at build time for every published post, so readers get them without any script. */
export function postNeighbours(posts: readonly PostForNeighbours[]): Map<string, PostNeighbours> {
  const byDate = [...posts].sort(newestFirst);
  const result = new Map<string, PostNeighbours>();
  byDate.forEach((post, index) => {
    const tags = new Set(post.tags);
    const related = byDate
      .filter((other) => other.id !== post.id)
      .map((other) => ({ other, shared: other.tags.filter((tag) => tags.has(tag)).length }))
      .filter(({ shared }) => shared > 0)
      .sort((a, b) => b.shared - a.shared || newestFirst(a.other, b.other))
      .slice(0, RELATED_COUNT)
      .map(({ other }) => other.id);
    result.set(post.id, { newer: byDate[index - 1]?.id ?? null, older: byDate[index + 1]?.id ?? null, related });
  });
  return result;
}
