import { Link } from "gatsby";
import { FormattedDate } from "../FormattedDate";
import { leafLabel, sevenOhLabel } from "./statuses";
import { StatusSwatch } from "./StatusSwatch";

export interface TableRow {
  name: string;
  path: string;
  leaf: string;
  sevenOH: string;
  minimumAge?: number | null;
  effective?: string | null;
  checked: string;
}

const COLUMNS = ["Kratom leaf", "Concentrated 7-OH", "Minimum age", "Rule in force since", "Checked"] as const;

/** A number where the law sets one; otherwise why there is none. */
function ageText({ minimumAge, leaf }: Pick<TableRow, "minimumAge" | "leaf">): string {
  if (minimumAge != null) return String(minimumAge);
  if (leaf === "banned") return "Not applicable (banned)";
  return leaf === "regulated" ? "None set" : "None found";
}

/** Every state and DC with both statuses and their dates; on a phone each row reads as a short list. */
export function LawTable({ rows }: { rows: readonly TableRow[] }) {
  return (
    <div className="law-table-wrap">
      <table className="law-table">
        <caption>Kratom and 7-OH law in the 50 states and DC</caption>
        <thead>
          <tr>
            <th scope="col">State</th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.path}>
              <th scope="row">
                <Link to={row.path}>{row.name}</Link>
              </th>
              <td data-label={COLUMNS[0]}>
                <StatusSwatch status={row.leaf} /> {leafLabel(row.leaf)}
              </td>
              <td data-label={COLUMNS[1]}>{sevenOhLabel(row.sevenOH)}</td>
              <td data-label={COLUMNS[2]}>{ageText(row)}</td>
              <td data-label={COLUMNS[3]}>{row.effective ? <FormattedDate iso={row.effective} /> : "None recorded"}</td>
              <td data-label={COLUMNS[4]}>
                <FormattedDate iso={row.checked} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
