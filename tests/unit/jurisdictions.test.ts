import path from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { jurisdictionProblems, readJurisdictionFile } from "../../src/checks/jurisdictions";
import { formatProblem } from "../../src/checks/problems";
import { cmsCollections } from "../../src/content/cms";
import { LEAF_STATUS } from "../../src/content/law-statuses";
import { jurisdictionSlug, US_JURISDICTIONS } from "../../src/content/us-jurisdictions";

const LAW_DIR = path.resolve("content/law");
const TODAY = new Date("2026-12-02T12:00:00Z");

/** A record that passes every rule: the fixtures below each break one thing. */
const valid = {
  name: "Ohio",
  code: "OH",
  kind: "state",
  leaf: "regulated",
  minimumAge: 21,
  sevenOH: "limited",
  summary: "Since 2025 the state caps 7-OH at 2% of the alkaloids and sets an age limit of 21.",
  effective: "2025-07-01",
  checked: "2026-12-01",
  sources: [{ id: "ohio-act", title: "An act on kratom", publisher: "Ohio General Assembly", year: 2025, url: "https://www.legislature.ohio.gov/" }],
  history: [{ date: "2025-07-01", change: "The act took effect.", source: "ohio-act" }],
};

/** The build's messages for one file written with `changes` (a key set to undefined is left out). */
function problemsOf(changes: Record<string, unknown>, fileName = "ohio.yml", today = TODAY): { errors: string[]; warnings: string[] } {
  const data = Object.fromEntries(Object.entries({ ...valid, ...changes }).filter(([, value]) => value !== undefined));
  const file = readJurisdictionFile(stringify(data), path.join(LAW_DIR, fileName));
  // The other 51 files are there: only this one's problems are read.
  const others = US_JURISDICTIONS.filter((jurisdiction) => jurisdiction.code !== "OH").map((jurisdiction) => ({
    file: `content/law/${jurisdictionSlug(jurisdiction)}.yml`,
    slug: jurisdictionSlug(jurisdiction),
    problems: [],
  }));
  const { errors, warnings } = jurisdictionProblems([file, ...others], LAW_DIR, today);
  return { errors: errors.map(formatProblem), warnings: warnings.map(formatProblem) };
}

