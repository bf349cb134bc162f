import path from "node:path";
import type { Reporter } from "gatsby";
import { parseYamlFile } from "./yaml-file";
import { displayPath } from "../build/folders";
import { jurisdictionIssues } from "../content/jurisdiction-rules";
import { jurisdictionSlug, US_JURISDICTIONS } from "../content/us-jurisdictions";
import { checkJurisdictionData, type JurisdictionFile, slugOfLawFile } from "./jurisdiction-data";
import type { Problem } from "./problems";

export type { JurisdictionFile } from "./jurisdiction-data";

export function readJurisdictionFile(text: string, absolutePath: string): JurisdictionFile {
  const file = displayPath(absolutePath);
  const slug = slugOfLawFile(file);
  if (!/\.ya?ml$/.test(absolutePath)) return { file, slug, problems: [{ file, field: "file", message: "is not a .yml file: the legal tracker reads one .yml file per jurisdiction" }] };
  const yaml = parseYamlFile(text, file);
  return yaml.problem ? { file, slug, problems: [yaml.problem] } : checkJurisdictionData(yaml.data, file);
}

/**
 * Everything wrong with the legal tracker on `today`: each file's problems, the rules between its
 * fields, and every jurisdiction without a file (named, with the file it needs). Warnings are
 * the checks that have grown old.
 */
export function jurisdictionProblems(files: readonly JurisdictionFile[], lawDir: string, today: Date): { errors: Problem[]; warnings: Problem[] } {
  const errors = files.flatMap((file) => file.problems);
  const warnings: Problem[] = [];
  for (const { file, slug, record } of files) {
    if (!record) continue;
    for (const { field, message, level } of jurisdictionIssues(record, slug, today)) (level === "error" ? errors : warnings).push({ file, field, message });
  }
  const present = new Set(files.map((file) => file.slug));
  for (const jurisdiction of US_JURISDICTIONS) {
    const slug = jurisdictionSlug(jurisdiction);
    if (!present.has(slug)) {
      errors.push({ file: displayPath(path.join(lawDir, `${slug}.yml`)), field: "file", message: `is missing: the legal tracker covers ${jurisdiction.name} (every state, DC and federal law)` });
    }
  }
  return { errors, warnings };
}

export function warnAboutOldChecks(warnings: readonly Problem[], reporter: Reporter): void {
  if (warnings.length === 0) return;
  const lines = warnings.map(({ file, field, message }) => `  ${file}: ${field}: ${message}`);
  reporter.warn(`${warnings.length} ${warnings.length === 1 ? "jurisdiction was" : "jurisdictions were"} last checked long ago:\n${lines.join("\n")}`);
}
