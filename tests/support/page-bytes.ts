import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSize } from "../../scripts/lib/gzip";
import { builtHtml, builtPage } from "./html";

export interface LoadedFile {
  /** Site-relative address, as the page asks for it. */
  url: string;
  /** Why the page loads it: named in its HTML, or part of its page component's chunk group. */
  via: "html" | "page chunk" | "image hydration" | "page data";
  bytes: number;
  gzip: number;
  code: string;
}

export interface Size {
  bytes: number;
  gzip: number;
}

export interface PageBytes {
  html: Size;
  /**
   * Every script a first visit runs: <script src>, script preloads, the page component's
   * chunks, and the chunks gatsby-plugin-image imports as soon as a GatsbyImage mounts.
   */
  scripts: LoadedFile[];
  /** Gatsby inlines the site's CSS into a <style> in every page's head. */
  inlineStyle: Size;
  stylesheets: LoadedFile[];
  /** The JSON Gatsby's runtime fetches on a first visit (page data, static queries). */
  data: LoadedFile[];
}

interface PageData {
  componentChunkName: string;
  staticQueryHashes?: string[];
}

interface WebpackStats {
  assetsByChunkName: Record<string, string[]>;
}

function sized(text: string): Size {
  return { bytes: Buffer.byteLength(text), gzip: gzipSize(text) };
}

function loaded(siteDir: string, url: string, via: LoadedFile["via"]): LoadedFile {
  const code = readFileSync(path.join(siteDir, url), "utf8");
  return { url, via, code, ...sized(code) };
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** `{194:"abc",223:"def"}` → Map. */
function numberKeyedStrings(literal: string): Map<number, string> {
  return new Map([...literal.matchAll(/(\d+):"([^"]+)"/g)].map((entry) => [Number(entry[1]), entry[2] as string]));
}

/**
 * Chunk id → file, read from the webpack runtime the page loads (its `u` function: names, then
 * hashes). Not from the folder: public/ keeps files of earlier builds with the same chunk ids.
 */
function chunkFiles(runtime: LoadedFile): (id: number) => string {
  const maps = runtime.code.match(/\.u=function\(\w\)\{return\(\{([^}]*)\}\[\w\]\|\|\w\)\+"-"\+\{([^}]*)\}\[\w\]\+"\.js"\}/);
  if (!maps) throw new Error(`${runtime.url} has no chunk file map this helper can read: update tests/support/page-bytes.ts`);
  const names = numberKeyedStrings(maps[1] as string);
  const hashes = numberKeyedStrings(maps[2] as string);
  return (id) => {
    const hash = hashes.get(id);
    if (!hash) throw new Error(`${runtime.url} knows no chunk ${id}`);
    return `/${names.get(id) ?? id}-${hash}.js`;
  };
}

// gatsby-plugin-image's GatsbyImage starts this import in an effect on every mount, whatever
// the browser: its chunks (react-dom/server among them) load on any page with such an image.
const IMAGE_HYDRATION_IMPORT = /Promise\.all\(\[([^\]]+)\]\)\.then\([\w$]+\.bind\([\w$]+,\d+\)\)\.then\(\(\{renderImageToString/;

/** The chunk ids a loaded script declares (its `push([[ids],`): those need no further download. */
function declaredChunks(scripts: readonly LoadedFile[]): Set<number> {
  return new Set(scripts.flatMap((script) => script.code.slice(0, 400).match(/\.push\(\[\[([\d,]+)\]/)?.[1]?.split(",").map(Number) ?? []));
}

function imageHydrationChunks(scripts: readonly LoadedFile[], runtime: LoadedFile): string[] {
  const match = scripts.map((script) => script.code.match(IMAGE_HYDRATION_IMPORT)).find((found) => found !== null);
  if (!match?.[1]) throw new Error("the page has a GatsbyImage but no script imports gatsby-plugin-image's hydration chunks: update tests/support/page-bytes.ts");
  const fileOf = chunkFiles(runtime);
  const loadedAlready = declaredChunks(scripts);
  return [...match[1].matchAll(/\.e\((\d+)\)/g)].map((id) => Number(id[1])).filter((id) => !loadedAlready.has(id)).map(fileOf);
}

/** The page data Gatsby's runtime fetches for a page, or none for a page it does not manage (the admin). */
function pageDataUrls(siteDir: string, urlPath: string): { pageData: PageData | null; urls: string[] } {
  const pageDataUrl = `/page-data${urlPath === "/" ? "/index" : urlPath.replace(/\/$/, "")}/page-data.json`;
  if (!existsSync(path.join(siteDir, pageDataUrl))) return { pageData: null, urls: [] };
  const pageData = readJson<PageData>(path.join(siteDir, pageDataUrl));
  const queries = (pageData.staticQueryHashes ?? []).map((hash) => `/page-data/sq/d/${hash}.json`);
  return { pageData, urls: ["/page-data/app-data.json", pageDataUrl, ...queries] };
}

/**
 * What a first visit to a built page downloads, from the build output alone: Gatsby's HTML
 * names only its runtime, framework and app scripts; the runtime then fetches the page's data
 * and its component's chunk group (listed in webpack.stats.json), and a GatsbyImage on the
 * page imports gatsby-plugin-image's hydration chunks.
 */
export function pageBytes(siteDir: string, urlPath: string): PageBytes {
  const $ = builtPage(siteDir, urlPath);
  const local = (url: string | undefined): url is string => url !== undefined && url.startsWith("/") && !url.startsWith("//");
  const htmlScripts = [
    ...$("script[src]").map((_, element) => $(element).attr("src")).get(),
    ...$('link[rel="preload"][as="script"], link[rel="modulepreload"]').map((_, element) => $(element).attr("href")).get(),
  ].filter(local);

  const scripts = [...new Set(htmlScripts)].map((url) => loaded(siteDir, url, "html"));
  // Without Gatsby's runtime nothing else loads: no page data, no page chunks, no image hydration.
  const runtime = scripts.find((script) => /^\/webpack-runtime-/.test(script.url));
  const { pageData, urls: dataUrls } = runtime ? pageDataUrls(siteDir, urlPath) : { pageData: null, urls: [] };
  if (runtime && pageData) {
    const stats = readJson<WebpackStats>(path.join(siteDir, "webpack.stats.json"));
    const chunkScripts = (stats.assetsByChunkName[pageData.componentChunkName] ?? []).filter((asset) => asset.endsWith(".js")).map((asset) => `/${asset}`);
    for (const url of new Set(chunkScripts)) if (!htmlScripts.includes(url)) scripts.push(loaded(siteDir, url, "page chunk"));
  }
  if (runtime && $("[data-gatsby-image-wrapper]").length > 0) {
    for (const url of imageHydrationChunks(scripts, runtime)) scripts.push(loaded(siteDir, url, "image hydration"));
  }

  return {
    html: sized(builtHtml(siteDir, urlPath)),
    scripts,
    inlineStyle: sized($("style").map((_, element) => $(element).text()).get().join("")),
    stylesheets: $('link[rel="stylesheet"]').map((_, element) => $(element).attr("href")).get().filter(local).map((url) => loaded(siteDir, url, "html")),
    data: dataUrls.map((url) => loaded(siteDir, url, "page data")),
  };
}

export const total = (files: ReadonlyArray<{ bytes: number; gzip: number }>): Size =>
  files.reduce((sum, file) => ({ bytes: sum.bytes + file.bytes, gzip: sum.gzip + file.gzip }), { bytes: 0, gzip: 0 });
