import { cp, mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { writeSyntheticPosts } from "./synthetic-posts";

const TAGS = ["Kratom", "7-OH", "Pain", "Risks", "Law", "Withdrawal", "Liver", "Labels", "Research", "Treatment", "Interactions", "Contamination"];

/**
 * A copy of content/ with `count` synthetic posts added (older than the real ones, each with a
 * featured image and three tags), so list pages are measured at that size.
 */
export async function contentWithSyntheticPosts(count: number): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kf-bench-pages-"));
  await cp("content", dir, { recursive: true });
  const images = (await readdir("static/img")).filter((name) => /\.(jpe?g|png)$/i.test(name)).map((name) => `/img/${name}`);
  await writeSyntheticPosts(dir, {
    count,
    words: 300,
    tags: TAGS,
    tagsPerPost: 3,
    images,
    firstDate: new Date("2026-11-01T12:00:00Z"),
    titlePrefix: "Benchmark post",
  });
  return dir;
}
