import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type CheerioAPI, load } from "cheerio";

/** The built HTML of one page as the server sends it (`/blog/` → public/blog/index.html). */
export function builtHtml(siteDir: string, urlPath: string): string {
  const file = urlPath.endsWith(".html") ? path.join(siteDir, urlPath) : path.join(siteDir, urlPath, "index.html");
  if (!existsSync(file)) throw new Error(`no page was built at ${urlPath} (${file})`);
  return readFileSync(file, "utf8");
}

/** The built HTML of one page, parsed with a real HTML parser. */
export function builtPage(siteDir: string, urlPath: string): CheerioAPI {
  return load(builtHtml(siteDir, urlPath));
}

export function pageExists(siteDir: string, urlPath: string): boolean {
  return existsSync(path.join(siteDir, urlPath, "index.html"));
}

/** Whitespace folded, so messages the reporter wraps at the terminal width still match. */
export function folded(text: string): string {
  return text.replace(/\s+/g, " ");
}

/** Every reader page of a built site, as file paths under it (the admin and Gatsby's slice files left out). */
export function builtReaderPages(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith("admin/") && !file.startsWith("_gatsby/"))
    .sort();
}
