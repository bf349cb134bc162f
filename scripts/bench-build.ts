/**
 * Build benchmark (not a test): `npm run bench:build -- --posts 1000 [--incremental] [--no-body-images]`.
 * Writes N synthetic posts (~1,500 words, tags, featured and body images) into a temporary
 * content folder, runs a clean `gatsby build` (or, with --incremental, a cached rebuild after
 * editing one post), and prints wall time, Gatsby's phase times and the peak RSS of the
 * whole build process tree.
 */
import { appendFile, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs, stripVTControlCharacters } from "node:util";
import { runGatsbyBuild, type BuildResult } from "./lib/gatsby-build";
import { samplePeakRss } from "./lib/process-tree-memory";
import { writeSyntheticPosts } from "./lib/synthetic-posts";

const TAGS = ["Kratom", "7-OH", "Pain", "Risks", "Law", "Withdrawal", "Liver", "Labels", "Research", "Treatment", "Interactions", "Contamination"];
const PHASES = /^success (.+?) - (\d+\.\d+)s/;

async function mediaImages(): Promise<string[]> {
  return (await readdir("static/img")).filter((name) => /\.(jpe?g|png)$/i.test(name)).map((name) => `/img/${name}`);
}

async function measuredBuild(contentDir: string): Promise<BuildResult & { peakRss: number }> {
  let sampler: ReturnType<typeof samplePeakRss> | undefined;
  const result = await runGatsbyBuild({ contentDir, onStart: (pid) => (sampler = samplePeakRss(pid)) });
  const peakRss = (await sampler?.stop()) ?? 0;
  return { ...result, peakRss };
}

function phaseTimes(output: string): [string, number][] {
  return output
    .split("\n")
    .map((line) => stripVTControlCharacters(line).trim().match(PHASES))
    .filter((match): match is RegExpMatchArray => match !== null)
    .map((match) => [match[1] as string, Number(match[2])] as [string, number])
    .filter(([, seconds]) => seconds >= 0.5);
}

function report(label: string, posts: number, result: BuildResult & { peakRss: number }): void {
  console.log(`\n${label}: ${posts} posts`);
  console.log(`  exit code      ${result.code}`);
  console.log(`  wall time      ${(result.wallMs / 1000).toFixed(1)} s`);
  console.log(`  peak RSS       ${(result.peakRss / 1024 ** 3).toFixed(2)} GB (build process and all its workers)`);
  console.log("  phases ≥ 0.5 s (Gatsby's own timings):");
  for (const [phase, seconds] of phaseTimes(result.output)) console.log(`    ${seconds.toFixed(1).padStart(7)} s  ${phase}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { posts: { type: "string", default: "1000" }, incremental: { type: "boolean", default: false }, "body-images": { type: "boolean", default: true } },
    allowNegative: true,
  });
  const posts = Number(values.posts);
  const contentDir = await mkdtemp(path.join(os.tmpdir(), "kf-bench-"));
  const files = await writeSyntheticPosts(contentDir, {
    count: posts,
    words: 1500,
    tags: TAGS,
    tagsPerPost: 3,
    images: await mediaImages(),
    // --no-body-images: the same posts with text only in their bodies (featured images kept).
    bodyImageEvery: values["body-images"] ? 500 : 0,
    firstDate: new Date("2026-11-01T12:00:00Z"),
  });
  console.log(`Wrote ${files.length} synthetic posts to ${contentDir}; machine: ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB`);

  await rm(".cache", { recursive: true, force: true });
  await rm("public", { recursive: true, force: true });
  const clean = await measuredBuild(contentDir);
  report("Clean full build", posts, clean);
  if (clean.code !== 0) console.log(clean.output.slice(-4000));

  if (values.incremental && clean.code === 0) {
    await appendFile(files[Math.floor(files.length / 2)] as string, "\n\nOne more paragraph added by the incremental benchmark.\n");
    const incremental = await measuredBuild(contentDir);
    report("Rebuild after editing one post (cache kept)", posts, incremental);
  }
  await rm(contentDir, { recursive: true, force: true });
}

void main();
