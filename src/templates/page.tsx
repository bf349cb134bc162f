import { graphql, type HeadProps, type PageProps } from "gatsby";
import { HeadTags } from "../components/HeadTags";
import { ContentPage } from "../components/ContentPage";
import { Layout } from "../components/Layout";
import { SafetyNotes } from "../components/SafetyNotes";
import { routes } from "../content/routes";

export const query = graphql`
  query ContentPage($id: String!) {
    page(id: { eq: $id }) {
      title
      description
      lastReviewed
      path
      markdown {
        html
      }
    }
  }
`;

export default function PageTemplate({ data }: PageProps<Queries.ContentPageQuery>) {
  const page = data.page!;
  return (
    <Layout>
      <div data-pagefind-body>
        <ContentPage
          title={page.title}
          lastReviewed={page.lastReviewed}
          helpFirst={page.path === routes.getHelp}
          body={<div dangerouslySetInnerHTML={{ __html: page.markdown.html ?? "" }} />}
          safetyNotes={
            <div data-pagefind-ignore="all">
              <SafetyNotes disclaimer={false} />
            </div>
          }
        />
      </div>
    </Layout>
  );
}

export function Head({ data }: HeadProps<Queries.ContentPageQuery>) {
  const page = data.page;
  return <HeadTags title={page?.title} description={page?.description} path={page?.path ?? "/"} />;
}
