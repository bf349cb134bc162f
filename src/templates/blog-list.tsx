import { graphql, type HeadProps, type PageProps } from "gatsby";
import { HeadTags } from "../components/HeadTags";
import { Layout } from "../components/Layout";
import { Pagination } from "../components/Pagination";
import { PostList } from "../components/PostList";
import { blogPagePath } from "../content/paths";
import type { ListPageContext } from "../build/create-pages";
import { toPostSummary } from "../queries/post-summary";
import { SITE_NAME } from "../site-name";

export const query = graphql`
  query BlogList($skip: Int!, $limit: Int!) {
    allArticle(filter: { published: { eq: true } }, sort: [{ date: DESC }, { slug: ASC }], skip: $skip, limit: $limit) {
      nodes {
        ...PostSummary
      }
    }
  }
`;

function heading({ currentPage, numPages }: ListPageContext): string {
  return currentPage > 1 ? `All articles, page ${currentPage} of ${numPages}` : "All articles";
}

export default function BlogListTemplate({ data, pageContext }: PageProps<Queries.BlogListQuery, ListPageContext>) {
  return (
    <Layout>
      <section className="section container">
        <h1 className="title is-2">{heading(pageContext)}</h1>
        <PostList posts={data.allArticle.nodes.map(toPostSummary)} eagerImages={2} />
        <Pagination currentPage={pageContext.currentPage} numPages={pageContext.numPages} pagePath={blogPagePath} label="Article pages" />
      </section>
    </Layout>
  );
}

export function Head({ pageContext }: HeadProps<Queries.BlogListQuery, ListPageContext>) {
  return <HeadTags title={heading(pageContext)} description={`Every ${SITE_NAME} article, newest first.`} path={blogPagePath(pageContext.currentPage)} />;
}
