/** When an article last changed in substance: its latest correction or `updated` date, else its publish date. */
export function lastChanged({ date, updated, corrections }: { date: string | null; updated?: string | null; corrections?: readonly { date: string }[] | null }): string {
  const changes = [updated, ...(corrections ?? []).map((correction) => correction.date)].filter((day): day is string => typeof day === "string" && day !== "");
  // ISO dates sort as text; a bare calendar day sorts before any time on that day.
  return changes.sort().at(-1) ?? date ?? "";
}
