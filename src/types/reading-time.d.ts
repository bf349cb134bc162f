// reading-time's main entry also exports a Node stream, which the admin's browser bundle
// cannot resolve; the counting function alone lives in lib/reading-time.
declare module "reading-time/lib/reading-time" {
  import type { Options, ReadTimeResults } from "reading-time";
  export default function readingTime(text: string, options?: Options): ReadTimeResults;
}
