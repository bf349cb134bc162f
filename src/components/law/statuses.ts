import { LEAF_STATUS, type LeafStatus, SEVEN_OH_STATUS, type SevenOhStatus } from "../../content/law-statuses";

/** The words for a status, from the model (the admin shows the same). */
export const leafLabel = (status: string) => LEAF_STATUS[status as LeafStatus] ?? status;
export const sevenOhLabel = (status: string) => SEVEN_OH_STATUS[status as SevenOhStatus] ?? status;

/** The map's statuses, in the legend's order: most restrictive first. */
export const MAP_STATUSES: readonly LeafStatus[] = ["banned", "regulated", "no-state-law-found", "unconfirmed"];

/** "Is kratom legal in Ohio?", "… in the District of Columbia?", "… under federal law?": what readers ask. */
export function lawQuestion({ name, kind }: { name: string; kind: string }): string {
  if (kind === "federal") return "Is kratom legal under US federal law?";
  return `Is kratom legal in ${kind === "district" ? "the " : ""}${name}?`;
}
