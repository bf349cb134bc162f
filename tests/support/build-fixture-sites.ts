import { cp, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { runGatsbyBuild, scratchProject } from "../../scripts/lib/gatsby-build";
import { writeSyntheticPosts } from "../../scripts/lib/synthetic-posts";
import { malformedContent } from "../fixtures/malformed/generated";
import { writeSyntheticLaw } from "./synthetic-law";
import { CACHED_POST_BODY_IMAGE, FIXTURE_BUILD_DATE, MALFORMED_LAW_DIR, SITE_URL, type FixtureSites } from "./fixture-sites";

const outputRoot = path.resolve(".test-output");
const GENERATED_POSTS = 21;

/** KF_REUSE_BUILDS=1 reuses the last run's builds: for re-running browser tests while writing them, never in CI. */
const reuse = process.env.KF_REUSE_BUILDS === "1";

/**
 * Every fixture build runs in one copy of the project in a temporary folder, so the tests never
 * write the working tree's .cache/ or public/. Its .test-output links to the real one, where
 * the generated content lives and the results are kept.
 */
let project = "";

async function buildInto(name: string, contentDir: string, env: Record<string, string> = {}): Promise<{ dir: string; output: string }> {
  const target = path.join(outputRoot, name);
  if (reuse) return { dir: target, output: await readFile(path.join(outputRoot, `${name}.log`), "utf8") };
  // Fixture builds take a fixed day as today, and a legal tracker checked that day; the real
  // site ("live") keeps the clock and the real records.
  const result = await runGatsbyBuild({ contentDir, projectDir: project, env: { SITE_URL, KF_BUILD_DATE: FIXTURE_BUILD_DATE, LAW_DIR: await fixtureLaw(), ...env } });
  await writeFile(path.join(outputRoot, `${name}.log`), result.output);
  if (result.code !== 0) throw new Error(`fixture build "${name}" failed (exit ${result.code}); see .test-output/${name}.log\n${result.output.slice(-3000)}`);
  await cp(path.join(project, "public"), target, { recursive: true });
  console.log(`fixture build "${name}": ${(result.wallMs / 1000).toFixed(1)} s`);
  return { dir: target, output: result.output };
}

/** Content folders made for one run, removed when the builds are done. */
const temporaryContent: string[] = [];

async function temporaryFolder(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  temporaryContent.push(dir);
  return dir;
}

/** The full fixture site: hand-written fixtures plus enough generated posts to paginate lists and a tag. */
async function fullFixtureContent(): Promise<string> {
  const dir = await temporaryFolder("kf-site-");
  await cp("tests/fixtures/site", dir, { recursive: true });
  await writeSyntheticPosts(dir, {
    count: GENERATED_POSTS,
    words: 60,
    tags: ["Pain Relief", "Research"],
    tagsPerPost: 1,
    images: [],
    firstDate: new Date("2023-12-31T12:00:00Z"),
    lastReviewed: FIXTURE_BUILD_DATE,
  });
  return dir;
}

async function onePostContent(): Promise<string> {
  const dir = await temporaryFolder("kf-one-");
  await mkdir(path.join(dir, "posts"));
  await cp("tests/fixtures/site/posts/2024-07-01-plain-post.md", path.join(dir, "posts/2024-07-01-plain-post.md"));
  return dir;
}

const CACHED_POST = "tests/fixtures/site/posts/2024-11-05-featured-with-body-image.md";

/** Builds one article, deletes an image its body uses, and builds again with the same cache. */
async function buildAfterImageDeleted(): Promise<FixtureSites["cachedAfterImageDeleted"]> {
  const logs = ["cached-image-first", "cached-image-second"].map((name) => path.join(outputRoot, `${name}.log`));
  if (reuse) {
    const [first, second] = await Promise.all(logs.map((log) => readFile(log, "utf8")));
    return { first: { code: 0, output: first! }, second: { code: 1, output: second! } };
  }
  const root = await mkdtemp(path.join(os.tmpdir(), "kf-cached-"));
  const mediaDir = path.join(root, "static/img");
  await cp("static/img", mediaDir, { recursive: true });
  await mkdir(path.join(root, "content/posts"), { recursive: true });
  await cp(CACHED_POST, path.join(root, "content/posts", path.basename(CACHED_POST)));
  const env = { SITE_URL, KF_BUILD_DATE: FIXTURE_BUILD_DATE, ADMIN: "off", MEDIA_DIR: mediaDir, LAW_DIR: await fixtureLaw() };
  const first = await runGatsbyBuild({ contentDir: path.join(root, "content"), projectDir: project, env });
  await rm(path.join(mediaDir, CACHED_POST_BODY_IMAGE));
  const second = await runGatsbyBuild({ contentDir: path.join(root, "content"), projectDir: project, env });
  await Promise.all([writeFile(logs[0]!, first.output), writeFile(logs[1]!, second.output)]);
  await rm(root, { recursive: true, force: true });
  return { first, second };
}

let fixtureLawDir = "";

/** The synthetic legal tracker every fixture build but "live" reads, written once a run. */
async function fixtureLaw(): Promise<string> {
  if (!fixtureLawDir) fixtureLawDir = await writeSyntheticLaw(await temporaryFolder("kf-law-"), FIXTURE_BUILD_DATE);
  return fixtureLawDir;
}

/**
 * The legal tracker with one jurisdiction missing (Wyoming) and one record broken (Ohio's
 * status misspelt and its ban undated): the build must name both, with the file and field.
 */
async function malformedLaw(dir: string): Promise<string> {
  await writeSyntheticLaw(dir, FIXTURE_BUILD_DATE);
  await rm(path.join(dir, "wyoming.yml"));
  const ohio = path.join(dir, "ohio.yml");
  const text = (await readFile(ohio, "utf8")).replace(/^leaf: .*$/m, "leaf: legal");
  await writeFile(ohio, text);
  await writeFile(path.join(dir, "alabama.yml"), (await readFile(path.join(dir, "alabama.yml"), "utf8")).replace(/^effective: .*\n/m, ""));
  return dir;
}

/** The working tree's build folders as they stand: whether each exists and when it last changed. */
async function workingTreeOutput(): Promise<string> {
  const states = await Promise.all(
    ["public", ".cache"].map(async (dir) => {
      const info = await stat(dir).catch(() => null);
      return `${dir}: ${info ? `changed ${info.mtime.toISOString()}` : "absent"}`;
    }),
  );
  return states.join("; ");
}

/** Builds once for the whole run; the build and browser tests only read what this leaves. */
export default async function buildFixtureSites({ provide }: TestProject): Promise<void> {
  const outputBefore = await workingTreeOutput();
  if (!reuse) await rm(outputRoot, { recursive: true, force: true });
  await mkdir(outputRoot, { recursive: true });
  if (!reuse) {
    project = await scratchProject();
    await symlink(outputRoot, path.join(project, ".test-output"), "dir");
  }
  const cache = async () => {
    if (!reuse) await rm(path.join(project, ".cache"), { recursive: true, force: true });
  };
  // The first build starts from no cache, as CI and Netlify's first deploy do; the second
  // reuses it, as every later deploy does.

  // The admin as production builds it (Identity login, no local backend), on the smallest site.
  const onePost = await buildInto("one-post", await onePostContent(), { CMS_BACKEND: "" });
  // Reader pages never load the admin (its bundle is separate, and tests/build/admin-isolation
  // proves their JS is byte-identical without it), so the big fixture site leaves it out.
  const site = await buildInto("site", await fullFixtureContent(), { ADMIN: "off" });
  // The real site, with its admin pointed at a local decap-server for the editor tests.
  const live = await buildInto("live", "content", { GATSBY_CMS_LOCAL_BACKEND: "true", KF_BUILD_DATE: "", LAW_DIR: "content/law" });
  // Valid posts full of hostile text (docs/bad-input-corpus.md): every one must render, as text.
  const safeRender = await buildInto("safe-render", "tests/fixtures/safe-render", { ADMIN: "off" });

  await cache();
  const cachedAfterImageDeleted = await buildAfterImageDeleted();
  await cache();

  // Last, and its cache thrown away: a build that fails after sourcing leaves Gatsby's node
  // store updated but its query tracking not, and the next build would reuse stale results.
  // Built from a copy, as some malformed posts are generated (a 5 MB one is not committed).
  const malformedDir = path.join(outputRoot, "malformed-content");
  const malformed = reuse
    ? { code: 1, output: await readFile(path.join(outputRoot, "malformed.log"), "utf8") }
    : await runGatsbyBuild({
        // Named relative to the project, so messages name the files as the tests find them.
        contentDir: path.relative(process.cwd(), await malformedContent(malformedDir)),
        projectDir: project,
        env: { SITE_URL, KF_BUILD_DATE: FIXTURE_BUILD_DATE, ADMIN: "off", LAW_DIR: path.relative(process.cwd(), await malformedLaw(path.join(outputRoot, MALFORMED_LAW_DIR))) },
      });
  if (!reuse) {
    await writeFile(path.join(outputRoot, "malformed.log"), malformed.output);
    // Bounded by the cost limits: no malformed file is ever parsed past them.
    if ("wallMs" in malformed) console.log(`fixture build "malformed" (fails as it must): ${(malformed.wallMs / 1000).toFixed(1)} s`);
  }
  // A site owner's typo in the admin's backend settings: the build must stop at once, saying what is wrong.
  const badBackend = reuse
    ? { code: 1, output: await readFile(path.join(outputRoot, "bad-backend.log"), "utf8") }
    : await runGatsbyBuild({ contentDir: "content", projectDir: project, env: { SITE_URL, CMS_BACKEND: "gitlab", CMS_REPO: "https://gitlab.com/kratom-facts/site", LAW_DIR: "content/law" } });
  if (!reuse) await writeFile(path.join(outputRoot, "bad-backend.log"), badBackend.output);
  await Promise.all([...(reuse ? [] : [project]), ...temporaryContent].map((dir) => rm(dir, { recursive: true, force: true })));

  const sites: FixtureSites = {
    siteDir: site.dir,
    siteLog: site.output,
    onePostDir: onePost.dir,
    onePostLog: onePost.output,
    liveDir: live.dir,
    safeRenderDir: safeRender.dir,
    malformed: { code: malformed.code, output: malformed.output, postsDir: path.relative(process.cwd(), path.join(malformedDir, "posts")) },
    cachedAfterImageDeleted,
    badBackend: { code: badBackend.code, output: badBackend.output, wallMs: "wallMs" in badBackend ? badBackend.wallMs : 0 },
    siteUrl: SITE_URL,
    generatedPosts: GENERATED_POSTS,
    workingTreeOutput: { before: outputBefore, after: await workingTreeOutput() },
  };
  provide("sites", sites);
}
