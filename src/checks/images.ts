import { existsSync } from "node:fs";
import type { Problem } from "./problems";
import { decodedUri, displayPath, mediaDir, mediaFilePath } from "../build/folders";

const EXTERNAL = /^https?:\/\//i;

/** What gatsby-remark-images can make responsive; anything else would be a broken image in a body. */
const BODY_IMAGE = /\.(jpe?g|png|webp|avif|tiff?)$/i;

function checkImage(file: string, field: string, url: string): Problem | null {
  if (decodedUri(url) === null) return { file, field, message: `image ${JSON.stringify(url)} has a broken %-escape (write the file name as it is, like /img/photo.jpg)` };
  const absolute = mediaFilePath(url);
  if (absolute === null) return { file, field, message: `image ${JSON.stringify(url)} is not in the media folder (use /img/<file>)` };
  if (field === "body" && !BODY_IMAGE.test(absolute)) {
    return { file, field, message: `image ${url} cannot be shown in an article body (use JPEG, PNG, WebP or AVIF; SVG and GIF are not converted)` };
  }
  if (!existsSync(absolute)) return { file, field, message: `${url} does not exist in ${displayPath(mediaDir)}` };
  return null;
}

/** Every image a post shows must exist in the media folder, or the build names the post and the path. */
export function checkMedia(file: string, featuredImage: string | undefined, bodyImages: readonly string[]): Problem[] {
  const problems: (Problem | null)[] = [];
  if (featuredImage !== undefined) problems.push(checkImage(file, "featuredimage", featuredImage));
  for (const url of bodyImages) {
    if (!EXTERNAL.test(url)) problems.push(checkImage(file, "body", url));
  }
  return problems.filter((problem): problem is Problem => problem !== null);
}
