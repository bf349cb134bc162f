import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { jurisdictionSlug, US_JURISDICTIONS } from "../../src/content/us-jurisdictions";

/**
 * A legal tracker for fixture builds: all 52 jurisdictions, checked on the fixture's pinned day.
 * The real records are checked on real days, which a build pinned to an earlier day would call
 * the future; the real site's build (tests/build/law-pages) reads those.
 */
export async function writeSyntheticLaw(dir: string, checked: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  await Promise.all(
    US_JURISDICTIONS.map((jurisdiction) => {
      const banned = jurisdiction.code === "AL";
      const record = {
        name: jurisdiction.name,
        code: jurisdiction.code,
        kind: jurisdiction.kind,
        leaf: jurisdiction.kind === "federal" ? "not-scheduled" : banned ? "banned" : "no-state-law-found",
        sevenOH: banned ? "banned" : "no-specific-rule",
        summary: banned ? "Test record: a ban in force since 2016." : `Test record: no statewide law found in a search on ${checked}.`,
        ...(banned ? { effective: "2016-05-10" } : {}),
        checked,
        sources: [{ id: "test-source", title: "A test source", publisher: "Kratom Facts tests", year: 2026, url: "https://example.org/law" }],
        history: banned ? [{ date: "2016-05-10", change: "Test change.", source: "test-source" }] : [],
      };
      return writeFile(path.join(dir, `${jurisdictionSlug(jurisdiction)}.yml`), stringify(record));
    }),
  );
  return dir;
}
