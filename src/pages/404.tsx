import { type HeadProps, Link } from "gatsby";
import { HeadTags } from "../components/HeadTags";
import { Layout } from "../components/Layout";
import { routes } from "../content/routes";

export default function NotFoundPage() {
  return (
    <Layout>
      <section className="section container">
        <h1 className="title is-2">Page not found</h1>
        <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
        <p>
          Try <Link to={routes.blog}>all articles</Link> or <Link to={routes.tags}>the list of topics</Link>.
        </p>
      </section>
    </Layout>
  );
}

export function Head(_: HeadProps) {
  return (
    <>
      <HeadTags title="Page not found" path="/404/" />
      <meta name="robots" content="noindex" />
    </>
  );
}
