import { graphql, Link, type HeadProps, type PageProps } from "gatsby";
import { Breadcrumbs } from "../components/Breadcrumbs";
import { CheckedRange } from "../components/law/CheckedRange";
import { HeadTags } from "../components/HeadTags";
import { Layout } from "../components/Layout";
import { SafetyNotes } from "../components/SafetyNotes";
import { LegalDisclaimer } from "../components/law/JurisdictionView";
import { LawMap, type MapState } from "../components/law/LawMap";
import { LawTable } from "../components/law/LawTable";
import { sevenOhLabel } from "../components/law/statuses";
import { lawIndexTrail } from "../content/breadcrumbs";
import type { lawIndexContext } from "../build/us-map-shapes";

export const query = graphql`
  query LawIndex {
    allJurisdiction(filter: { valid: { eq: true } }, sort: { name: ASC }) {
      nodes {
        ...JurisdictionStatus
      }
    }
  }
`;

export type LawIndexContext = ReturnType<typeof lawIndexContext>;

const TITLE = "Is kratom legal where you live? Kratom and 7-OH law by state";

export default function LawIndexTemplate({ data, pageContext }: PageProps<Queries.LawIndexQuery, LawIndexContext>) {
  const all = data.allJurisdiction.nodes;
  const federal = all.find((jurisdiction) => jurisdiction.kind === "federal");
  const states = all.filter((jurisdiction) => jurisdiction.kind !== "federal");
  const outlines = new Map(pageContext.shapes.map((shape) => [shape.code, shape.d]));
  const mapStates: MapState[] = states.flatMap((state) => {
    const d = outlines.get(state.code);
    return d ? [{ name: state.name, path: state.path, leaf: state.leaf, d }] : [];
  });
  return (
    <Layout>
      <div data-pagefind-body className="container article-container law-index">
        <Breadcrumbs trail={lawIndexTrail()} />
        <h1 className="title is-2">{TITLE}</h1>
        <p className="law-checked">
          Every record <CheckedRange dates={all.map((jurisdiction) => jurisdiction.checked)} />, against the sources it lists.
        </p>
        {federal && (
          <section className="law-federal" aria-labelledby="law-federal-heading">
            <h2 id="law-federal-heading" className="title is-4">
              Federal law
            </h2>
            <p>{federal.summary}</p>
            <p>
              Concentrated 7-OH: {sevenOhLabel(federal.sevenOH)}. <Link to={federal.path}>Federal law in detail, with sources</Link>
            </p>
          </section>
        )}
        <h2 className="title is-4">By state</h2>
        <p>
          Leaf products and concentrated 7-OH products are often treated differently, so the table gives both. “Unconfirmed” means a law may have changed and we could not confirm it in a primary
          source: the state&apos;s page says what we know and as of when.
        </p>
        <LawMap states={mapStates} viewBox={pageContext.viewBox} />
        <LawTable rows={states} />
        {federal && <LegalDisclaimer checked={federal.checked} />}
        <div data-pagefind-ignore="all">
          <SafetyNotes disclaimer={false} />
        </div>
      </div>
    </Layout>
  );
}

export function Head({ location }: HeadProps) {
  return (
    <HeadTags
      title={TITLE}
      description="A dated, sourced record of the law on kratom and 7-OH in every US state, DC and federal law: a map, a table and a page for each."
      path={location.pathname}
      breadcrumbs={lawIndexTrail()}
    />
  );
}
