import { graphql, type HeadProps, type PageProps } from "gatsby";
import type { WebPage } from "schema-dts";
import { HeadTags } from "../components/HeadTags";
import { JsonLd } from "../components/JsonLd";
import { Layout } from "../components/Layout";
import { SafetyNotes } from "../components/SafetyNotes";
import { JurisdictionView } from "../components/law/JurisdictionView";
import { lawQuestion } from "../components/law/statuses";
import { useSiteMetadata } from "../components/useSiteMetadata";
import { lawTrail } from "../content/breadcrumbs";
import { lawLastChanged } from "../content/law-dates";

export const query = graphql`
  query JurisdictionPage($id: String!) {
    jurisdiction(id: { eq: $id }) {
      name
      kind
      leaf
      sevenOH
      minimumAge
      summary
      effective
      checked
      path
      sources {
        id
        title
        publisher
        year
        url
      }
      history {
        date
        change
        source
      }
    }
  }
`;

export default function JurisdictionTemplate({ data }: PageProps<Queries.JurisdictionPageQuery>) {
  const jurisdiction = data.jurisdiction!;
  return (
    <Layout>
      <div data-pagefind-body>
        <JurisdictionView
          jurisdiction={jurisdiction}
          trail={lawTrail(jurisdiction.name, jurisdiction.path)}
          help={
            <div data-pagefind-ignore="all">
              <SafetyNotes disclaimer={false} />
            </div>
          }
        />
      </div>
    </Layout>
  );
}

/** The date the record last changed in substance: its latest history entry, or when it was checked. */
const lastChange = ({ history, checked }: { history: ReadonlyArray<{ date: string }>; checked: string }) =>
  history.map((entry) => entry.date).reduce((latest, date) => (date > latest ? date : latest), history[0]?.date ?? checked);

export function Head({ data }: HeadProps<Queries.JurisdictionPageQuery>) {
  const site = useSiteMetadata();
  const jurisdiction = data.jurisdiction;
  if (!jurisdiction) return null;
  const title = lawQuestion(jurisdiction);
  const page: WebPage = {
    "@type": "WebPage",
    url: `${site.siteUrl}${jurisdiction.path}`,
    name: title,
    description: jurisdiction.summary,
    dateModified: lawLastChanged(jurisdiction),
    lastReviewed: jurisdiction.checked.slice(0, 10),
    citation: jurisdiction.sources.map((source) => ({ "@type": "CreativeWork", name: source.title, publisher: source.publisher, datePublished: String(source.year), url: source.url })),
  };
  return (
    <>
      <HeadTags title={title} description={jurisdiction.summary} path={jurisdiction.path} breadcrumbs={lawTrail(jurisdiction.name, jurisdiction.path)} />
      <JsonLd data={page} />
    </>
  );
}
