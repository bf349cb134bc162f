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
      <ContentPage
        title={page.frontmatter.title}
        body={<div dangerouslySetInnerHTML={{ __html: page.html ?? "" }} />}
        safetyNotes={<SafetyNotes disclaimer={false} />}
      />
    </Layout>
  );
}

export function Head({ data }: HeadProps<Queries.ContentPageQuery>) {
  const page = data.markdownRemark;
  return <HeadTags title={page?.frontmatter.title} description={page?.frontmatter.description ?? undefined} path={page?.fields.path ?? "/"} />;
}
