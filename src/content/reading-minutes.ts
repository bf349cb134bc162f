import readingTime from "reading-time/lib/reading-time";

/** Whole minutes to read a Markdown body, at least one; the build and the admin preview agree. */
export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(readingTime(markdown).minutes));
}
