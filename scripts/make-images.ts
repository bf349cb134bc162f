/**
 * Renders the site's illustrations (scripts/art.ts) to JPEG in the media folder.
 * Run with `npm run images`; the JPEGs are committed so a build never depends on this script.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { artworks } from "./art";

async function main(): Promise<void> {
  const mediaDir = path.resolve("static/img");
  await mkdir(mediaDir, { recursive: true });
  for (const art of artworks) {
    const info = await sharp(Buffer.from(art.svg)).jpeg({ quality: 82, mozjpeg: true }).toFile(path.join(mediaDir, art.file));
    console.log(`${art.file}: ${info.width}×${info.height}, ${(info.size / 1024).toFixed(1)} KiB`);
  }
}

void main();
