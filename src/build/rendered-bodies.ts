import type { CreatePagesArgs } from "gatsby";
import type { Problem } from "../content/errors";
import { displayPath } from "./folders";
import type { MarkdownNode } from "./markdown-fields";
import { renderedHtmlProblems } from "./rendered-html-check";

interface RenderedBodies {
  allMarkdownRemark: { nodes: Array<{ id: string; html: string | null }> };
}

/**
 * Each published file's body as gatsby-transformer-remark renders it, checked against the
 * allowlist on every build: Gatsby caches the HTML, not the verdict, so a cached build checks
 * exactly as a clean one. Returns the problems by node id.
 */
export async function renderedBodyProblems(graphql: CreatePagesArgs["graphql"], nodes: readonly MarkdownNode[]): Promise<Map<string, Problem[]>> {
  const result = await graphql<RenderedBodies>(`
    query RenderedBodies {
      allMarkdownRemark(filter: { fields: { published: { eq: true } } }) {
        nodes {
          id
          html
        }
      }
    }
  `);
  if (result.errors || !result.data) throw new Error(`could not read the rendered bodies: ${JSON.stringify(result.errors)}`);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const problems = new Map<string, Problem[]>();
  for (const { id, html } of result.data.allMarkdownRemark.nodes) {
    const node = byId.get(id);
    if (!node) continue;
    const found = renderedHtmlProblems(displayPath(node.fileAbsolutePath), html ?? "", node.rawMarkdownBody);
    if (found.length > 0) problems.set(id, found);
  }
  return problems;
}
