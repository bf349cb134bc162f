/** An entry's fields as plain values: the entry being edited is an Immutable map, entries from getCollection are plain. */
export function plainData(data: unknown): Record<string, unknown> {
  if (typeof data !== "object" || data === null) return {};
  const immutable = data as { toJS?: () => Record<string, unknown> };
  return typeof immutable.toJS === "function" ? immutable.toJS() : (data as Record<string, unknown>);
}
