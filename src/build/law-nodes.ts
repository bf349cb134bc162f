import type { CreateNodeArgs, Node } from "gatsby";
import { type JurisdictionFile, readJurisdictionFile } from "../checks/jurisdictions";
import type { Jurisdiction } from "../content/model";
import { lawPath } from "../content/paths";

export const LAW_SOURCE = "law";
export const JURISDICTION_TYPE = "Jurisdiction";

interface FileNode extends Node {
  sourceInstanceName: string;
  absolutePath: string;
  extension: string;
}

/**
 * One node per content/law/ file. A file with problems still gets a node (`valid: false`, no
 * record), so the build names every problem at once on clean and cached builds alike.
 */
export type JurisdictionNode = Node & Partial<Jurisdiction> & Pick<JurisdictionFile, "file" | "slug" | "problems"> & { valid: boolean; path: string };

function isLawFile(node: Node): node is FileNode {
  const file = node as FileNode;
  return node.internal.type === "File" && file.sourceInstanceName === LAW_SOURCE;
}

export async function createJurisdictionNode({ node, loadNodeContent, actions, createNodeId, createContentDigest }: CreateNodeArgs): Promise<void> {
  if (!isLawFile(node)) return;
  const read = readJurisdictionFile(await loadNodeContent(node), node.absolutePath);
  const content = { ...read.record, file: read.file, slug: read.slug, path: lawPath(read.slug), problems: read.problems, valid: read.record !== undefined && read.problems.length === 0 };
  const jurisdiction = {
    ...content,
    id: createNodeId(`${JURISDICTION_TYPE}:${read.file}`),
    parent: node.id,
    children: [],
    internal: { type: JURISDICTION_TYPE, contentDigest: createContentDigest(content) },
  };
  actions.createNode(jurisdiction);
  actions.createParentChildLink({ parent: node, child: jurisdiction as unknown as Node });
}
