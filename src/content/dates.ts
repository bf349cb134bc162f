/** When an article last changed in substance: its `updated` date, else its publish date. */
export function lastChanged({ date, updated }: { date: string | null; updated?: string | null }): string {
  return updated ?? date ?? "";
}
