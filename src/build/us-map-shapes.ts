import { createRequire } from "node:module";
import path from "node:path";
import { geoPath } from "d3-geo";
import { feature } from "topojson-client";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import { US_JURISDICTIONS } from "../content/us-jurisdictions";

/** us-atlas's states, already projected (Albers USA, Alaska and Hawaii inset) into this box. */
export const US_MAP_VIEWBOX = "0 0 975 610";

/**
 * How much detail the outlines keep: the share of points by visual weight. 0.25 keeps every state
 * recognisable at phone width and makes the 51 outlines 23 KB of path data (8.7 KB gzip) instead
 * of 72 KB (23 KB gzip) at full detail (measured with scripts/measure-law-map.ts).
 */
export const MAP_DETAIL = 0.25;

export interface StateShape {
  /** The Census code (FIPS) us-atlas names each state by. */
  fips: string;
  /** SVG path data, in whole units of the viewBox. */
  d: string;
}

let shapes: StateShape[] | undefined;

/** The outline of each state and DC, drawn once per build from the us-atlas package (no download). */
export function usStateShapes(detail = MAP_DETAIL): StateShape[] {
  if (shapes && detail === MAP_DETAIL) return shapes;
  const atlas = createRequire(path.resolve("package.json"))("us-atlas/states-albers-10m.json") as Topology<{ states: GeometryCollection }>;
  const weighted = presimplify(atlas);
  const simpler = simplify(weighted, quantile(weighted, detail)) as Topology<{ states: GeometryCollection }>;
  const outline = geoPath().digits(0);
  const drawn = feature(simpler, simpler.objects.states).features.map((state) => ({ fips: String(state.id), d: outline(state) ?? "" }));
  if (detail === MAP_DETAIL) shapes = drawn;
  return drawn;
}

/** What /law/ receives: each state's outline by its postal code, and the box they are drawn in. */
export function lawIndexContext(): { shapes: Array<{ code: string; d: string }>; viewBox: string } {
  const codeOf = new Map(US_JURISDICTIONS.map((jurisdiction) => [jurisdiction.fips, jurisdiction.code]));
  return { shapes: usStateShapes().flatMap(({ fips, d }) => (codeOf.has(fips) ? [{ code: codeOf.get(fips)!, d }] : [])), viewBox: US_MAP_VIEWBOX };
}
