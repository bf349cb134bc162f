import { graphql, type HeadProps, type PageProps } from "gatsby";
import { GatsbyImage, getImage, getSrc } from "gatsby-plugin-image";
import { Article } from "../components/Article";
import { ArticleJsonLd } from "../components/ArticleJsonLd";
import { HeadTags } from "../components/HeadTags";
import { Layout } from "../components/Layout";
import { SafetyNotes } from "../components/SafetyNotes";
import { lastChanged } from "../content/dates";

export const query = graphql`
  query PostPage($id: String!) {
    markdownRemark(id: { eq: $id }) {
      html
      ...PostAddress
      frontmatter {
        title
        date
        updated
        lastReviewed
        reviewedBy {
          name
          credential
        }
        description
        keyPoints
        references {
          title
          publisher
          year
          url
        }
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
  const { frontmatter } = post;
  const image = getImage(post.featuredImage?.childImageSharp?.gatsbyImageData ?? null);
  return (
    <Layout>
      <div className="container article-container">
        <Article
          title={frontmatter.title}
          date={frontmatter.date ?? ""}
          updated={frontmatter.updated}
          lastReviewed={frontmatter.lastReviewed}
          reviewedBy={frontmatter.reviewedBy}
          description={frontmatter.description}
          tags={post.fields.tags}
          featuredImage={image && <GatsbyImage image={image} alt={frontmatter.featuredimagealt ?? ""} loading="eager" />}
          keyPoints={frontmatter.keyPoints ?? []}
          references={frontmatter.references ?? []}
          body={<div dangerouslySetInnerHTML={{ __html: post.html ?? "" }} />}
          safetyNotes={<SafetyNotes />}
        />
      </div>
    </Layout>
  );
}

export function Head({ data }: HeadProps<Queries.PostPageQuery>) {
  const post = data.markdownRemark;
  if (!post) return null;
  const { frontmatter } = post;
  const image = post.featuredImage?.childImageSharp?.gatsbyImageData;
  return (
    <>
      <HeadTags title={frontmatter.title} description={frontmatter.description} path={post.fields.path} />
      <ArticleJsonLd
        path={post.fields.path}
        headline={frontmatter.title}
        description={frontmatter.description}
        datePublished={frontmatter.date ?? ""}
        dateModified={lastChanged(frontmatter)}
        imagePath={image ? (getSrc(image) ?? null) : null}
        references={frontmatter.references ?? []}
      />
    </>
  );
}
