import { gzipSync } from "node:zlib";

/**
 * Gzipped size in bytes. zlib's default level, as static hosts compress on the fly: the
 * benchmark's server and the budget test use this one function, so their figures agree.
 */
export function gzipSize(data: string | Buffer): number {
  return gzipSync(data).length;
}
