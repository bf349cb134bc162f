/**
 * What AVIF saves readers (not a test): `npx tsx scripts/measure-image-formats.ts [public]`.
 * Reads every image variant a production build wrote to public/static, pairs the AVIF, WebP and
 * JPEG files made from the same source at the same size, and prints their bytes: a browser that
 * takes AVIF downloads the AVIF column, an older one the WebP column. What AVIF costs to make is
 * measured by building with and without it (README, Performance).
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { markdownTable } from "./lib/markdown-table";

type Format = "avif" | "webp" | "jpg";
const FORMATS: readonly Format[] = ["avif", "webp", "jpg"];

async function variants(staticDir: string): Promise<Map<string, Partial<Record<Format, number>>>> {
  const bySourceAndSize = new Map<string, Partial<Record<Format, number>>>();
  for (const digest of await readdir(staticDir)) {
    const digestDir = path.join(staticDir, digest);
    if (!(await stat(digestDir)).isDirectory()) continue;
    for (const args of await readdir(digestDir)) {
      for (const name of await readdir(path.join(digestDir, args))) {
        const format = path.extname(name).slice(1) as Format;
        if (!FORMATS.includes(format)) continue;
        const file = path.join(digestDir, args, name);
        const { width, height } = await sharp(file).metadata();
        const key = `${path.basename(name, path.extname(name))} ${width}×${height}`;
        bySourceAndSize.set(key, { ...bySourceAndSize.get(key), [format]: (await stat(file)).size });
      }
    }
  }
  return bySourceAndSize;
}

async function main(): Promise<void> {
  const publicDir = process.argv[2] ?? "public";
  const all = await variants(path.join(publicDir, "static"));
  const paired = [...all.entries()].filter(([, sizes]) => sizes.avif !== undefined && sizes.webp !== undefined);
  const sum = (format: Format) => paired.reduce((total, [, sizes]) => total + (sizes[format] ?? 0), 0);
  const widths = new Map<string, Array<[string, Partial<Record<Format, number>>]>>();
  for (const entry of paired) {
    const size = entry[0].split(" ")[1]!;
    widths.set(size, [...(widths.get(size) ?? []), entry]);
  }
  const rows = [...widths.entries()]
    .sort(([a], [b]) => Number(a.split("×")[0]) - Number(b.split("×")[0]))
    .map(([size, entries]) => {
      const total = (format: Format) => entries.reduce((sum, [, sizes]) => sum + (sizes[format] ?? 0), 0);
      return [
        size,
        entries.length,
        (total("avif") / entries.length / 1024).toFixed(1),
        (total("webp") / entries.length / 1024).toFixed(1),
        `${Math.round((100 * (total("webp") - total("avif"))) / total("webp"))} %`,
      ];
    });
  console.log(markdownTable(["size", "images", "AVIF KiB (mean)", "WebP KiB (mean)", "AVIF saves"], rows));
  console.log(
    `\n${paired.length} sizes made in both formats: AVIF ${(sum("avif") / 1024).toFixed(0)} KiB, WebP ${(sum("webp") / 1024).toFixed(0)} KiB (${Math.round((100 * (sum("webp") - sum("avif"))) / sum("webp"))} % less).`,
  );
}

void main();
