import { graphql, type HeadProps, type PageProps } from "gatsby";
import { Breadcrumbs } from "../components/Breadcrumbs";
import { HeadTags } from "../components/HeadTags";
import { tagTrail } from "../content/breadcrumbs";
import { Layout } from "../components/Layout";
import { Pagination } from "../components/Pagination";
import { PostList } from "../components/PostList";
import { tagPath } from "../content/paths";
import type { ListPageContext } from "../build/create-pages";
import { toPostSummary } from "../queries/post-summary";
import { SITE_NAME } from "../site-name";

export interface TagPageContext extends ListPageContext {
  tag: string;
  tagName: string;
}

export const query = graphql`
  query TagPage($tag: String!, $skip: Int!, $limit: Int!) {
    allArticle(filter: { published: { eq: true }, tags: { elemMatch: { slug: { eq: $tag } } } }, sort: [{ date: DESC }, { slug: ASC }], skip: $skip, limit: $limit) {
      totalCount
      nodes {
        ...PostSummary
      }
    }
  }
`;

function trail({ tag, tagName, currentPage }: TagPageContext) {
  return tagTrail(tagName, tagPath(tag), currentPage > 1 ? { name: `Page ${currentPage}`, path: tagPath(tag, currentPage) } : undefined);
}

function heading({ tagName, currentPage, numPages }: TagPageContext): string {
  return currentPage > 1 ? `${tagName}, page ${currentPage} of ${numPages}` : tagName;
}

export default function TagTemplate({ data, pageContext }: PageProps<Queries.TagPageQuery, TagPageContext>) {
  const count = data.allArticle.totalCount;
  return (
    <Layout>
      <section className="section container">
        <Breadcrumbs trail={trail(pageContext)} />
        <p className="eyebrow">Topic</p>
        <h1 className="title is-2">{heading(pageContext)}</h1>
        <p className="subtitle is-6">
          {count} {count === 1 ? "article" : "articles"}
        </p>
        <PostList posts={data.allArticle.nodes.map(toPostSummary)} eagerImages={2} />
        <Pagination currentPage={pageContext.currentPage} numPages={pageContext.numPages} pagePath={(page) => tagPath(pageContext.tag, page)} label={`Pages of ${pageContext.tagName}`} />
      </section>
    </Layout>
  );
}

export function Head({ pageContext }: HeadProps<Queries.TagPageQuery, TagPageContext>) {
  return (
    <HeadTags
      title={heading(pageContext)}
      description={`${SITE_NAME} articles about ${pageContext.tagName}.`}
      path={tagPath(pageContext.tag, pageContext.currentPage)}
      breadcrumbs={trail(pageContext)}
    />
  );
}
