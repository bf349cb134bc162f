import { execFile } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { launch } from "chrome-launcher";
import type { Result } from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

export interface PageScores {
  url: string;
  /** Lowest and highest performance score over all runs: how noisy this machine was. */
  performanceRange: [number, number];
  /** Chromium's CPU benchmark over all runs: lower means a busier or slower machine, hence more TBT. */
  benchmarkIndexRange: [number, number];
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Bytes on the wire per resource type, from Lighthouse's resource-summary audit. */
  transfer: { script: number; stylesheet: number; image: number; document: number; total: number };
  /** Every audit that costs its category points: what to look at first. */
  losses: Array<{ category: string; id: string; title: string; score: number; weight: number; displayValue?: string }>;
}

/** Debian's Chromium (or CHROME_PATH): Lighthouse never downloads a browser here. */
export const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

function transferSizes(lhr: Result): PageScores["transfer"] {
  const items = (lhr.audits["resource-summary"]?.details as { items?: Array<{ resourceType: string; transferSize: number }> } | undefined)?.items ?? [];
  const size = (type: string) => items.find((item) => item.resourceType === type)?.transferSize ?? 0;
  return { script: size("script"), stylesheet: size("stylesheet"), image: size("image"), document: size("document"), total: size("total") };
}

function losses(lhr: Result): PageScores["losses"] {
  return CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
      .filter(({ ref, audit }) => ref.weight > 0 && audit !== undefined && audit.score !== null && audit.score < 1)
      .map(({ ref, audit }) => ({
        category,
        id: ref.id,
        title: audit!.title,
        score: audit!.score!,
        weight: ref.weight,
        ...(audit!.displayValue ? { displayValue: audit!.displayValue } : {}),
      })),
  );
}

function summary(lhr: Result, runs: readonly Result[]): PageScores {
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const performance = runs.map((run) => run.categories.performance?.score ?? 0);
  const benchmark = runs.map((run) => run.environment.benchmarkIndex);
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, lhr.categories[category]?.score ?? null])) as PageScores["scores"];
  return {
    url: lhr.finalDisplayedUrl,
    performanceRange: [Math.min(...performance), Math.max(...performance)],
    benchmarkIndexRange: [Math.min(...benchmark), Math.max(...benchmark)],
    scores,
    lcpMs: metric("largest-contentful-paint"),
    tbtMs: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
    transfer: transferSizes(lhr),
    losses: losses(lhr),
  };
}

const lighthouseCli = path.resolve("node_modules/lighthouse/cli/index.js");

/**
 * One Lighthouse run in a plain Node process. Not the Node API in this process: tsx compiles
 * Lighthouse's modules with esbuild's keepNames, and the functions Lighthouse sends into the
 * page then call an `__name` helper that does not exist there.
 */
async function lighthouseReport(url: string, port: number, reportFile: string): Promise<Result> {
  await promisify(execFile)(process.execPath, [lighthouseCli, url, `--port=${port}`, "--output=json", `--output-path=${reportFile}`, `--only-categories=${CATEGORIES.join(",")}`, "--quiet"], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const lhr = JSON.parse(await readFile(reportFile, "utf8")) as Result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
  return lhr;
}

/**
 * Lighthouse's defaults (mobile form factor, simulated slow-4G and 4× CPU throttling) on each
 * address `runs` times, in one headless Chromium; each address is summed up by its median run
 * (Lighthouse's own choice: closest to the median FCP and TTI). Simulated metrics still move
 * with the machine's load, hence several runs. Every report stays in `reportDir` as JSON.
 */
export async function runLighthouse(urls: readonly string[], reportDir: string, runs = 3): Promise<PageScores[]> {
  await mkdir(reportDir, { recursive: true });
  const chrome = await launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox"], logLevel: "error" });
  try {
    const results: PageScores[] = [];
    for (const url of urls) {
      const name = new URL(url).pathname.replace(/^\/|\/$/g, "").replace(/\//g, "_") || "home";
      const reports: Result[] = [];
      for (let run = 1; run <= runs; run += 1) reports.push(await lighthouseReport(url, chrome.port, path.join(reportDir, `${name}-${run}.json`)));
      results.push(summary(computeMedianRun(reports), reports));
    }
    return results;
  } finally {
    chrome.kill();
  }
}
