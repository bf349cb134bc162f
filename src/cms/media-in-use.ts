/**
 * Deleting an image a published article or page shows would leave readers a broken picture and
 * fail the next build (the build checks every image exists), and Decap has no event before a
 * media deletion. So the admin's backend is wrapped: before it deletes a file, it reads the
 * published content it stores and refuses, naming where the file is used, if anything uses it.
 */
import type { CMS } from "decap-cms-core";
import { cmsCollections, cmsMedia } from "../content/cms";
import { MEDIA_PUBLIC_PATH, mediaFileName } from "../content/media-paths";

export interface StoredFile {
  path: string;
  /** The file's raw text (front matter and body, or YAML). */
  data: string;
}

/** An address in the media folder ends at whitespace, a quote, a bracket or a Markdown link's close. */
const MEDIA_ADDRESS = new RegExp(`${MEDIA_PUBLIC_PATH.replace(/[/]/g, "\\/")}[^\\s"'()<>\\[\\]]+`, "g");

/** The media folder's file names that a file's text points at ("/img/a%20b.jpg" → "a b.jpg"). */
export function mediaNamesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const [address] of text.matchAll(MEDIA_ADDRESS)) {
    const name = mediaFileName(address);
    if (name !== null) names.add(name);
  }
  return names;
}

/** "static/img/a.jpg" → "a.jpg"; null for a file outside the media folder. */
export function mediaNameOfRepoPath(repoPath: string): string | null {
  const folder = `${cmsMedia.media_folder}/`;
  return repoPath.startsWith(folder) ? repoPath.slice(folder.length) : null;
}

/** The files (of those given) whose text shows the media file at `repoPath`. */
export function filesUsingMedia(repoPath: string, files: readonly StoredFile[]): string[] {
  const name = mediaNameOfRepoPath(repoPath);
  if (name === null) return [];
  return files.filter((file) => mediaNamesIn(file.data).has(name)).map((file) => file.path);
}

export class MediaInUse extends Error {}

export function mediaInUseMessage(repoPath: string, users: readonly string[]): string {
  const shown = users.slice(0, 5).join(", ");
  const more = users.length > 5 ? ` and ${users.length - 5} more` : "";
  return `${repoPath.split("/").pop()} is shown by ${shown}${more}; take it out of ${users.length === 1 ? "that entry" : "those entries"} first (nothing was deleted)`;
}

/** The part of a Decap backend implementation this guard uses. */
interface BackendImplementation {
  entriesByFolder: (folder: string, extension: string, depth: number) => Promise<Array<{ data: string; file: { path: string } }>>;
  entriesByFiles: (files: Array<{ path: string }>) => Promise<Array<{ data: string; file: { path: string } }>>;
  deleteFiles: (paths: string[], commitMessage: string) => Promise<unknown>;
}

async function publishedFiles(backend: BackendImplementation): Promise<StoredFile[]> {
  const reads = cmsCollections().map((collection) =>
    "folder" in collection && collection.folder ? backend.entriesByFolder(collection.folder, "md", 1) : backend.entriesByFiles((collection.files ?? []).map(({ file }) => ({ path: file }))),
  );
  return (await Promise.all(reads)).flat().map((entry) => ({ path: entry.file.path, data: entry.data }));
}

/** Wraps the backends the admin can use (Git Gateway in production, decap-server's proxy locally). */
export function refuseDeletingMediaInUse(cms: CMS): void {
  for (const name of ["git-gateway", "proxy"]) {
    const registered = cms.getBackend(name) as { init: (...args: unknown[]) => BackendImplementation } | undefined;
    if (!registered) continue;
    const init = registered.init;
    registered.init = (...args) => {
      const backend = init(...args);
      const deleteFiles = backend.deleteFiles.bind(backend);
      backend.deleteFiles = async (paths, commitMessage) => {
        const files = await publishedFiles(backend);
        const refusals = paths.map((path) => ({ path, users: filesUsingMedia(path, files) })).filter(({ users }) => users.length > 0);
        if (refusals.length > 0) throw new MediaInUse(refusals.map(({ path, users }) => mediaInUseMessage(path, users)).join("; "));
        return deleteFiles(paths, commitMessage);
      };
      return backend;
    };
  }
}
