import { differenceInCalendarDays } from "date-fns";
import type { Jurisdiction } from "./model";
import { jurisdictionByCode, jurisdictionSlug } from "./us-jurisdictions";

/** A problem with one field of a jurisdiction: the build refuses errors and lists warnings. */
export interface JurisdictionIssue {
  field: string;
  message: string;
  level: "error" | "warning";
}

/** A check older than this is flagged: state law on kratom changed every few months in 2025–26. */
export const CHECK_WARNING_DAYS = 120;

const A_YEAR = /\b(?:19|20)\d\d\b/;
const day = (value: string) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value);

/**
 * The rules that tie a jurisdiction's fields together, beyond each field's own: a ban or a limit
 * needs the date it took effect; "unconfirmed" and "no statewide law found" must say as of when;
 * a history entry must cite one of the listed sources; no date may lie ahead of the check.
 */
export function jurisdictionIssues(record: Jurisdiction, slug: string, today: Date): JurisdictionIssue[] {
  const issues: JurisdictionIssue[] = [];
  const error = (field: string, message: string) => issues.push({ field, message, level: "error" });

  const known = jurisdictionByCode.get(record.code);
  if (!known) error("code", `${JSON.stringify(record.code)} is not a US state's postal code, DC or US`);
  else {
    if (known.name !== record.name) error("name", `${JSON.stringify(record.name)} does not match code ${record.code} (${known.name})`);
    if (known.kind !== record.kind) error("kind", `is "${record.kind}" but ${known.name} is ${known.kind === "district" ? "a district" : known.kind === "federal" ? "federal law" : "a state"}`);
    const expected = jurisdictionSlug(known);
    if (slug !== expected) error("file", `is named ${slug}.yml but ${known.name} belongs in ${expected}.yml`);
  }
  if (record.kind !== "federal" && record.leaf === "not-scheduled") error("leaf", `"not-scheduled" is for federal law only`);
  if (record.kind === "federal" && (record.leaf === "regulated" || record.leaf === "no-state-law-found")) error("leaf", `is "${record.leaf}": federal law is "not-scheduled", "banned" or "unconfirmed"`);

  const restricts = record.leaf === "banned" || record.sevenOH === "banned" || record.sevenOH === "limited";
  if (restricts && !record.effective) error("effective", "is missing: a ban or a limit needs the date it took effect");
  if (record.minimumAge !== undefined && record.leaf !== "regulated") error("minimumAge", `is set, but leaf is "${record.leaf}": an age limit belongs to a state that regulates sales`);
  if ((record.leaf === "unconfirmed" || record.sevenOH === "unconfirmed") && !A_YEAR.test(record.summary)) {
    error("summary", "must say what is known and as of when (a year) when a status is unconfirmed");
  }
  if (record.leaf === "no-state-law-found" && !A_YEAR.test(record.summary)) error("summary", "must say what was searched and when (a year) when no statewide law was found");

  const checked = day(record.checked);
  if (checked > today) error("checked", `${record.checked} is in the future`);
  else if (differenceInCalendarDays(today, checked) > CHECK_WARNING_DAYS) {
    issues.push({ field: "checked", message: `${record.checked} is more than ${CHECK_WARNING_DAYS} days ago: check the sources again`, level: "warning" });
  }
  if (record.effective && day(record.effective) > checked) error("effective", `${record.effective} is after the check (${record.checked}): record the rule in force now, and the coming change in the summary`);

  const keys = record.sources.map((source) => source.id);
  keys.forEach((key, index) => {
    if (keys.indexOf(key) !== index) error(`sources[${index}].id`, `"${key}" is used by another source too`);
  });
  record.history.forEach((entry, index) => {
    if (!keys.includes(entry.source)) error(`history[${index}].source`, `"${entry.source}" is not the key of a source (the keys are ${keys.join(", ")})`);
    if (day(entry.date) > checked) error(`history[${index}].date`, `${entry.date} is after the check (${record.checked})`);
    const previous = record.history[index - 1];
    if (previous && day(entry.date) < day(previous.date)) error(`history[${index}].date`, `${entry.date} comes before the entry above it (${previous.date}): list changes oldest first`);
  });
  return issues;
}
