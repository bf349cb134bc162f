import { type HeadProps, Link, type PageProps } from "gatsby";
import { HeadTags } from "../components/HeadTags";
import { Layout } from "../components/Layout";
import type { TagSummary } from "../build/tag-index";
import { routes } from "../content/routes";
import { SITE_NAME } from "../site-name";

interface TagsIndexContext {
  tags: TagSummary[];
}

export default function TagsIndexTemplate({ pageContext }: PageProps<object, TagsIndexContext>) {
  return (
    <Layout>
      <section className="section container">
        <h1 className="title is-2">Topics</h1>
        <ul className="tags-index">
          {pageContext.tags.map((tag) => (
            <li key={tag.slug}>
              <Link to={tag.path}>{tag.name}</Link>{" "}
              <span className="tag-count">
                {tag.count} {tag.count === 1 ? "article" : "articles"}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}

export function Head(_: HeadProps<object, TagsIndexContext>) {
  return <HeadTags title="Topics" description={`Every topic ${SITE_NAME} covers, with the number of articles on each.`} path={routes.tags} />;
}
