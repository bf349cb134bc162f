import path from "node:path";
import { mediaFileName } from "../content/media-paths";

/** Where editors' Markdown lives; CONTENT_DIR points a build at another folder (tests, benchmarks). */
export const contentDir = path.resolve(process.env.CONTENT_DIR ?? "content");

/** Site-wide settings (disclaimer, help lines): always the repository's own, whatever CONTENT_DIR says. */
export const settingsDir = path.resolve("content/settings");

/** The legal tracker's records, one per jurisdiction; LAW_DIR points a test build at another folder. */
export const lawDir = path.resolve(process.env.LAW_DIR ?? "content/law");

/**
 * The CMS media folder: `featuredimage: /img/x.jpg` means static/img/x.jpg. MEDIA_DIR points
 * a build at another one (the editor test builds what an editor uploaded into a scratch
 * repository); it must still end in static/img, which is how body images are matched.
 */
export const mediaDir = path.resolve(process.env.MEDIA_DIR ?? "static/img");

/** Paths in messages are relative to the project, as an editor would see them in the repository. */
export function displayPath(absolutePath: string): string {
  return path.relative(process.cwd(), absolutePath) || absolutePath;
}

/** "/img/a/b.jpg" → absolute path in the media folder, or null if it would leave the folder or names no file. */
export function mediaFilePath(publicPath: string): string | null {
  const name = mediaFileName(publicPath);
  return name === null ? null : path.join(mediaDir, name);
}
