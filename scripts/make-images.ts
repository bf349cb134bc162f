/**
 * Renders the site's illustrations (scripts/art.ts) to JPEG in the media folder, and the
 * site's own card and icon to src/images.
 * Run with `npm run images`; the JPEGs are committed so a build never depends on this script.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { type Artwork, artworks, siteImages } from "./art";

async function render(art: Artwork, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const image = sharp(Buffer.from(art.svg));
  const encoded = art.file.endsWith(".png") ? image.png({ compressionLevel: 9 }) : image.jpeg({ quality: 82, mozjpeg: true });
  const info = await encoded.toFile(path.join(dir, art.file));
  console.log(`${art.file}: ${info.width}×${info.height}, ${(info.size / 1024).toFixed(1)} KiB`);
}

async function main(): Promise<void> {
  for (const art of artworks) await render(art, path.resolve("static/img"));
  for (const art of siteImages) await render(art, path.resolve("src/images"));
}

void main();
