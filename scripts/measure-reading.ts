/**
 * A reader who reads three articles: the home page, then three articles, each reached by
 * clicking its link on the page before, in one browser (its cache kept), on Lighthouse's mobile
 * connection and a 4× slower CPU. For each built site given it prints, per step, the bytes
 * transferred until the network is idle (gzip, served with the site's own _headers) and the
 * time from the click (or, first, from asking for the page) until the new page's heading is
 * on screen: a client-side navigation and a full page load are timed the same way. Median of
 * --runs fresh browsers.
 * `--external-css` also measures each site with Gatsby's inlined stylesheet swapped for a link
 * to the same file (parsed and rewritten with cheerio, in a copy): the one-cached-stylesheet option.
 * Run: npx tsx scripts/measure-reading.ts --site after=public [--site before=../other/public] [--external-css] [--runs 3]
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { launchBrowser } from "../tests/support/browser";
import { headersFor, netlifyHeaderRules } from "../tests/support/netlify-headers";
import { serveGzipped } from "./lib/gzip-static-server";
import { withExternalCss } from "./lib/linked-css";
import { markdownTable } from "./lib/markdown-table";
import { onSlow4G } from "./lib/slow-4g";

// Each is linked from the one before it.
const PAGES = ["/", "/blog/stopping-kratom-or-7-oh/", "/blog/kratom-and-7-oh-risks-and-side-effects/", "/blog/overdose-what-to-do/"];

interface PageVisit {
  transferred: number;
  headingMs: number;
}

async function readThrough(siteDir: string): Promise<PageVisit[]> {
  const rules = await netlifyHeaderRules(siteDir);
  const server = await serveGzipped(siteDir, 0, (urlPath) => headersFor(rules, urlPath));
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true })).newPage();
    const network = await onSlow4G(page, 4);
    const visits: PageVisit[] = [];
    let heading = "";
    for (const [index, urlPath] of PAGES.entries()) {
      const before = network.transferred();
      const started = performance.now();
      if (index === 0) await page.goto(`${server.origin}${urlPath}`, { waitUntil: "commit" });
      else await page.locator(`main a[href="${urlPath}"]`).first().click({ noWaitAfter: true });
      await page.waitForURL(`${server.origin}${urlPath}`, { waitUntil: "commit" });
      const title = page.getByRole("heading", { level: 1 });
      await page.waitForFunction((previous) => {
        const shown = document.querySelector("h1");
        return shown !== null && shown.textContent !== previous && shown.getBoundingClientRect().height > 0;
      }, heading);
      const headingMs = performance.now() - started;
      heading = (await title.textContent()) ?? "";
      await page.waitForLoadState("networkidle");
      visits.push({ transferred: network.transferred() - before, headingMs });
    }
    return visits;
  } finally {
    await browser.close();
    await server.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(siteDir: string, runs: number): Promise<PageVisit[]> {
  const all: PageVisit[][] = [];
  for (let run = 0; run < runs; run += 1) all.push(await readThrough(siteDir));
  return PAGES.map((_, index) => ({
    transferred: median(all.map((visits) => visits[index]!.transferred)),
    headingMs: median(all.map((visits) => visits[index]!.headingMs)),
  }));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { site: { type: "string", multiple: true, default: ["after=public"] }, "external-css": { type: "boolean", default: false }, runs: { type: "string", default: "3" } },
  });
  const runs = Number(values.runs);
  const rows: Array<Array<string | number>> = [];
  const addRows = (label: string, visits: PageVisit[]) => {
    visits.forEach((visit, index) => rows.push([label, PAGES[index]!, (visit.transferred / 1024).toFixed(1), visit.headingMs.toFixed(0)]));
    const sum = (pick: (visit: PageVisit) => number) => visits.reduce((total, visit) => total + pick(visit), 0);
    rows.push([label, "all four", (sum((visit) => visit.transferred) / 1024).toFixed(1), sum((visit) => visit.headingMs).toFixed(0)]);
  };
  for (const entry of values.site!) {
    const [label, dir] = entry.includes("=") ? (entry.split("=", 2) as [string, string]) : [entry, entry];
    addRows(`${label}, CSS inline`, await measure(path.resolve(dir), runs));
    if (values["external-css"]) {
      const copy = await withExternalCss(path.resolve(dir));
      addRows(`${label}, CSS linked`, await measure(copy, runs));
      await rm(copy, { recursive: true, force: true });
    }
  }
  console.log(`The home page, then three articles by their links, one browser, cache kept; slow 4G (150 ms RTT, 1.6 Mbit/s) and 4× CPU slowdown; median of ${runs}:\n`);
  console.log(markdownTable(["site", "page", "transferred KiB (gzip)", "heading on screen after, ms"], rows));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
