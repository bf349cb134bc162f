import type { ReactNode } from "react";

/**
 * Pagefind's excerpt as React text: only its <mark> elements become elements; everything else
 * is text, so nothing in an indexed page can be injected into the results.
 */
export function HighlightedExcerpt({ html }: { html: string }) {
  const parsed = new DOMParser().parseFromString(html, "text/html").body;
  const parts: ReactNode[] = [...parsed.childNodes].map((node, index) => (node.nodeName === "MARK" ? <mark key={index}>{node.textContent}</mark> : node.textContent));
  return <>{parts}</>;
}
