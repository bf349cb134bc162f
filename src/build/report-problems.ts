import path from "node:path";
import type { Reporter } from "gatsby";
import { formatProblem } from "../content/errors";
import { displayPath, settingsDir } from "./folders";
import type { MarkdownNode } from "./markdown-fields";
import { SAFETY_SETTINGS_FILE, type SafetySettingsNode } from "./settings-node";

/** Two valid files that would publish at one address: both are named, neither silently wins. */
function duplicatePathProblems(nodes: readonly MarkdownNode[]): string[] {
  const byPath = new Map<string, MarkdownNode[]>();
  for (const node of nodes) {
    if (!node.fields || node.fields.problems.length > 0) continue;
    byPath.set(node.fields.path, [...(byPath.get(node.fields.path) ?? []), node]);
  }
  return [...byPath.entries()].flatMap(([address, same]) =>
    same.length < 2
      ? []
      : same.map((node) => {
          const others = same.filter((other) => other !== node).map((other) => path.basename(other.fileAbsolutePath));
          const message = `gives the address ${address}, as does ${others.join(", ")}; rename one of them`;
          return formatProblem({ file: displayPath(node.fileAbsolutePath), field: "file name", message });
        }),
  );
}

/**
 * Every problem in every file, reported at once. A production build stops before creating
 * any page; `gatsby develop` shows the same messages and keeps serving the valid posts.
 */
export function reportProblems(nodes: readonly MarkdownNode[], settings: readonly SafetySettingsNode[], reporter: Reporter): void {
  const settingsProblems =
    settings.length === 0
      ? [formatProblem({ file: displayPath(path.join(settingsDir, SAFETY_SETTINGS_FILE)), field: "file", message: "is missing (it holds the disclaimer and help lines every article shows)" })]
      : settings.flatMap((node) => node.problems);
  const problems = [...nodes.flatMap((node) => node.fields?.problems ?? []), ...duplicatePathProblems(nodes), ...settingsProblems].sort((a, b) =>
    a.slice(0, a.indexOf(": ")).localeCompare(b.slice(0, b.indexOf(": "))),
  );
  if (problems.length === 0) return;
  const files = new Set(problems.map((problem) => problem.slice(0, problem.indexOf(": "))));
  reporter.panicOnBuild(`${problems.join("\n")}\n${files.size} ${files.size === 1 ? "file" : "files"} failed validation; nothing was built.`);
}
