import { decodedUri, mediaFileName } from "../content/media-paths";
import type { Problem } from "./problems";

/** What gatsby-remark-images can make responsive; anything else would be a broken image in a body. */
const BODY_IMAGE = /\.(jpe?g|png|webp|avif|tiff?)$/i;

export const EXTERNAL_IMAGE = /^https?:\/\//i;

/** An image address the site could never show, whatever is in the media folder: checked by the build and by the admin before a save. */
export function imagePathProblem(file: string, field: string, url: string): Problem | null {
  if (decodedUri(url) === null) return { file, field, message: `image ${JSON.stringify(url)} has a broken %-escape (write the file name as it is, like /img/photo.jpg)` };
  const name = mediaFileName(url);
  if (name === null) return { file, field, message: `image ${JSON.stringify(url)} is not in the media folder (use /img/<file>)` };
  if (field === "body" && !BODY_IMAGE.test(name)) {
    return { file, field, message: `image ${url} cannot be shown in an article body (use JPEG, PNG, WebP or AVIF; SVG and GIF are not converted)` };
  }
  return null;
}

/** The body's images that are not on another site, each checked for its address. */
export function bodyImagePathProblems(file: string, images: readonly string[]): Problem[] {
  return images.filter((url) => !EXTERNAL_IMAGE.test(url)).flatMap((url) => imagePathProblem(file, "body", url) ?? []);
}
