/**
 * JSON to put inside a <script> element. `<`, `>` and `&` become JSON escapes: nothing can
 * close the element, and Gatsby's <head> rendering, which decodes HTML codes inside scripts,
 * has none to decode ("&lt;/script&gt;" in a title would otherwise end the script).
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
