import type { Correction } from "../content/article-view";
import { FormattedDate } from "./FormattedDate";

/** Every change of substance since publication, newest first, so a reader can see what was wrong and when it was fixed. */
export function Corrections({ corrections }: { corrections: readonly Correction[] }) {
  if (corrections.length === 0) return null;
  const newestFirst = [...corrections].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section className="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Updates and corrections</h2>
      <ul>
        {newestFirst.map((correction) => (
          <li key={correction.date + correction.note}>
            <FormattedDate iso={correction.date} />: <span dir="auto">{correction.note}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
