import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { runGatsbyBuild } from "../../scripts/lib/gatsby-build";
import { writeSyntheticPosts } from "../../scripts/lib/synthetic-posts";
import { SITE_URL, type FixtureSites } from "./fixture-sites";

const outputRoot = path.resolve(".test-output");
const GENERATED_POSTS = 21;

async function buildInto(name: string, contentDir: string, env: Record<string, string> = {}): Promise<{ dir: string; output: string }> {
  const result = await runGatsbyBuild({ contentDir, env: { SITE_URL, ...env } });
  await writeFile(path.join(outputRoot, `${name}.log`), result.output);
  if (result.code !== 0) throw new Error(`fixture build "${name}" failed (exit ${result.code}); see .test-output/${name}.log\n${result.output.slice(-3000)}`);
  const target = path.join(outputRoot, name);
  await cp("public", target, { recursive: true });
  console.log(`fixture build "${name}": ${(result.wallMs / 1000).toFixed(1)} s`);
  return { dir: target, output: result.output };
}

/** The full fixture site: hand-written fixtures plus enough generated posts to paginate lists and a tag. */
async function fullFixtureContent(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kf-site-"));
  await cp("tests/fixtures/site", dir, { recursive: true });
  await writeSyntheticPosts(dir, {
    count: GENERATED_POSTS,
    words: 60,
    tags: ["Pain Relief", "Research"],
    tagsPerPost: 1,
    images: [],
    firstDate: new Date("2023-12-31T12:00:00Z"),
  });
  return dir;
}

async function onePostContent(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kf-one-"));
  await mkdir(path.join(dir, "posts"));
  await cp("tests/fixtures/site/posts/2024-07-01-plain-post.md", path.join(dir, "posts/2024-07-01-plain-post.md"));
  return dir;
}

/** Builds once for the whole run; the build and browser tests only read what this leaves. */
export default async function buildFixtureSites({ provide }: TestProject): Promise<void> {
  await rm(outputRoot, { recursive: true, force: true });
  await mkdir(outputRoot, { recursive: true });
  // The first build starts from no cache, as CI and Netlify's first deploy do; the second
  // reuses it, as every later deploy does.
  await rm(".cache", { recursive: true, force: true });

  // Fixture sites test reader pages, which never load the admin (its bundle is separate), so
  // only the real site builds it: that saves two admin bundles, about 75 s each here.
  const onePost = await buildInto("one-post", await onePostContent(), { ADMIN: "off" });
  const site = await buildInto("site", await fullFixtureContent(), { ADMIN: "off" });
  // The real site, with its admin pointed at a local decap-server for the editor tests.
  const live = await buildInto("live", "content", { GATSBY_CMS_LOCAL_BACKEND: "true" });

  // Last, and its cache thrown away: a build that fails after sourcing leaves Gatsby's node
  // store updated but its query tracking not, and the next build would reuse stale results.
  const malformed = await runGatsbyBuild({ contentDir: "tests/fixtures/malformed", env: { SITE_URL, ADMIN: "off" } });
  await writeFile(path.join(outputRoot, "malformed.log"), malformed.output);
  await rm(".cache", { recursive: true, force: true });

  const sites: FixtureSites = {
    siteDir: site.dir,
    siteLog: site.output,
    onePostDir: onePost.dir,
    liveDir: live.dir,
    malformed: { code: malformed.code, output: malformed.output },
    siteUrl: SITE_URL,
    generatedPosts: GENERATED_POSTS,
  };
  provide("sites", sites);
}
