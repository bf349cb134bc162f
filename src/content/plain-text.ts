/**
 * An HTML character reference: "&lt;", "&#60;", "&#x3c;", any "&name;", and "&lt", "&gt",
 * "&amp", "&quot" without their semicolon, which HTML still decodes.
 */
const CHARACTER_REFERENCE = /&(?:#\d+;?|#x[0-9a-f]+;?|[a-z][a-z0-9]*;|lt|gt|amp|quot)/i;

/**
 * Front-matter text is plain text, so an HTML code in it is a paste from a web page, and the
 * page would show it verbatim ("&amp;"). Worse, Gatsby's <head> rendering decodes codes inside
 * the article's JSON-LD script, where "&lt;/script&gt;" would end that script and start another.
 */
export function hasNoHtmlCode(text: string): boolean {
  return !CHARACTER_REFERENCE.test(text);
}

export function htmlCodeMessage(text: string): string {
  const code = CHARACTER_REFERENCE.exec(text)?.[0] ?? "&";
  return `contains ${JSON.stringify(code)}, an HTML code; this field is plain text, so write the character itself`;
}
