import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { siteInBrowser } from "../support/site-in-browser";

const { liveDir } = inject("sites");
const site = siteInBrowser(liveDir, { viewport: { width: 1100, height: 850 } });
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** axe-core's WCAG 2.1 A and AA rules (contrast included) over the page as rendered now. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations;
  });
  return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}) at ${JSON.stringify(node.target)}: ${node.failureSummary ?? ""}`));
}

const pages = [
  { name: "home", path: "/" },
  { name: "a post", path: "/blog/stopping-kratom-or-7-oh/" },
  { name: "a tag page", path: "/tags/withdrawal/" },
  { name: "the blog index", path: "/blog/" },
  { name: "search with results", path: "/search/?q=withdrawal" },
  { name: "the law map and table", path: "/law/" },
  { name: "a state's law page", path: "/law/ohio/" },
];

describe.each(["light", "dark"] as const)("axe-core in the %s theme", (theme) => {
  it.each(pages)("finds no WCAG 2.1 AA violations on $name", async ({ path }) => {
    const page = site.page();
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(site.url(path));
    if (path.startsWith("/search/")) await page.locator(".search-result").first().waitFor({ timeout: 10_000 });
    await page.evaluate(() => document.fonts.ready);
    expect(await axeViolations(page)).toEqual([]);
  });
});
