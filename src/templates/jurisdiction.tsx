import { graphql, type HeadProps, type PageProps } from "gatsby";
import type { WebPage } from "schema-dts";
import { HeadTags } from "../components/HeadTags";
import { citedWorks } from "../components/ArticleJsonLd";
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
      ...JurisdictionStatus
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
    citation: citedWorks(jurisdiction.sources),
  };
  return (
    <>
      <HeadTags title={title} description={jurisdiction.summary} path={jurisdiction.path} breadcrumbs={lawTrail(jurisdiction.name, jurisdiction.path)} />
      <JsonLd data={page} />
    </>
  );
}
