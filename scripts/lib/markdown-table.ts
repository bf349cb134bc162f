const NUMBER = /^[-–]?[\d.,]*\d$|^–$/;

/** A Markdown table whose columns also line up in a terminal; columns of numbers are right-aligned. */
export function markdownTable(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cells = rows.map((row) => row.map(String));
  const numeric = headers.map((_, column) => cells.length > 0 && cells.every((row) => NUMBER.test(row[column] ?? "")));
  const widths = headers.map((header, column) => Math.max(header.length, 3, ...cells.map((row) => row[column]?.length ?? 0)));
  const line = (row: readonly string[]) => `| ${row.map((cell, column) => (numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join(" | ")} |`;
  const rule = `|${widths.map((width, column) => (numeric[column] ? `${"-".repeat(width + 1)}:` : "-".repeat(width + 2))).join("|")}|`;
  return [line(headers), rule, ...cells.map(line)].join("\n");
}
