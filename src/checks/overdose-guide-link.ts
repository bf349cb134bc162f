import path from "node:path";
import type { Reporter } from "gatsby";
import { displayPath, settingsDir } from "../build/folders";
import { SAFETY_SETTINGS_FILE, type SafetySettingsNode } from "../build/settings-node";

/**
 * Every help strip links to the step-by-step overdose article. A site without it (a new
 * install, a renamed article) still builds, since readers still get every number, but the
 * build says which link would lead nowhere.
 */
export function warnIfOverdoseGuideMissing(settings: readonly SafetySettingsNode[], publishedPaths: ReadonlySet<string>, reporter: Reporter): void {
  for (const node of settings) {
    const guide = (node as SafetySettingsNode & { overdoseGuidePath?: string }).overdoseGuidePath;
    if (guide && !publishedPaths.has(guide)) {
      reporter.warn(`${displayPath(path.join(settingsDir, SAFETY_SETTINGS_FILE))}: overdoseGuidePath: ${guide} is not a published article or page, so the help strip's link to it leads nowhere`);
    }
  }
}
