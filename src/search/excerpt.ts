/** One run of Pagefind's excerpt: plain text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  matched: boolean;
}

/**
 * Pagefind's excerpt is escaped HTML with the matched words in <mark>. Only the marks are kept
 * as structure; everything else becomes text, so nothing in an indexed page can be injected
 * into the results.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  return [...body.childNodes].map((node) => ({ text: node.textContent ?? "", matched: node.nodeName === "MARK" }));
}
