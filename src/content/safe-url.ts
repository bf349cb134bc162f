/** A scheme ("javascript:", "data:"); addresses without one are relative and safe. */
const SCHEME = /^\s*([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(["http", "https", "mailto", "tel", "sms"]);

/** An address that could run code or leave the web (javascript:, data:, vbscript:, …). */
export function isUnsafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- the control characters are what is removed
  const scheme = SCHEME.exec(url.replace(/[\u0000-\u0020]/g, ""));
  return scheme !== null && !SAFE_SCHEMES.has(scheme[1]!.toLowerCase());
}
