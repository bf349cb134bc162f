import { isUtf8 } from "node:buffer";
import { readFileSync } from "node:fs";
import type { Problem } from "./problems";

/** The 1-based number of the first line that is not UTF-8, or null when the whole file is. */
export function firstNonUtf8Line(bytes: Uint8Array): number | null {
  if (isUtf8(bytes)) return null;
  let start = 0;
  for (let line = 1; start <= bytes.length; line += 1) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    if (!isUtf8(bytes.subarray(start, end))) return line;
    start = end + 1;
  }
  return null;
}

/**
 * Gatsby reads Markdown as UTF-8 and turns any other byte into "�" without a word, so a file
 * saved as Latin-1 or Windows-1252 would publish garbled. The bytes on disk are the only place
 * left to see it.
 */
export function checkEncoding(file: string, absolutePath: string): Problem[] {
  const line = firstNonUtf8Line(readFileSync(absolutePath));
  if (line === null) return [];
  return [{ file, field: "file", message: `line ${line} has bytes that are not UTF-8 text; save the file as UTF-8 (the site would show them as �)` }];
}
