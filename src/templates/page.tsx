import { graphql, type HeadProps, type PageProps } from "gatsby";
import { HeadTags } from "../components/HeadTags";
import { ContentPage } from "../components/ContentPage";
import { Layout } from "../components/Layout";
import { SafetyNotes } from "../components/SafetyNotes";

export const query = graphql`
  query ContentPage($id: String!) {
    markdownRemark(id: { eq: $id }) {
      html
      fields {
        path
      }
      frontmatter {
        title
        description
      }
    }
  }
`;

export default function PageTemplate({ data }: PageProps<Queries.ContentPageQuery>) {
  const page = data.markdownRemark!;
  return (
    <Layout>
      <div data-pagefind-body>
        <ContentPage
          title={page.frontmatter.title}
          body={<div dangerouslySetInnerHTML={{ __html: page.html ?? "" }} />}
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
  const page = data.markdownRemark;
  return <HeadTags title={page?.frontmatter.title} description={page?.frontmatter.description ?? undefined} path={page?.fields.path ?? "/"} />;
}
