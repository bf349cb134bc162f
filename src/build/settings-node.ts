import type { CreateNodeArgs, Node } from "gatsby";
import { parseYamlFile } from "../checks/yaml-file";
import { formatProblem, problemsFromZod } from "../checks/problems";
import { safetySettingsSchema } from "../content/model";
import { displayPath } from "./folders";

export const SETTINGS_SOURCE = "settings";
export const SAFETY_SETTINGS_FILE = "safety.yml";

interface FileNode extends Node {
  sourceInstanceName: string;
  relativePath: string;
  absolutePath: string;
}

export interface SafetySettingsNode extends Node {
  problems: string[];
}

function isSafetySettingsFile(node: Node): node is FileNode {
  const file = node as FileNode;
  return node.internal.type === "File" && file.sourceInstanceName === SETTINGS_SOURCE && file.relativePath === SAFETY_SETTINGS_FILE;
}

/**
 * content/settings/safety.yml becomes one SafetySettings node: the disclaimer and help lines
 * every article shows. Its problems travel on the node, like a post's, so the build reports them.
 */
export async function createSafetySettingsNode({ node, loadNodeContent, actions, createNodeId, createContentDigest }: CreateNodeArgs): Promise<void> {
  if (!isSafetySettingsFile(node)) return;
  const file = displayPath(node.absolutePath);
  const yaml = parseYamlFile(await loadNodeContent(node), file);
  let problems = yaml.problem ? [formatProblem(yaml.problem)] : [];
  const result = safetySettingsSchema.safeParse(yaml.data ?? {});
  if (problems.length === 0 && !result.success) {
    problems = problemsFromZod(file, result.error, Object.keys(safetySettingsSchema.shape), "settings file").map(formatProblem);
  }
  const content = { ...(result.success ? result.data : {}), problems };
  const settings = {
    ...content,
    id: createNodeId("SafetySettings"),
    parent: node.id,
    children: [],
    internal: { type: "SafetySettings", contentDigest: createContentDigest(content) },
  };
  actions.createNode(settings);
  actions.createParentChildLink({ parent: node, child: settings as unknown as Node });
}
