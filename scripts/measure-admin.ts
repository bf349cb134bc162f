/**
 * What an editor's first visit to the admin downloads (gzip, as served) and how long until its
 * login button is on screen, on a throttled connection, for each production backend's build.
 * Run: npx tsx scripts/measure-admin.ts [--runs 3] [--dir <a built site folder> --label <name>]
 * (--dir measures an admin built elsewhere, for example by an older commit, for a before/after).
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { bundleAdmin } from "../src/build/admin-bundle";
import { CMS_BACKEND_NAMES, cmsBackendFromEnvironment, type CmsEnvironment } from "../src/cms/backends";
import { launchBrowser } from "../tests/support/browser";
import { serveGzipped } from "./lib/gzip-static-server";
import { markdownTable } from "./lib/markdown-table";
import { onSlow4G } from "./lib/slow-4g";

const SETTINGS: Record<(typeof CMS_BACKEND_NAMES)[number], CmsEnvironment> = {
  "git-gateway": {},
  github: { CMS_BACKEND: "github", CMS_REPO: "owner/site" },
  gitlab: { CMS_BACKEND: "gitlab", CMS_REPO: "owner/site", CMS_GITLAB_APP_ID: "an-application-id" },
};

interface Visit {
  files: number;
  transferred: number;
  loginMs: number;
}

async function visit(siteDir: string): Promise<Visit> {
  const server = await serveGzipped(siteDir);
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    const network = await onSlow4G(page);
    const started = performance.now();
    await page.goto(`${server.origin}/admin/`);
    await page.getByRole("button", { name: /^Login/ }).waitFor({ state: "visible", timeout: 120_000 });
    const loginMs = performance.now() - started;
    // Whatever the login screen still fetches after its button shows counts as part of the visit.
    await page.waitForLoadState("networkidle");
    return { files: network.files(), transferred: network.transferred(), loginMs };
  } finally {
    await browser.close();
    await server.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(label: string, siteDir: string, runs: number): Promise<Array<string | number>> {
  const visits: Visit[] = [];
  for (let run = 0; run < runs; run += 1) visits.push(await visit(siteDir));
  const times = visits.map((one) => one.loginMs / 1000);
  return [label, visits[0]!.files, (median(visits.map((one) => one.transferred)) / 1024).toFixed(0), median(times).toFixed(2), `${Math.min(...times).toFixed(2)}–${Math.max(...times).toFixed(2)}`];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, dir: { type: "string" }, label: { type: "string", default: "given" } } });
  const runs = Number(values.runs);
  const rows: Array<Array<string | number>> = [];
  if (values.dir) rows.push(await measure(values.label!, path.resolve(values.dir), runs));
  else {
    for (const name of CMS_BACKEND_NAMES) {
      const dir = await mkdtemp(path.join(os.tmpdir(), `kf-admin-weight-${name}-`));
      await bundleAdmin({ publicDir: dir, production: true, backend: cmsBackendFromEnvironment(SETTINGS[name]) });
      await writeFile(path.join(dir, "404.html"), "<!doctype html><title>Not found</title>");
      rows.push(await measure(name, dir, runs));
      await rm(dir, { recursive: true, force: true });
    }
  }
  console.log(`First visit to /admin/ on a throttled connection (150 ms RTT, 1.6 Mbit/s), empty cache, this machine's CPU; median of ${runs}:\n`);
  console.log(markdownTable(["backend", "files", "transferred KiB (gzip)", "login button after, s", "min–max, s"], rows));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
