import { Link } from "gatsby";
import { Fragment } from "react";
import { routes } from "../../content/routes";
import { CheckedRange } from "./CheckedRange";
import { leafLabel, MAP_STATUSES, sevenOhLabel } from "./statuses";

export interface GlanceJurisdiction {
  name: string;
  path: string;
  kind: string;
  leaf: string;
  sevenOH: string;
  checked: string;
}

const and = new Intl.ListFormat("en-US", { type: "conjunction" });

/** "Alabama, Arkansas and Wisconsin", each name a link to its state's page. */
function StateLinks({ states }: { states: readonly GlanceJurisdiction[] }) {
  const parts = and.formatToParts(states.map((state) => state.name));
  let next = 0;
  return (
    <>
      {parts.map((part, index) =>
        part.type === "element" ? (
          <Link key={index} to={states[next++]!.path}>
            {part.value}
          </Link>
        ) : (
          <Fragment key={index}>{part.value}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * The lists of states an article about the law would otherwise write by hand, drawn from the
 * legal tracker at build time, so they change when a state's record does and never drift.
 */
export function StatesAtAGlance({ jurisdictions }: { jurisdictions: readonly GlanceJurisdiction[] }) {
  const states = jurisdictions.filter((jurisdiction) => jurisdiction.kind !== "federal");
  if (states.length === 0) return null;
  const groups = [
    ...MAP_STATUSES.map((status) => ({ label: `Kratom leaf: ${leafLabel(status).toLowerCase()}`, states: states.filter((state) => state.leaf === status) })),
    ...(["banned", "limited"] as const).map((status) => ({ label: `Concentrated 7-OH: ${sevenOhLabel(status).toLowerCase()}`, states: states.filter((state) => state.sevenOH === status) })),
  ].filter((group) => group.states.length > 0);
  return (
    <section className="law-glance" aria-labelledby="law-glance-heading">
      <h2 id="law-glance-heading">State law at a glance</h2>
      <p>
        From our <Link to={routes.law}>state-by-state legal tracker</Link>, <CheckedRange dates={states.map((state) => state.checked)} />. Each state&apos;s page gives its sources and what we could
        not confirm.
      </p>
      <ul>
        {groups.map((group) => (
          <li key={group.label}>
            <strong>
              {group.label} ({group.states.length}):
            </strong>{" "}
            <StateLinks states={group.states} />
          </li>
        ))}
      </ul>
    </section>
  );
}
