import type { CreatePagesArgs } from "gatsby";
import type { Problem } from "./problems";
import type { Content } from "../build/content-nodes";
import { renderedHtmlProblems } from "./rendered-html";

interface RenderedBodies {
  allMarkdownRemark: { nodes: Array<{ id: string; html: string | null; rawMarkdownBody: string }> };
}

/**
 * How many bodies are rendered at a time. Asked all at once, gatsby-transformer-remark renders
 * every body concurrently: at 10,000 posts that held every tree in memory at once (5.2 GB) and
 * the build stalled, its main thread waiting on LMDB's write thread for minutes.
 */
const BODIES_AT_A_TIME = 200;

/**
 * Each published file's body as gatsby-transformer-remark renders it, checked against the
 * allowlist on every build: Gatsby caches the HTML, not the verdict, so a cached build checks
 * exactly as a clean one. Returns the problems by the content's markdown id.
 */
export async function renderedBodyProblems(graphql: CreatePagesArgs["graphql"], contents: readonly Content[]): Promise<Map<string, Problem[]>> {
  const ids = contents.map((content) => content.markdownId);
  const byMarkdownId = new Map(contents.map((content) => [content.markdownId, content]));
  const problems = new Map<string, Problem[]>();
  for (let start = 0; start < ids.length; start += BODIES_AT_A_TIME) {
    const result = await graphql<RenderedBodies>(
      `
        query RenderedBodies($ids: [String!]!) {
          allMarkdownRemark(filter: { id: { in: $ids } }) {
            nodes {
              id
              html
              rawMarkdownBody
            }
          }
        }
      `,
      {
        ids: ids.slice(start, start + BODIES_AT_A_TIME),
      },
    );
    if (result.errors || !result.data) throw new Error(`could not read the rendered bodies: ${JSON.stringify(result.errors)}`);
    for (const { id, html, rawMarkdownBody } of result.data.allMarkdownRemark.nodes) {
      const content = byMarkdownId.get(id);
      if (!content) continue;
      const found = renderedHtmlProblems(content.file, html ?? "", rawMarkdownBody);
      if (found.length > 0) problems.set(id, found);
    }
  }
  return problems;
}
