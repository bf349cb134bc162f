import GithubSlugger from "github-slugger";
import type { Heading, Nodes } from "mdast";
import { parseBody } from "./markdown-dialect";
import { toString } from "mdast-util-to-string";

/** A part of an article a contents list links to: the heading's id and text. */
export interface Section {
  id: string;
  title: string;
}

/**
 * The level-2 headings of a Markdown body with the ids the build gives them
 * (gatsby-remark-autolink-headers: GitHub's slug rules): the article's contents list, on the
 * site and in the admin preview alike.
 */
export function sectionsOf(markdown: string): Section[] {
  return headingsOf(markdown).flatMap(({ depth, id, title }) => (depth === 2 ? [{ id, title }] : []));
}

/**
 * Every heading of a body, nested ones included (a heading indented into a list item is still a
 * heading), in document order with the id the build gives it, and its line: one slugger over
 * all of them, as gatsby-remark-autolink-headers numbers repeats ("notes", "notes-1").
 */
export function headingsOf(markdown: string): Array<Section & { depth: number; line: number }> {
  const slugger = new GithubSlugger();
  return allHeadings(parseBody(markdown)).map((heading) => {
    const title = toString(heading);
    return { depth: heading.depth, id: slugger.slug(title), title, line: heading.position?.start.line ?? 0 };
  });
}

function allHeadings(node: Nodes): Heading[] {
  if (node.type === "heading") return [node];
  return "children" in node ? node.children.flatMap((child) => allHeadings(child)) : [];
}
