import { existsSync } from "node:fs";
import { displayPath, mediaDir, mediaFilePath } from "../build/folders";
import { EXTERNAL_IMAGE, imagePathProblem } from "./image-paths";
import type { Problem } from "./problems";

function checkImage(file: string, field: string, url: string): Problem | null {
  const badAddress = imagePathProblem(file, field, url);
  if (badAddress) return badAddress;
  if (!existsSync(mediaFilePath(url)!)) return { file, field, message: `${url} does not exist in ${displayPath(mediaDir)}` };
  return null;
}

/** Every image a post shows must exist in the media folder, or the build names the post and the path. */
export function checkMedia(file: string, featuredImage: string | undefined, bodyImages: readonly string[]): Problem[] {
  const problems: (Problem | null)[] = [];
  if (featuredImage !== undefined) problems.push(checkImage(file, "featuredimage", featuredImage));
  for (const url of bodyImages) {
    if (!EXTERNAL_IMAGE.test(url)) problems.push(checkImage(file, "body", url));
  }
  return problems.filter((problem): problem is Problem => problem !== null);
}
