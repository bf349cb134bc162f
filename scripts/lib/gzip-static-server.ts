import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface GzipServer {
  origin: string;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};
// Images and fonts are compressed already; gzip would only cost the server time.
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".webmanifest", ".xml", ".txt", ".svg", ".wasm"]);

/** `/blog/` → public/blog/index.html, `/search` → public/search.html; null when nothing matches or the path leaves the folder. */
function fileFor(root: string, urlPath: string): string | null {
  const wanted = path.join(root, decodeURIComponent(urlPath));
  if (wanted !== root && !wanted.startsWith(`${root}${path.sep}`)) return null;
  for (const candidate of [wanted, path.join(wanted, "index.html"), `${wanted}.html`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Response headers for a request path, as the host would add them (for example Netlify's _headers rules). */
export type HeadersFor = (urlPath: string) => Record<string, string>;

function send(request: IncomingMessage, response: ServerResponse, file: string, status: number, cache: Map<string, Buffer>, extra: Record<string, string> = {}): void {
  const extension = path.extname(file).toLowerCase();
  response.statusCode = status;
  for (const [name, value] of Object.entries(extra)) response.setHeader(name, value);
  response.setHeader("content-type", TYPES[extension] ?? "application/octet-stream");
  const body = readFileSync(file);
  if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
    const gzipped = cache.get(file) ?? gzipSync(body);
    cache.set(file, gzipped);
    response.setHeader("content-encoding", "gzip");
    response.setHeader("vary", "accept-encoding");
    response.end(gzipped);
    return;
  }
  response.end(body);
}

/** Serves a built site on loopback with gzip, as a static host would; `port` 0 picks a free one. */
export async function serveGzipped(dir: string, port = 0, headersFor: HeadersFor = () => ({})): Promise<GzipServer> {
  const root = path.resolve(dir);
  const cache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? "/", "http://localhost").pathname;
    const file = fileFor(root, urlPath);
    if (file) send(request, response, file, 200, cache, headersFor(urlPath));
    else send(request, response, path.join(root, "404.html"), 404, cache);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${bound}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
