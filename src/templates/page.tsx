import { graphql, type HeadProps, type PageProps } from "gatsby";
import { HeadTags } from "../components/HeadTags";
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
      <article className="container article-container">
        <h1 className="title is-2">{page.frontmatter.title}</h1>
        <div className="content article-body" dangerouslySetInnerHTML={{ __html: page.html ?? "" }} />
        <SafetyNotes disclaimer={false} />
      </article>
    </Layout>
  );
}

export function Head({ data }: HeadProps<Queries.ContentPageQuery>) {
  const page = data.markdownRemark;
  return <HeadTags title={page?.frontmatter.title} description={page?.frontmatter.description ?? undefined} path={page?.fields.path ?? "/"} />;
}
