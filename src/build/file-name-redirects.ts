import path from "node:path";
import type { Actions } from "gatsby";
import { postPath } from "../content/paths";

/**
 * The admin's links to a draft's deploy preview, and to a published article, are made from its
 * file name (Decap's preview_path cannot drop the date the file name starts with):
 * /blog/2026-11-10-what-is-kratom/ must lead to /blog/what-is-kratom/. Gatsby records each
 * redirect; the build writes them for Netlify (_redirects) and `gatsby develop` answers them.
 */
export interface FileNameRedirect {
  fromPath: string;
  toPath: string;
}

export function fileNameRedirects(posts: ReadonlyArray<{ file: string; path: string }>): FileNameRedirect[] {
  return posts.map((post) => ({ fromPath: postPath(path.basename(post.file, path.extname(post.file))), toPath: post.path })).filter((redirect) => redirect.fromPath !== redirect.toPath);
}

export function createFileNameRedirects(posts: ReadonlyArray<{ file: string; path: string }>, createRedirect: Actions["createRedirect"]): void {
  for (const redirect of fileNameRedirects(posts)) createRedirect({ ...redirect, isPermanent: true });
}

/** Netlify's _redirects format, one permanent redirect a line. */
export function redirectsFile(redirects: readonly FileNameRedirect[]): string {
  return `# Written by the build (src/build/file-name-redirects.ts): an article's address by file name leads to the article.\n${redirects.map((redirect) => `${redirect.fromPath} ${redirect.toPath} 301`).join("\n")}\n`;
}

/** Gatsby's record of the redirects createPages made. */
export function recordedRedirects(store: unknown): FileNameRedirect[] {
  return (store as { getState(): { redirects: FileNameRedirect[] } }).getState().redirects.map(({ fromPath, toPath }) => ({ fromPath, toPath }));
}
