/** When a jurisdiction's record last changed in substance: its latest history entry, or when it was checked if it has none. */
export function lawLastChanged({ history, checked }: { history: ReadonlyArray<{ date: string }>; checked: string }): string {
  return history.map((entry) => entry.date).reduce((latest, date) => (date > latest ? date : latest), history[0]?.date ?? checked);
}