describe("a jurisdiction file", () => {
  it("passes as written when every rule holds", () => {
    expect(problemsOf({})).toEqual({ errors: [], warnings: [] });
  });

  const malformed: Array<[string, Record<string, unknown>, string]> = [
    ["a status outside the list", { leaf: "legal" }, 'content/law/ohio.yml: leaf: "legal" is not one of "banned", "regulated", "no-state-law-found", "unconfirmed", "not-scheduled"'],
    [
      "a ban without the date it took effect",
      { leaf: "banned", minimumAge: undefined, effective: undefined },
      "content/law/ohio.yml: effective: is missing: a ban or a limit needs the date it took effect",
    ],
    ["a limit on 7-OH without a date", { effective: undefined }, "content/law/ohio.yml: effective: is missing: a ban or a limit needs the date it took effect"],
    ["no source", { sources: [] }, "content/law/ohio.yml: sources: has fewer than 1 entries"],
    [
      "a source that is not https",
      { sources: [{ ...valid.sources[0], url: "http://www.legislature.ohio.gov/" }] },
      'content/law/ohio.yml: sources[0].url: "http://www.legislature.ohio.gov/" must be a full https:// address',
    ],
    ["a check dated in the future", { checked: "2027-01-05" }, "content/law/ohio.yml: checked: 2027-01-05 is in the future"],
    [
      "an unconfirmed status that does not say as of when",
      { leaf: "unconfirmed", minimumAge: undefined, summary: "A bill may have changed the law; we could not confirm it." },
      "content/law/ohio.yml: summary: must say what is known and as of when (a year) when a status is unconfirmed",
    ],
    [
      "a history entry citing no listed source",
      { history: [{ date: "2025-07-01", change: "The act took effect.", source: "news-story" }] },
      'content/law/ohio.yml: history[0].source: "news-story" is not the key of a source (the keys are ohio-act)',
    ],
    ["a summary over 300 characters", { summary: "x".repeat(301) }, "content/law/ohio.yml: summary: is longer than 300 characters"],
    ["a code that names another state", { code: "OK" }, 'content/law/ohio.yml: name: "Ohio" does not match code OK (Oklahoma)'],
    [
      "an age limit on a state that bans kratom",
      { leaf: "banned", sevenOH: "banned" },
      'content/law/ohio.yml: minimumAge: is set, but leaf is "banned": an age limit belongs to a state that regulates sales',
    ],
    ["a misspelt field", { sevenOh: "banned" }, "content/law/ohio.yml: sevenOh: is not a field of a jurisdiction (did you mean sevenOH?)"],
    [
      "history out of order",
      { history: [valid.history[0], { date: "2024-01-01", change: "Earlier.", source: "ohio-act" }] },
      "content/law/ohio.yml: history[1].date: 2024-01-01 comes before the entry above it (2025-07-01): list changes oldest first",
    ],
    ["federal status on a state", { leaf: "not-scheduled", minimumAge: undefined }, 'content/law/ohio.yml: leaf: "not-scheduled" is for federal law only'],
  ];

  it.each(malformed)("is refused with its file and field: %s", (_, changes, message) => {
    expect(problemsOf(changes).errors).toContain(message);
  });

  it("in the wrong file is named with the file it belongs in", () => {
    expect(problemsOf({}, "ohio-state.yml").errors).toContain("content/law/ohio-state.yml: file: is named ohio-state.yml but Ohio belongs in ohio.yml");
  });

  it("checked more than 120 days ago is a warning naming it, not an error", () => {
    const { errors, warnings } = problemsOf({ checked: "2026-07-01", effective: "2025-07-01" });
    expect(errors).toEqual([]);
    expect(warnings).toEqual(["content/law/ohio.yml: checked: 2026-07-01 is more than 120 days ago: check the sources again"]);
  });
});

describe("the legal tracker as a whole", () => {
  it("names every jurisdiction that has no file, with the file it needs", () => {
    const present = US_JURISDICTIONS.filter((jurisdiction) => !["WY", "US"].includes(jurisdiction.code)).map((jurisdiction) => ({ file: "", slug: jurisdictionSlug(jurisdiction), problems: [] }));
    expect(jurisdictionProblems(present, LAW_DIR, TODAY).errors.map(formatProblem)).toEqual([
      "content/law/federal.yml: file: is missing: the legal tracker covers United States (federal law) (every state, DC and federal law)",
      "content/law/wyoming.yml: file: is missing: the legal tracker covers Wyoming (every state, DC and federal law)",
    ]);
  });

  it("covers 52 jurisdictions: 50 states, DC and federal law", () => {
    expect(US_JURISDICTIONS.map((jurisdiction) => jurisdiction.kind).sort()).toEqual([...Array(50).fill("state"), "district", "federal"].sort());
  });

  it("is edited in the admin with the model's fields, statuses picked from the model's list", () => {
    const law = cmsCollections().find((collection) => collection.name === "law")!;
    expect(law).toMatchObject({ label: "Legal status", folder: "content/law", format: "yml", create: false, delete: false });
    const fields = (law as { fields: Array<{ name: string; widget: string; options?: Array<{ value: string; label: string }> }> }).fields;
    expect(fields.map((field) => field.name)).toEqual(["name", "code", "kind", "leaf", "minimumAge", "sevenOH", "summary", "effective", "checked", "sources", "history"]);
    expect(fields.find((field) => field.name === "leaf")?.options).toEqual(Object.entries(LEAF_STATUS).map(([value, label]) => ({ value, label })));
  });
});
