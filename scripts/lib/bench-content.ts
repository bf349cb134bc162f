import { cp, mkdtemp, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { writeSyntheticPosts } from "./synthetic-posts";

const TAGS = ["Kratom", "7-OH", "Pain", "Risks", "Law", "Withdrawal", "Liver", "Labels", "Research", "Treatment", "Interactions", "Contamination"];

/** The media folder's images, as posts name them (/img/x.jpg). */
export async function mediaImages(): Promise<string[]> {
  return (await readdir("static/img")).filter((name) => /\.(jpe?g|png)$/i.test(name)).map((name) => `/img/${name}`);
}

export type BuildBenchImages = "featured-and-body" | "featured" | "none";

/**
 * The build benchmarks' posts: about 1,500 words, three tags, three citations, and as asked a
 * featured image and an image every 500 words. The same call writes the same posts every time.
 */
export async function writeBuildBenchPosts(dir: string, count: number, images: BuildBenchImages): Promise<string[]> {
  return writeSyntheticPosts(dir, {
    count,
    words: 1500,
    tags: TAGS,
    tagsPerPost: 3,
    images: images === "none" ? [] : await mediaImages(),
    bodyImageEvery: images === "featured-and-body" ? 500 : 0,
    firstDate: new Date("2026-11-01T12:00:00Z"),
  });
}

/**
 * A copy of content/ with `count` synthetic posts added (older than the real ones, each with a
 * featured image and three tags), so list pages are measured at that size.
 */
export async function contentWithSyntheticPosts(count: number): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kf-bench-pages-"));
  await cp("content", dir, { recursive: true });
  const images = await mediaImages();
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
