import type { CMS } from "decap-cms-core";
import { entryProblems } from "../checks/entry";
import type { Problem } from "../checks/problems";
import { jurisdictionEntryProblems } from "../checks/jurisdiction-data";
import { plainData } from "./entry-data";

type EntryCheck = (data: Record<string, unknown>, file: string, now: Date) => Problem[];

const markdownEntryProblems: EntryCheck = (data, file, now) => entryProblems(file, data, now);

/** The collections whose entries the build checks, each with the build's own check: Markdown with front-matter, and the legal tracker. */
const CHECKS: Readonly<Record<string, EntryCheck>> = { posts: markdownEntryProblems, pages: markdownEntryProblems, law: jurisdictionEntryProblems };

type Entry = { get: (key: string) => unknown };

/** The problems the build would refuse this entry of `collection` for, as the admin holds it now (settings have no check of their own). */
export function problemsOf(collection: string, data: Record<string, unknown>, file: string): Problem[] {
  return CHECKS[collection]?.(data, file, new Date()) ?? [];
}

/** "field: message", one a line: the build's own wording, without the file name the editor already has open. */
export function describeProblems(problems: readonly Problem[]): string {
  return problems.map(({ field, message }) => `${field}: ${message}`).join("\n");
}

/** Decap shows a refused save as "Failed to persist entry: <details>"; this keeps <details> to the list itself. */
class RefusedEntry extends Error {
  override toString(): string {
    return this.message;
  }
}

/**
 * Before an entry is saved and before it is published, the build's checks run on it (a save by
 * the rule for drafts, a publish by the rule for published entries); if any fails, Decap saves or
 * publishes nothing and shows every problem at once. Without this, an
 * article the build refuses could be published in the admin and stop every later one from
 * going live, in a build log the editor never sees.
 */
export function refuseWhatTheBuildWould(cms: CMS): void {
  for (const name of ["preSave", "prePublish"] as const) {
    cms.registerEventListener({
      name,
      handler: ({ entry }: { entry: Entry }) => {
        const collection = String(entry.get("collection"));
        if (!(collection in CHECKS)) return;
        const data = plainData(entry.get("data"));
        // Saving in the workflow keeps a draft off the site, so a save is held to the build's rule
        // for drafts (what is there must be valid; what publishing needs may be missing) and a
        // publish to the rule for published entries. Settings have no drafts.
        const rule = name === "preSave" && "templateKey" in data ? { ...data, draft: true } : data;
        const problems = problemsOf(collection, rule, String(entry.get("path") ?? ""));
        if (problems.length > 0) {
          const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
          throw new RefusedEntry(`the site would refuse it (${count}; nothing was ${name === "preSave" ? "saved" : "published"}):\n${describeProblems(problems)}`);
        }
      },
    });
  }
}

/** Shown above the preview while the entry has problems: every one, including fields scrolled out of view. */
export function EntryProblems({ problems }: { problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <section className="entry-problems" role="status" aria-labelledby="entry-problems-heading">
      <h2 id="entry-problems-heading">The site would not publish this yet</h2>
      <ul>
        {problems.map(({ field, message }) => (
          <li key={`${field} ${message}`}>
            <strong>{field}</strong>: {message}
          </li>
        ))}
      </ul>
    </section>
  );
}
