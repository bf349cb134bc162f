import { graphql, type HeadProps, Link, type PageProps } from "gatsby";
import { HeadTags } from "../components/HeadTags";
import { Layout } from "../components/Layout";
import { PostList } from "../components/PostList";
import { toPostSummary } from "../queries/post-summary";
import { routes } from "../content/routes";
import { SITE_NAME } from "../site-name";

export const query = graphql`
  query HomePage {
    featured: allArticle(filter: { published: { eq: true }, featuredpost: { eq: true } }, sort: [{ date: DESC }, { slug: ASC }], limit: 4) {
      nodes {
        ...PostSummary
      }
    }
    latest: allArticle(filter: { published: { eq: true }, featuredpost: { eq: false } }, sort: [{ date: DESC }, { slug: ASC }], limit: 6) {
      nodes {
        ...PostSummary
      }
    }
  }
`;

export default function HomePage({ data }: PageProps<Queries.HomePageQuery>) {
  const featured = data.featured.nodes.map(toPostSummary);
  const latest = data.latest.nodes.map(toPostSummary);
  return (
    <Layout>
      <section className="section container home-intro">
        <h1 className="title is-2">{SITE_NAME}</h1>
        <p className="subtitle">Honest, sourced information about kratom and 7-hydroxymitragynine (7-OH): what the evidence shows, the risks and the law.</p>
      </section>
      {featured.length > 0 && (
        <section className="section container" aria-labelledby="featured-heading">
          <h2 id="featured-heading" className="title is-4">
            Featured
          </h2>
          <PostList posts={featured} headingLevel={3} eagerImages={2} />
        </section>
      )}
      {latest.length > 0 && (
        <section className="section container" aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="title is-4">
            Latest articles
          </h2>
          <PostList posts={latest} headingLevel={3} eagerImages={featured.length > 0 ? 0 : 2} />
        </section>
      )}
      <p className="section container">
        <Link to={routes.blog}>All articles</Link>
      </p>
    </Layout>
  );
}

export function Head(_: HeadProps) {
  return <HeadTags path={routes.home} />;
}
