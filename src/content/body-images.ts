import { fromMarkdown } from "mdast-util-from-markdown";
import { visit } from "unist-util-visit";

/** The image URLs a Markdown body shows, including reference-style images. */
export function bodyImageUrls(markdown: string): string[] {
  // Every Markdown image starts with "![": skip the parse for the many bodies without one.
  if (!markdown.includes("![")) return [];
  const tree = fromMarkdown(markdown);
  const definitions = new Map<string, string>();
  visit(tree, "definition", (node) => {
    definitions.set(node.identifier, node.url);
  });
  const urls: string[] = [];
  visit(tree, (node) => {
    if (node.type === "image") urls.push(node.url);
    if (node.type === "imageReference") {
      const url = definitions.get(node.identifier);
      if (url !== undefined) urls.push(url);
    }
  });
  return urls;
}
