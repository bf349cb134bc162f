import { scriptSafeJson } from "../ssr/script-safe-json";

/** A schema.org JSON-LD block. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson({ "@context": "https://schema.org", ...data }) }} />;
}
