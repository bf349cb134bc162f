/**
 * Page benchmark (not a test): `npm run bench:pages [-- --no-build] [--posts N] [--runs 3]`.
 * Builds the real content for production (admin left out: reader pages never load it), serves
 * public/ with gzip on 127.0.0.1, runs Lighthouse (mobile, simulated throttling) on the four
 * kinds of page with Debian's Chromium, and prints its scores, metrics and transfer sizes
 * next to what the build output itself says each page downloads.
 */
import { readFileSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { pageBytes, total } from "../tests/support/page-bytes";
import { contentWithSyntheticPosts } from "./lib/bench-content";
import { runGatsbyBuild } from "./lib/gatsby-build";
import { serveGzipped } from "./lib/gzip-static-server";
import { withExternalCss } from "./lib/linked-css";
import { headersFor, netlifyHeaderRules } from "../tests/support/netlify-headers";
import { runLighthouse, type PageScores } from "./lib/lighthouse-run";
import { markdownTable } from "./lib/markdown-table";

// Home, a post with a featured image, a tag page and the blog index.
const PAGES = [{ path: "/" }, { path: "/blog/stopping-kratom-or-7-oh/" }, { path: "/tags/kratom/" }, { path: "/blog/" }, { path: "/law/" }, { path: "/law/ohio/" }] as const;

// A fixed port, built into the site's canonical and Open Graph addresses: Lighthouse's SEO
// audit fails a canonical link that points to another origin than the page's.
const PORT = 9371;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const REPORTS = ".bench/lighthouse";
const LIGHTHOUSE_VERSION = (JSON.parse(readFileSync("node_modules/lighthouse/package.json", "utf8")) as { version: string }).version;

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const score = (value: number | null) => (value === null ? "–" : value.toFixed(2));

async function build(posts: number): Promise<void> {
  const contentDir = posts > 0 ? await contentWithSyntheticPosts(posts) : "content";
  console.log(`Building ${contentDir === "content" ? "content/" : `content/ + ${posts} synthetic posts`} (ADMIN=off, SITE_URL=${ORIGIN})…`);
  const result = await runGatsbyBuild({ contentDir, env: { ADMIN: "off", SITE_URL: ORIGIN } });
  if (contentDir !== "content") await rm(contentDir, { recursive: true, force: true });
  if (result.code !== 0) throw new Error(`gatsby build failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
  console.log(`Built in ${(result.wallMs / 1000).toFixed(0)} s.`);
}

async function warnIfBuiltElsewhere(): Promise<void> {
  const home = await readFile(path.join("public", "index.html"), "utf8");
  const canonical = home.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
  if (canonical && !canonical.startsWith(ORIGIN)) {
    console.warn(`public/ was built for ${new URL(canonical).origin}, not ${ORIGIN}: Lighthouse's canonical audit will fail. Rebuild without --no-build.`);
  }
}

function lighthouseTable(results: readonly PageScores[]): string {
  return markdownTable(
    ["page", "perf", "a11y", "BP", "SEO", "LCP ms", "TBT ms", "CLS", "JS KiB", "CSS KiB", "image KiB", "total KiB"],
    PAGES.map((page, index) => {
      const result = results[index]!;
      return [
        page.path,
        score(result.scores.performance),
        score(result.scores.accessibility),
        score(result.scores["best-practices"]),
        score(result.scores.seo),
        result.lcpMs.toFixed(0),
        result.tbtMs.toFixed(0),
        result.cls.toFixed(3),
        kib(result.transfer.script),
        kib(result.transfer.stylesheet),
        kib(result.transfer.image),
        kib(result.transfer.total),
      ];
    }),
  );
}

function buildOutputTable(): string {
  return markdownTable(
    ["page", "HTML KiB", "HTML KiB gz", "inline CSS KiB", "inline CSS KiB gz", "scripts", "JS KiB gz", "page data KiB gz"],
    PAGES.map((page) => {
      const bytes = pageBytes("public", page.path);
      return [
        page.path,
        kib(bytes.html.bytes),
        kib(bytes.html.gzip),
        kib(bytes.inlineStyle.bytes + total(bytes.stylesheets).bytes),
        kib(bytes.inlineStyle.gzip + total(bytes.stylesheets).gzip),
        bytes.scripts.length,
        kib(total(bytes.scripts).gzip),
        kib(total(bytes.data).gzip),
      ];
    }),
  );
}

function lossesList(results: readonly PageScores[]): string {
  return PAGES.map((page, index) => {
    const { losses, performanceRange, benchmarkIndexRange } = results[index]!;
    const lines = losses.map((loss) => `  - ${loss.category}: ${loss.id} (score ${loss.score}, weight ${loss.weight})${loss.displayValue ? ` ${loss.displayValue}` : ""}`);
    const range = ([low, high]: [number, number], digits: number) => `${low.toFixed(digits)}–${high.toFixed(digits)}`;
    return `${page.path} (over all runs: performance ${range(performanceRange, 2)}, CPU benchmark index ${range(benchmarkIndexRange, 0)})\n${lines.length > 0 ? lines.join("\n") : "  - nothing"}`;
  }).join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { "no-build": { type: "boolean", default: false }, posts: { type: "string", default: "0" }, runs: { type: "string", default: "3" }, "linked-css": { type: "boolean", default: false } },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number from 1, not ${values.runs}`);
  const posts = Number(values.posts);
  if (!Number.isInteger(posts) || posts < 0) throw new Error(`--posts must be a whole number, not ${values.posts}`);
  if (values["no-build"]) await warnIfBuiltElsewhere();
  else await build(posts);

  // --linked-css: the same build with its stylesheet linked rather than inlined (a rewritten copy).
  const siteDir = values["linked-css"] ? await withExternalCss("public") : "public";
  const rules = await netlifyHeaderRules(siteDir);
  const server = await serveGzipped(siteDir, PORT, (urlPath) => headersFor(rules, urlPath));
  try {
    const results = await runLighthouse(
      PAGES.map((page) => `${server.origin}${page.path}`),
      REPORTS,
      runs,
    );
    const content = posts > 0 ? `content/ + ${posts} synthetic posts` : "content/";
    console.log(`\nLighthouse ${LIGHTHOUSE_VERSION} on ${content}: median of ${runs} run(s), mobile, simulated throttling; transfer sizes as served with gzip:\n`);
    console.log(lighthouseTable(results));
    console.log("\nFrom the build output (gzip at zlib's default level; JS = every script a first visit runs):\n");
    console.log(buildOutputTable());
    console.log("\nAudits that cost points:\n");
    console.log(lossesList(results));
    console.log(`\nFull reports: ${REPORTS}/*.json`);
  } finally {
    await server.close();
    if (siteDir !== "public") await rm(siteDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
