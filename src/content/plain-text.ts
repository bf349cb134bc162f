import type { z } from "zod";

/**
 * An HTML character reference: "&lt;", "&#60;", "&#x3c;", any "&name;", and "&lt", "&gt",
 * "&amp", "&quot" without their semicolon, which HTML still decodes.
 */
const CHARACTER_REFERENCE = /&(?:#\d+;?|#x[0-9a-f]+;?|[a-z][a-z0-9]*;|lt|gt|amp|quot)/i;

/**
 * Front-matter text is plain text, so an HTML code in it is a paste from a web page, and the
 * page would show it verbatim ("&amp;"). Gatsby's <head> rendering also decodes codes inside
 * scripts: JsonLd escapes "&" for that, and this check keeps such text out in the first place.
 */
export function hasNoHtmlCode(text: string): boolean {
  return !CHARACTER_REFERENCE.test(text);
}

export function htmlCodeMessage(text: string): string {
  const code = CHARACTER_REFERENCE.exec(text)?.[0] ?? "&";
  return `contains ${JSON.stringify(code)}, an HTML code; this field is plain text, so write the character itself`;
}

/**
 * Characters that reverse how the text after them is shown (U+202D, U+202E) or embed a
 * direction (U+202A, U+202B): a title could then read differently from what it says.
 * Directional isolates (U+2066–U+2069) and the marks that right-to-left writing uses stay allowed.
 */
const BIDI_OVERRIDE = /[\u202A\u202B\u202D\u202E]/;

/** Front-matter text: no HTML codes, no direction overrides. */
export function plainText(text: z.ZodString): z.ZodString {
  return text
    .refine(hasNoHtmlCode, { error: (issue) => htmlCodeMessage(String(issue.input)) })
    .refine((value) => !BIDI_OVERRIDE.test(value), {
      error: "contains a character that reverses the direction of the text after it (U+202A–U+202E); remove it",
    });
}
