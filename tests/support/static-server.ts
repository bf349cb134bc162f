import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export interface StaticServerOptions {
  /** Response headers for a request path, as the host would add them (tests/support/netlify-headers.ts). */
  headers?: (requestPath: string) => Record<string, string>;
  /** Paths under this prefix come from another build (for example a production /admin/). */
  mount?: { prefix: string; dir: string };
}

type Handler = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/** Serves a built site on loopback only, on a free port, as a static host would. */
export async function serveStatic(dir: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const site: Handler = sirv(dir, { dev: false, etag: true, extensions: ["html"] });
  const mounted: Handler | undefined = options.mount && sirv(options.mount.dir, { dev: false, etag: true, extensions: ["html"] });
  const server: Server = createServer((request, response) => {
    const requestPath = new URL(request.url ?? "/", "http://localhost").pathname;
    for (const [name, value] of Object.entries(options.headers?.(requestPath) ?? {})) response.setHeader(name, value);
    const handler = mounted && options.mount && requestPath.startsWith(options.mount.prefix) ? mounted : site;
    handler(request, response, () => {
      response.statusCode = 404;
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.end(readFileSync(`${dir}/404.html`));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
