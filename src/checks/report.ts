import path from "node:path";
import type { Reporter } from "gatsby";
import { formatProblem, type Problem } from "./problems";
import { displayPath, settingsDir } from "../build/folders";
import { everyBuildProblems } from "./every-build";
import type { Content } from "../build/content-nodes";
import type { MarkdownNode } from "./markdown-file";
import { SAFETY_SETTINGS_FILE, type SafetySettingsNode } from "../build/settings-node";

/**
 * Every problem in every file, reported at once. A production build stops before creating
 * any page; `gatsby develop` shows the same messages and keeps serving the valid posts.
 */
export function reportProblems(
  nodes: readonly MarkdownNode[],
  contents: readonly Content[],
  settings: readonly SafetySettingsNode[],
  reporter: Reporter,
  renderedProblems: readonly Problem[] = [],
  now = new Date(),
): void {
  const settingsProblems =
    settings.length === 0
      ? [formatProblem({ file: displayPath(path.join(settingsDir, SAFETY_SETTINGS_FILE)), field: "file", message: "is missing (it holds the disclaimer and help lines every article shows)" })]
      : settings.flatMap((node) => node.problems);
  const problems = [
    ...nodes.flatMap((node) => node.fields?.checked.problems ?? []),
    ...[...everyBuildProblems(nodes, contents, now), ...renderedProblems].map(formatProblem),
    ...settingsProblems,
  ].sort((a, b) => a.slice(0, a.indexOf(": ")).localeCompare(b.slice(0, b.indexOf(": "))));
  if (problems.length === 0) return;
  const files = new Set(problems.map((problem) => problem.slice(0, problem.indexOf(": "))));
  reporter.panicOnBuild(`${problems.join("\n")}\n${files.size} ${files.size === 1 ? "file" : "files"} failed validation; nothing was built.`);
}
