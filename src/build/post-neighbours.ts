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

/**
 * For each post, up to three posts sharing the most tags, newest first among equals. Posts are
 * numbered newest first, so "newer" is "smaller number"; one pass over the posts that share a
 * tag, no sort of the whole site per post (10,000 posts: well under a second instead of minutes).
 */
function relatedPosts(byDate: readonly PostForNeighbours[]): string[][] {
  const postsByTag = new Map<string, number[]>();
  byDate.forEach((post, index) => {
    for (const tag of new Set(post.tags)) {
      const tagged = postsByTag.get(tag);
      if (tagged) tagged.push(index);
      else postsByTag.set(tag, [index]);
    }
  });
  const shared = new Int32Array(byDate.length);
  return byDate.map((post, self) => {
    const touched: number[] = [];
    for (const tag of new Set(post.tags)) {
      for (const other of postsByTag.get(tag) ?? []) {
        if (other === self) continue;
        if (shared[other] === 0) touched.push(other);
        shared[other] = shared[other]! + 1;
      }
    }
    const best: number[] = [];
    const better = (a: number, b: number) => shared[a]! > shared[b]! || (shared[a] === shared[b] && a < b);
    for (const other of touched) {
      if (best.length === RELATED_COUNT && !better(other, best[RELATED_COUNT - 1]!)) continue;
      let at = best.length;
      while (at > 0 && better(other, best[at - 1]!)) at -= 1;
      best.splice(at, 0, other);
      if (best.length > RELATED_COUNT) best.pop();
    }
    for (const other of touched) shared[other] = 0;
    return best.map((index) => byDate[index]!.id);
  });
}

/** Chosen once at build time for every published post, so readers get them without any script. */
export function postNeighbours(posts: readonly PostForNeighbours[]): Map<string, PostNeighbours> {
  const byDate = [...posts].sort(newestFirst);
  const related = relatedPosts(byDate);
  const result = new Map<string, PostNeighbours>();
  byDate.forEach((post, index) => {
    result.set(post.id, { newer: byDate[index - 1]?.id ?? null, older: byDate[index + 1]?.id ?? null, related: related[index]! });
  });
  return result;
}
