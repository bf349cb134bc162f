import GithubSlugger from "github-slugger";
import type { Heading } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString } from "mdast-util-to-string";
import type { Section } from "../components/TableOfContents";

/**
 * The level-2 headings of a Markdown body with the ids the build gives them
 * (gatsby-remark-autolink-headers: GitHub's slug rules), for the admin preview's contents list.
 */
export function sectionsOf(markdown: string): Section[] {
  const slugger = new GithubSlugger();
  const headings = fromMarkdown(markdown).children.filter((node): node is Heading => node.type === "heading");
  return headings.flatMap((heading) => {
    const title = toString(heading);
    const id = slugger.slug(title);
    return heading.depth === 2 ? [{ id, title }] : [];
  });
}
