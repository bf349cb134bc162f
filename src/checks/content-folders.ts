import { closeSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync } from "node:fs";
import path from "node:path";
import type { Problem } from "./problems";
import { declaredFrontMatterLanguage, frontMatterLanguageMessage } from "../content/front-matter";
import { displayPath } from "../build/folders";

export interface ContentFolderScan {
  /** Absolute paths Gatsby must not read: each is named in `problems`. */
  ignore: string[];
  problems: Problem[];
}

const REPOSITORY = path.resolve(".");

function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const absolute = path.join(dir, entry.name);
    if (entry.name.startsWith(".")) return [];
    return entry.isDirectory() ? filesUnder(absolute) : [absolute];
  });
}

/** A link whose target lies outside the repository would publish a file nobody reviewed. */
function linkOutside(file: string): string | null {
  if (!lstatSync(file).isSymbolicLink()) return null;
  let target: string;
  try {
    target = realpathSync(file);
  } catch {
    return "(a broken link)";
  }
  return target === REPOSITORY || target.startsWith(REPOSITORY + path.sep) ? null : target;
}

/**
 * The start of a file, enough for its opening line: the scan runs before every build (in
 * gatsby-config and again in createPages), so it does not read whole posts.
 */
function openingBytes(file: string): string {
  const descriptor = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(256);
    return buffer.subarray(0, readSync(descriptor, buffer, 0, buffer.length, 0)).toString("utf8");
  } finally {
    closeSync(descriptor);
  }
}

/** An SVG that can run script when opened on its own (its own tab, or a link straight to it). */
function isScriptedSvg(file: string): boolean {
  if (!file.toLowerCase().endsWith(".svg")) return false;
  const text = readFileSync(file, "utf8");
  return /<script\b|\bon[a-z]+\s*=|javascript:|<foreignObject\b/i.test(text);
}

/** What keeps one file of the content folder out of the build, if anything. */
export function contentFileProblem(file: string): Omit<Problem, "file"> | null {
  const outside = linkOutside(file);
  if (outside !== null) return { field: "file", message: `is a link to ${outside}, outside the repository; put the file itself here` };
  if (!file.endsWith(".md")) return { field: "file name", message: "does not end in .md, so it would not be published; rename it to .md or move it out of the content folder" };
  const language = declaredFrontMatterLanguage(openingBytes(file));
  if (language !== null) return { field: "front-matter", message: frontMatterLanguageMessage(language) };
  return null;
}

/** What keeps one file of the media folder out of the build, if anything. */
export function mediaFileProblem(file: string): Omit<Problem, "file"> | null {
  const outside = linkOutside(file);
  if (outside !== null) return { field: "file", message: `is a link to ${outside}, outside the repository; put the image itself here` };
  if (isScriptedSvg(file)) {
    return {
      field: "file",
      message: "is an SVG with script in it (a <script>, an on…= handler or a javascript: link), which would run when the image is opened; export it again without script, or use PNG",
    };
  }
  return null;
}

/**
 * What is wrong with the content and media folders as folders, found before Gatsby reads a
 * file: Markdown saved under another extension (never published, never named otherwise),
 * front-matter in a language other than YAML (gray-matter would run `---js`, and stops the
 * build on a name it does not know), links to files outside the repository, and SVG images
 * with script in them. The files are kept out of the build and named, with every other problem.
 */
export function scanContentFolders({ contentDir, settingsDir, mediaDir, lawDir }: { contentDir: string; settingsDir: string; mediaDir: string; lawDir: string }): ContentFolderScan {
  const found = [
    ...filesUnder(contentDir)
      // Settings and the legal tracker are YAML, read by their own sources: the repository's, and a content folder's own.
      .filter((file) => ![settingsDir, lawDir, path.join(contentDir, "settings"), path.join(contentDir, "law")].some((dir) => file.startsWith(dir + path.sep)))
      .map((file) => ({ file, problem: contentFileProblem(file) })),
    ...filesUnder(mediaDir).map((file) => ({ file, problem: mediaFileProblem(file) })),
  ].filter((entry): entry is { file: string; problem: Omit<Problem, "file"> } => entry.problem !== null);
  return { ignore: found.map(({ file }) => file), problems: found.map(({ file, problem }) => ({ file: displayPath(file), ...problem })) };
}
