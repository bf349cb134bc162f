/**
 * Build benchmark (not a test): `npm run bench:build -- --posts 1000 [--incremental] [--no-body-images | --plain] [--echo]`.
 * Writes N synthetic posts (~1,500 words, tags, featured and body images) into a temporary
 * content folder, runs a clean `gatsby build` (or, with --incremental, a cached rebuild after
 * editing one post), and prints wall time, Gatsby's phase times and the peak RSS of the
 * whole build process tree.
 */
import { appendFile, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gigabytes, measuredBuild, phaseTimes, seconds, type MeasuredBuild } from "./lib/measured-build";
import { writeBuildBenchPosts } from "./lib/bench-content";

function report(label: string, posts: number, result: MeasuredBuild): void {
  console.log(`\n${label}: ${posts} posts`);
  console.log(`  exit code      ${result.code}`);
  console.log(`  wall time      ${seconds(result.wallMs)}`);
  console.log(`  peak RSS       ${gigabytes(result.peakRss)} (build process and all its workers)`);
  console.log(`  peak PSS       ${gigabytes(result.peakPss)} (the same, memory they share counted once)`);
  console.log("  phases ≥ 0.5 s (Gatsby's own timings):");
  for (const [phase, time] of phaseTimes(result.output)) console.log(`    ${time.toFixed(1).padStart(7)} s  ${phase}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      posts: { type: "string", default: "1000" },
      incremental: { type: "boolean", default: false },
      "body-images": { type: "boolean", default: true },
      plain: { type: "boolean", default: false },
      // Gatsby's output as it comes, for long runs.
      echo: { type: "boolean", default: false },
    },
    allowNegative: true,
  });
  const posts = Number(values.posts);
  const contentDir = await mkdtemp(path.join(os.tmpdir(), "kf-bench-"));
  // --no-body-images keeps featured images; --plain leaves out every image.
  const files = await writeBuildBenchPosts(contentDir, posts, values.plain ? "none" : values["body-images"] ? "featured-and-body" : "featured");
  console.log(`Wrote ${files.length} synthetic posts to ${contentDir}; machine: ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB`);

  await rm(".cache", { recursive: true, force: true });
  await rm("public", { recursive: true, force: true });
  const clean = await measuredBuild({ contentDir, echo: values.echo });
  report("Clean full build", posts, clean);
  if (clean.code !== 0) console.log(clean.output.slice(-4000));

  if (values.incremental && clean.code === 0) {
    await appendFile(files[Math.floor(files.length / 2)] as string, "\n\nOne more paragraph added by the incremental benchmark.\n");
    const incremental = await measuredBuild({ contentDir, echo: values.echo });
    report("Rebuild after editing one post (cache kept)", posts, incremental);
  }
  await rm(contentDir, { recursive: true, force: true });
}

void main();
