import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { type DefaultTreeAdapterMap, defaultTreeAdapter, parseFragment, serialize } from "parse5";
import { windowAssignments, windowDataHtml } from "../ssr/window-data";

type ChildNode = DefaultTreeAdapterMap["childNode"];
type Element = DefaultTreeAdapterMap["element"];

/**
 * Gatsby's "scripts slice": chunk mapping, compilation hash and app scripts, stitched into
 * every page after rendering. Gatsby has no hook for it (onPreRenderHTML sees the page before
 * slices are stitched in), so the built pages are rewritten: the one string rewrite left.
 */
export const SCRIPTS_SLICE = "_gatsby/slices/_gatsby-scripts-1.html";

function isScript(node: ChildNode): node is Element {
  return defaultTreeAdapter.isElementNode(node) && node.tagName === "script";
}

const hasSrc = (script: Element) => script.attrs.some((attribute) => attribute.name === "src");

function scriptText(script: Element): string {
  return script.childNodes.map((child) => (defaultTreeAdapter.isTextNode(child) ? child.value : "")).join("");
}

/**
 * The slice with its inline scripts' values moved into a data block, read by a script whose
 * text never changes; its <script src> tags stay as they are, in order. Parsed as HTML, so a
 * script Gatsby writes differently (new attributes, line breaks) is still found, and anything
 * but plain window assignments in one is an error rather than code the CSP would block.
 */
export function constantScriptsSlice(slice: string): string {
  const fragment = parseFragment(slice);
  const inline = fragment.childNodes.filter(isScript).filter((script) => !hasSrc(script));
  if (inline.length === 0) throw new Error(`${SCRIPTS_SLICE} has no inline scripts any more; check what Gatsby now writes there`);
  const values = Object.assign({}, ...inline.map((script) => windowAssignments(scriptText(script).trim())));
  for (const script of inline) defaultTreeAdapter.detachNode(script);
  return windowDataHtml(values) + serialize(fragment).trim();
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith("_gatsby/") && !file.startsWith("admin/"));
}

/** One built page with Gatsby's slice replaced; a page that carries Gatsby's scripts in another form is an error. */
export function withConstantScripts(file: string, html: string, slice: string, replacement: string): string | null {
  if (html.includes(slice)) return html.replace(slice, replacement);
  if (html.includes("gatsby-chunk-mapping")) throw new Error(`${file} carries Gatsby's scripts in a form the CSP rewrite does not know`);
  return null;
}

/**
 * Rewrites every built page so its only inline scripts are ones whose text never changes (see
 * src/ssr/window-data.tsx). Returns how many pages were rewritten.
 */
export async function makeScriptsSliceConstant(publicDir: string): Promise<number> {
  const slice = await readFile(path.join(publicDir, SCRIPTS_SLICE), "utf8");
  const replacement = constantScriptsSlice(slice);
  let rewritten = 0;
  for (const file of await htmlFiles(publicDir)) {
    const target = path.join(publicDir, file);
    const html = withConstantScripts(file, await readFile(target, "utf8"), slice, replacement);
    if (html === null) continue;
    await writeFile(target, html);
    rewritten += 1;
  }
  return rewritten;
}
