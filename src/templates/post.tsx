import { graphql, type HeadProps, type PageProps } from "gatsby";
import { getImage } from "gatsby-plugin-image";
import { Article } from "../components/Article";
import { HeadTags } from "../components/HeadTags";
import { Layout } from "../components/Layout";

export const query = graphql`
  query PostPage($id: String!) {
    markdownRemark(id: { eq: $id }) {
      html
      fields {
        path
        tags {
          name
          path
        }
      }
      frontmatter {
        title
        date
        description
        featuredimagealt
      }
      featuredImage {
        childImageSharp {
          gatsbyImageData(width: 1200, formats: [AUTO, WEBP, AVIF], placeholder: DOMINANT_COLOR)
        }
      }
    }
  }
`;

export default function PostTemplate({ data }: PageProps<Queries.PostPageQuery>) {
  const post = data.markdownRemark!;
  return (
    <Layout>
      <div className="container article-container">
        <Article
          title={post.frontmatter.title}
          date={post.frontmatter.date ?? ""}
          description={post.frontmatter.description ?? ""}
          tags={post.fields.tags}
          image={getImage(post.featuredImage?.childImageSharp?.gatsbyImageData ?? null) ?? null}
          imageAlt={post.frontmatter.featuredimagealt ?? ""}
          html={post.html ?? ""}
        />
      </div>
    </Layout>
  );
}

export function Head({ data }: HeadProps<Queries.PostPageQuery>) {
  const post = data.markdownRemark;
  return <HeadTags title={post?.frontmatter.title} description={post?.frontmatter.description ?? undefined} path={post?.fields.path ?? "/"} />;
}
