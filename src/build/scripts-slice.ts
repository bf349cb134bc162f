import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { windowAssignments, windowDataHtml } from "../ssr/window-data";

/** Gatsby's "scripts slice": chunk mapping, compilation hash and app scripts, stitched into every page after rendering. */
const SCRIPTS_SLICE = "_gatsby/slices/_gatsby-scripts-1.html";
const INLINE_SCRIPT = /<script(?:\s+id="gatsby-chunk-mapping"\s*)?>([\s\S]*?)<\/script>/g;

/** The slice with its inline scripts' values moved into a data block; its <script src> tags stay as they are. */
export function constantScriptsSlice(slice: string): string {
  const inline = [...slice.matchAll(INLINE_SCRIPT)];
  if (inline.length === 0) throw new Error(`${SCRIPTS_SLICE} has no inline scripts any more; check what Gatsby now writes there`);
  const values = Object.assign({}, ...inline.map((match) => windowAssignments(match[1]!.trim())));
  return windowDataHtml(values) + slice.replace(INLINE_SCRIPT, "").trim();
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith("_gatsby/") && !file.startsWith("admin/"));
}

/**
 * Rewrites every built page so its only inline scripts are ones whose text never changes (see
 * src/ssr/window-data.tsx). Returns how many pages were rewritten; a page that should carry the
 * slice but does not is an error, not a page silently left with scripts the CSP would block.
 */
export async function makeScriptsSliceConstant(publicDir: string): Promise<number> {
  const slice = await readFile(path.join(publicDir, SCRIPTS_SLICE), "utf8");
  const replacement = constantScriptsSlice(slice);
  let rewritten = 0;
  for (const file of await htmlFiles(publicDir)) {
    const target = path.join(publicDir, file);
    const html = await readFile(target, "utf8");
    if (!html.includes(slice)) {
      if (html.includes("gatsby-chunk-mapping")) throw new Error(`${file} carries Gatsby's scripts in a form the CSP rewrite does not know`);
      continue;
    }
    await writeFile(target, html.replace(slice, replacement));
    rewritten += 1;
  }
  return rewritten;
}
