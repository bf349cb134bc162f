import type { Reference } from "../content/article-view";

/** The numbered list citations link to (#ref-n): an article's references, a jurisdiction's sources. */
export function References({ references, heading = "References" }: { references: readonly Reference[]; heading?: string }) {
  if (references.length === 0) return null;
  return (
    // Left out of the search index: cited titles would make every article match a journal's name.
    <section className="references" aria-labelledby="references-heading" data-pagefind-ignore="all">
      <h2 id="references-heading">{heading}</h2>
      <ol>
        {references.map((reference, index) => (
          <li key={reference.url + index} id={`ref-${index + 1}`} tabIndex={-1}>
            <cite>{reference.title}</cite>. {reference.publisher}, {reference.year}. <a href={reference.url}>{reference.url}</a>
          </li>
        ))}
      </ol>
    </section>
  );
}
