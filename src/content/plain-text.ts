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

/**
 * Control characters (escape, backspace, vertical tab, …) and the non-characters U+FFFE and
 * U+FFFF: invisible on a page, and not allowed in XML, so one of them makes the RSS feed
 * unreadable for every subscriber. Tab, line feed and carriage return are ordinary.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's job
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function controlCharacterName(text: string): string {
  const character = CONTROL_CHARACTER.exec(text)?.[0] ?? "";
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Compatibility forms folded (NFKC: "Ａ" is "A") and zero-width spaces, joiners, soft hyphens and the like removed. */
function withoutInvisible(text: string): string {
  return text.normalize("NFKC").replace(/\p{Default_Ignorable_Code_Point}/gu, "");
}

/** What a reader can see of a text, spaces left out too: empty for text made only of invisible characters. */
export function visibleText(text: string): string {
  return withoutInvisible(text).replace(/\s/g, "");
}

/** A text as two readers would compare it: invisible characters gone, spacing and case ignored. */
export function comparableText(text: string): string {
  return withoutInvisible(text).trim().replace(/\s+/g, " ").toLowerCase();
}

/** Front-matter text: no HTML codes, no direction overrides, no control or only-invisible characters. */
export function plainText(text: z.ZodString): z.ZodString {
  return text
    .refine((value) => value === "" || visibleText(value) !== "", { error: "has only invisible characters (zero-width spaces or the like); write the text" })
    .refine((value) => !CONTROL_CHARACTER.test(value), {
      error: (issue) => `contains the invisible control character ${controlCharacterName(String(issue.input))}, which would break the RSS feed; remove it`,
    })
    .refine(hasNoHtmlCode, { error: (issue) => htmlCodeMessage(String(issue.input)) })
    .refine((value) => !BIDI_OVERRIDE.test(value), {
      error: "contains a character that reverses the direction of the text after it (U+202A–U+202E); remove it",
    });
}
