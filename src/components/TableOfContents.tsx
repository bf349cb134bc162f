import type { Section } from "../content/sections";

export type { Section };

/** Fewer sections than this read fine without a list of them. */
export const MIN_SECTIONS_FOR_CONTENTS = 3;

/** Plain in-page links to the article's sections: they work without JavaScript. */
export function TableOfContents({ sections }: { sections: readonly Section[] }) {
  if (sections.length < MIN_SECTIONS_FOR_CONTENTS) return null;
  return (
    <nav className="table-of-contents" aria-labelledby="table-of-contents-title" data-pagefind-ignore="all">
      <h2 id="table-of-contents-title" className="table-of-contents-title">
        In this article
      </h2>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
