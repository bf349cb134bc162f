import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSize } from "../../scripts/lib/gzip";
import { builtHtml, builtPage } from "./html";

export interface LoadedFile {
  /** Site-relative address, as the page asks for it. */
  url: string;
  /** Why the page loads it: named in its HTML, or part of its page component's chunk group. */
  via: "html" | "page chunk" | "page data";
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
   * Every script a first visit runs: <script src>, script preloads and the page component's
   * chunks.
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
 * and its component's chunk group (listed in webpack.stats.json). A GatsbyImage would also
 * import gatsby-plugin-image's hydration chunks (React's server renderer) as it mounts; the site
 * renders none (ResponsiveImage), and a page with one is refused rather than undercounted.
 */
export function pageBytes(siteDir: string, urlPath: string): PageBytes {
  const $ = builtPage(siteDir, urlPath);
  if ($("[data-gatsby-image-wrapper]").length > 0) throw new Error(`${urlPath} renders a GatsbyImage, whose hydration chunks this helper does not count`);
  const local = (url: string | undefined): url is string => url !== undefined && url.startsWith("/") && !url.startsWith("//");
  const htmlScripts = [
    ...$("script[src]")
      .map((_, element) => $(element).attr("src"))
      .get(),
    ...$('link[rel="preload"][as="script"], link[rel="modulepreload"]')
      .map((_, element) => $(element).attr("href"))
      .get(),
  ].filter(local);

  const scripts = [...new Set(htmlScripts)].map((url) => loaded(siteDir, url, "html"));
  // Without Gatsby's runtime nothing else loads: no page data, no page chunks.
  const runtime = scripts.find((script) => /^\/webpack-runtime-/.test(script.url));
  const { pageData, urls: dataUrls } = runtime ? pageDataUrls(siteDir, urlPath) : { pageData: null, urls: [] };
  if (runtime && pageData) {
    const stats = readJson<WebpackStats>(path.join(siteDir, "webpack.stats.json"));
    const chunkScripts = (stats.assetsByChunkName[pageData.componentChunkName] ?? []).filter((asset) => asset.endsWith(".js")).map((asset) => `/${asset}`);
    for (const url of new Set(chunkScripts)) if (!htmlScripts.includes(url)) scripts.push(loaded(siteDir, url, "page chunk"));
  }

  return {
    html: sized(builtHtml(siteDir, urlPath)),
    scripts,
    inlineStyle: sized(
      $("style")
        .map((_, element) => $(element).text())
        .get()
        .join(""),
    ),
    stylesheets: $('link[rel="stylesheet"]')
      .map((_, element) => $(element).attr("href"))
      .get()
      .filter(local)
      .map((url) => loaded(siteDir, url, "html")),
    data: dataUrls.map((url) => loaded(siteDir, url, "page data")),
  };
}

export const total = (files: ReadonlyArray<{ bytes: number; gzip: number }>): Size =>
  files.reduce((sum, file) => ({ bytes: sum.bytes + file.bytes, gzip: sum.gzip + file.gzip }), { bytes: 0, gzip: 0 });
