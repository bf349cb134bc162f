import type { CreatePagesArgs } from "gatsby";
import type { Problem } from "./problems";
import type { Content } from "../build/content-nodes";
import { renderedHtmlProblems } from "./rendered-html";

interface RenderedBodies {
  allMarkdownRemark: { nodes: Array<{ id: string; html: string | null; rawMarkdownBody: string }> };
}

/**
 * Each published file's body as gatsby-transformer-remark renders it, checked against the
 * allowlist on every build: Gatsby caches the HTML, not the verdict, so a cached build checks
 * exactly as a clean one. Returns the problems by the content's markdown id.
 */
export async function renderedBodyProblems(graphql: CreatePagesArgs["graphql"], contents: readonly Content[]): Promise<Map<string, Problem[]>> {
  const result = await graphql<RenderedBodies>(`
    query RenderedBodies {
      allMarkdownRemark(filter: { fields: { published: { eq: true } } }) {
        nodes {
          id
          html
          rawMarkdownBody
        }
      }
    }
  `);
  if (result.errors || !result.data) throw new Error(`could not read the rendered bodies: ${JSON.stringify(result.errors)}`);
  const byMarkdownId = new Map(contents.map((content) => [content.markdownId, content]));
  const problems = new Map<string, Problem[]>();
  for (const { id, html, rawMarkdownBody } of result.data.allMarkdownRemark.nodes) {
    const content = byMarkdownId.get(id);
    if (!content) continue;
    const found = renderedHtmlProblems(content.file, html ?? "", rawMarkdownBody);
    if (found.length > 0) problems.set(id, found);
  }
  return problems;
}
