/**
 * What the /law/ map's outlines weigh at each level of detail (path data, raw and gzipped), to
 * choose MAP_DETAIL in src/build/us-map-shapes.ts. Run: npx tsx scripts/measure-law-map.ts
 */
import { gzipSync } from "node:zlib";
import { MAP_DETAIL, usStateShapes } from "../src/build/us-map-shapes";
import { markdownTable } from "./lib/markdown-table";

const rows = [1, 0.5, 0.25, 0.1].map((detail) => {
  const paths = usStateShapes(detail)
    .map(({ d }) => `<path d="${d}"/>`)
    .join("");
  return [detail === MAP_DETAIL ? `${detail} (used)` : String(detail), Buffer.byteLength(paths), gzipSync(paths).length];
});
console.log(markdownTable(["detail kept", "bytes", "gzip"], rows));
