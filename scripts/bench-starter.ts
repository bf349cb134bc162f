/**
 * Build benchmark against Gatsby's own minimal blog (not a test):
 * `npm run bench:starter -- --starter <dir> [--posts 1000] [--rounds 2]`.
 *
 * <dir> is a copy of gatsbyjs/gatsby-starter-blog kept outside this repository, installed with
 * an npm `overrides` entry `"sharp": "^0.34.5"` (README, Performance). Both sites get the same
 * plain synthetic posts (text, tags and citations, no images): this site in a content folder,
 * the starter one folder each as `content/blog/<name>/index.md` (its own content is replaced).
 * The two are built alternately, clean each time, and the wall time and peak memory of each
 * build's whole process tree are printed with their ratio.
 */
import { copyFile, mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeBuildBenchPosts } from "./lib/bench-content";
import { gigabytes, measuredBuild, phaseTimes, seconds, type MeasuredBuild } from "./lib/measured-build";
import { markdownTable } from "./lib/markdown-table";

interface Site {
  label: string;
  projectDir: string;
  contentDir: string;
  gatsbyCli: string;
}

async function cleanBuild(site: Site): Promise<MeasuredBuild> {
  await rm(path.join(site.projectDir, ".cache"), { recursive: true, force: true });
  await rm(path.join(site.projectDir, "public"), { recursive: true, force: true });
  const result = await measuredBuild({ contentDir: site.contentDir, projectDir: site.projectDir, gatsbyCli: site.gatsbyCli });
  if (result.code !== 0) throw new Error(`${site.label}: the build failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
  const phases = phaseTimes(result.output).map(([phase, time]) => `${phase} ${time.toFixed(1)} s`);
  console.log(`${site.label}: ${seconds(result.wallMs)}, ${gigabytes(result.peakRss)} (PSS ${gigabytes(result.peakPss)}); ${phases.join(", ")}`);
  return result;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { starter: { type: "string" }, posts: { type: "string", default: "1000" }, rounds: { type: "string", default: "2" } } });
  if (!values.starter) throw new Error("--starter <dir>: a copy of gatsbyjs/gatsby-starter-blog, installed (see the README's Performance section)");
  const starterDir = path.resolve(values.starter);
  const posts = Number(values.posts);

  const contentDir = await mkdtemp(path.join(os.tmpdir(), "kf-bench-starter-"));
  const files = await writeBuildBenchPosts(contentDir, posts, "none");
  const starterPosts = path.join(starterDir, "content/blog");
  await rm(starterPosts, { recursive: true, force: true });
  for (const file of files) {
    const folder = path.join(starterPosts, path.basename(file, ".md"));
    await mkdir(folder, { recursive: true });
    await copyFile(file, path.join(folder, "index.md"));
  }
  console.log(`Wrote ${files.length} plain synthetic posts to ${contentDir} and ${starterPosts}; machine: ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB`);

  const sites: Site[] = [
    { label: "Kratom Facts", projectDir: process.cwd(), contentDir, gatsbyCli: path.resolve("node_modules/gatsby/cli.js") },
    { label: "gatsby-starter-blog", projectDir: starterDir, contentDir: starterPosts, gatsbyCli: path.join(starterDir, "node_modules/gatsby/cli.js") },
  ];
  const rows: string[][] = [];
  for (let round = 1; round <= Number(values.rounds); round += 1) {
    const [ours, starter] = [await cleanBuild(sites[0]!), await cleanBuild(sites[1]!)];
    rows.push([
      String(round),
      `${seconds(ours.wallMs)}, ${gigabytes(ours.peakRss)}`,
      `${seconds(starter.wallMs)}, ${gigabytes(starter.peakRss)}`,
      `${(ours.wallMs / starter.wallMs).toFixed(2)}×`,
      `${(ours.peakRss / starter.peakRss).toFixed(2)}×`,
    ]);
    console.log(`round ${round}: ${rows.at(-1)!.join(" | ")}`);
  }
  console.log(`\n${posts} plain posts, clean builds, alternately:\n`);
  console.log(markdownTable(["round", "this site: wall, peak RSS", "starter: wall, peak RSS", "time ratio", "memory ratio"], rows));
  await rm(contentDir, { recursive: true, force: true });
}

void main();
