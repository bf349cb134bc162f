import type { ReactNode } from "react";
import type { Crumb } from "../../content/breadcrumbs";
import { Breadcrumbs } from "../Breadcrumbs";
import { FormattedDate } from "../FormattedDate";
import { References } from "../References";
import { lawQuestion, leafLabel, sevenOhLabel } from "./statuses";
import { MapPatterns, StatusSwatch } from "./StatusSwatch";

export interface JurisdictionData {
  name: string;
  kind: string;
  leaf: string;
  sevenOH: string;
  minimumAge?: number | null;
  summary: string;
  effective?: string | null;
  checked: string;
  sources: ReadonlyArray<{ id: string; title: string; publisher: string; year: number; url: string }>;
  history: ReadonlyArray<{ date: string; change: string; source: string }>;
}

/** Said on every legal page: the record is dated, and the law moves. */
export function LegalDisclaimer({ checked }: { checked: string }) {
  return (
    <p className="law-disclaimer">
      <strong>Not legal advice.</strong> This is what we found in the sources below as of <FormattedDate iso={checked} />. Laws change, and cities or counties may have their own rules: check the
      current law where you are, or ask a lawyer.
    </p>
  );
}

/**
 * One jurisdiction's page, as readers and the admin's preview show it: both statuses, the
 * summary, the dates, how the law got here, and the sources each change comes from.
 */
export function JurisdictionView({ jurisdiction, trail, help }: { jurisdiction: JurisdictionData; trail?: readonly Crumb[]; help: ReactNode }) {
  const { leaf, sevenOH, minimumAge, summary, effective, checked, sources, history } = jurisdiction;
  const sourceNumber = new Map(sources.map((source, index) => [source.id, index + 1]));
  return (
    <article className="container article-container law-page">
      <MapPatterns />
      {trail && <Breadcrumbs trail={trail} />}
      <header className="article-header">
        <h1 className="title is-2">{lawQuestion(jurisdiction)}</h1>
        <p className="article-meta">
          Last checked <FormattedDate iso={checked} />
        </p>
      </header>
      <dl className="law-facts">
        <div>
          <dt>Kratom leaf products</dt>
          <dd>
            {leaf !== "not-scheduled" && <StatusSwatch status={leaf} />} {leafLabel(leaf)}
          </dd>
        </div>
        <div>
          <dt>Concentrated 7-OH products</dt>
          <dd>{sevenOhLabel(sevenOH)}</dd>
        </div>
        {minimumAge != null && (
          <div>
            <dt>Minimum age to buy</dt>
            <dd>{minimumAge}</dd>
          </div>
        )}
        <div>
          <dt>Current rule in force since</dt>
          <dd>{effective ? <FormattedDate iso={effective} /> : "None recorded"}</dd>
        </div>
      </dl>
      <div className="content article-body">
        <p className="law-summary">{summary}</p>
        <LegalDisclaimer checked={checked} />
      </div>
      {help}
      {history.length > 0 && (
        <section aria-labelledby="law-history-heading" className="content">
          <h2 id="law-history-heading">How the law got here</h2>
          <ol className="law-history">
            {history.map((entry) => (
              <li key={`${entry.date}-${entry.change}`}>
                <FormattedDate iso={entry.date} />: {entry.change} {sourceNumber.has(entry.source) && <a href={`#ref-${sourceNumber.get(entry.source)}`}>[{sourceNumber.get(entry.source)}]</a>}
              </li>
            ))}
          </ol>
        </section>
      )}
      <References references={sources} heading="Sources" />
    </article>
  );
}
