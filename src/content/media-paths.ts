/**
 * Addresses of the media folder's files, without the file system, so the admin (in the browser)
 * and the build read `/img/...` the same way. The CMS writes public folder + file name.
 */
export const MEDIA_PUBLIC_PATH = "/img/";

/** decodeURI, or null for an address with a broken %-escape ("/img/%zz.jpg"), which names no file. */
export function decodedUri(address: string): string | null {
  try {
    return decodeURI(address);
  } catch {
    return null;
  }
}

/** "/img/a/b.jpg" → "a/b.jpg", the file's place in the media folder; null if it would leave the folder or names no file. */
export function mediaFileName(publicPath: string): string | null {
  if (!publicPath.startsWith(MEDIA_PUBLIC_PATH)) return null;
  const name = decodedUri(publicPath.slice(MEDIA_PUBLIC_PATH.length));
  if (name === null || name.startsWith("/")) return null;
  const parts: string[] = [];
  for (const segment of name.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment !== "..") parts.push(segment);
    else if (parts.pop() === undefined) return null;
  }
  return parts.length > 0 ? parts.join("/") : null;
}
