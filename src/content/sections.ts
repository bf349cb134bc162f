import GithubSlugger from "github-slugger";
import type { Heading } from "mdast";
import { parseBody } from "./markdown-dialect";
import { toString } from "mdast-util-to-string";
import type { Section } from "../components/TableOfContents";

/**
 * The level-2 headings of a Markdown body with the ids the build gives them
 * (gatsby-remark-autolink-headers: GitHub's slug rules), for the admin preview's contents list.
 */
export function sectionsOf(markdown: string): Section[] {
  return headingsOf(markdown).flatMap(({ depth, id, title }) => (depth === 2 ? [{ id, title }] : []));
}

/** Every top-level heading of a body with the id the build gives it, and its line. */
export function headingsOf(markdown: string): Array<Section & { depth: number; line: number }> {
  const slugger = new GithubSlugger();
  const headings = parseBody(markdown).children.filter((node): node is Heading => node.type === "heading");
  return headings.map((heading) => {
    const title = toString(heading);
    return { depth: heading.depth, id: slugger.slug(title), title, line: heading.position?.start.line ?? 0 };
  });
}
