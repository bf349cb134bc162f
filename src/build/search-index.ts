import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { SEARCH_BUNDLE_DIR } from "../search/bundle";

const run = promisify(execFile);

/**
 * Indexes the built pages with Pagefind's CLI (its npm package ships the binary for this
 * platform). Only elements marked data-pagefind-body are indexed: articles and content pages,
 * never the admin, lists or drafts (which production never builds). The CLI rather than the
 * Node API because that API is ESM-only and gatsby-node is compiled to CommonJS.
 */
export async function writeSearchIndex(publicDir: string): Promise<string> {
  const cli = path.resolve("node_modules/.bin/pagefind");
  // Gatsby keeps unknown files in public/ between builds; a stale index would outlive its pages.
  await rm(path.join(publicDir, SEARCH_BUNDLE_DIR), { recursive: true, force: true });
  const { stdout } = await run(cli, ["--site", publicDir, "--output-subdir", SEARCH_BUNDLE_DIR, "--force-language", "en"]);
  return stdout;
}
