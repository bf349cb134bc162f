import { leafLabel, MAP_STATUSES } from "./statuses";
import { MapPatterns, StatusSwatch } from "./StatusSwatch";

export interface MapState {
  name: string;
  path: string;
  leaf: string;
  /** The outline, drawn at build time (src/build/us-map-shapes.ts). */
  d: string;
}

/**
 * The states and DC, each a link to its page named with its status ("Ohio: Unconfirmed"), filled
 * by the status of kratom leaf products in colour and pattern, with the legend beside it. Plain
 * SVG in the HTML: it needs no script, and the table below gives the same facts as text.
 */
export function LawMap({ states, viewBox }: { states: readonly MapState[]; viewBox: string }) {
  const counts = new Map(MAP_STATUSES.map((status) => [status, states.filter((state) => state.leaf === status).length]));
  return (
    <figure className="law-map">
      <MapPatterns />
      <svg viewBox={viewBox} role="group" aria-labelledby="law-map-title">
        <title id="law-map-title">Map of the states and DC by the status of kratom leaf products; each state links to its page.</title>
        {states.map((state) => (
          <a key={state.path} href={state.path} aria-label={`${state.name}: ${leafLabel(state.leaf)}`}>
            <path d={state.d} className={`law-shape law-fill law-fill-${state.leaf}`} />
          </a>
        ))}
      </svg>
      <figcaption>
        <p className="law-legend-title">Kratom leaf products, by state law:</p>
        <ul className="law-legend">
          {MAP_STATUSES.map((status) => (
            <li key={status}>
              <StatusSwatch status={status} /> {leafLabel(status)} ({counts.get(status)})
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
