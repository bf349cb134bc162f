import { graphql, type HeadProps, type PageProps } from "gatsby";
import { GatsbyImage, getImage, getSrc } from "gatsby-plugin-image";
import { Article } from "../components/Article";
import { ArticleJsonLd } from "../components/ArticleJsonLd";
import { HeadTags } from "../components/HeadTags";
import { Layout } from "../components/Layout";
import { SafetyNotes } from "../components/SafetyNotes";
import { type ArticleLink, MoreArticles } from "../components/MoreArticles";
import type { PostPageContext } from "../build/create-pages";
import { lastChanged } from "../content/dates";
import { toPostSummary } from "../queries/post-summary";

export const query = graphql`
  query PostPage($id: String!, $related: [String!]!, $nearby: [String!]!) {
    markdownRemark(id: { eq: $id }) {
      html
      ...PostAddress
      fields {
        readingMinutes
      }
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
    related: allMarkdownRemark(filter: { id: { in: $related } }) {
      nodes {
        ...PostSummary
      }
    }
    nearby: allMarkdownRemark(filter: { id: { in: $nearby } }) {
      nodes {
        id
        fields {
          path
        }
        frontmatter {
          title
        }
      }
    }
  }
`;

function articleLink(nodes: Queries.PostPageQuery["nearby"]["nodes"], id: string | null): ArticleLink | null {
  const node = nodes.find((candidate) => candidate.id === id);
  return node ? { title: node.frontmatter.title, path: node.fields.path } : null;
}

export default function PostTemplate({ data, pageContext }: PageProps<Queries.PostPageQuery, PostPageContext>) {
  const post = data.markdownRemark!;
  // The query returns related posts in store order; the build chose their order.
  const related = pageContext.related.flatMap((id) => data.related.nodes.filter((node) => node.id === id).map(toPostSummary));
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
          readingMinutes={post.fields.readingMinutes}
          featuredImage={image && <GatsbyImage image={image} alt={frontmatter.featuredimagealt ?? ""} loading="eager" />}
          keyPoints={frontmatter.keyPoints ?? []}
          references={frontmatter.references ?? []}
          body={<div dangerouslySetInnerHTML={{ __html: post.html ?? "" }} />}
          safetyNotes={<SafetyNotes />}
        />
        <MoreArticles related={related} older={articleLink(data.nearby.nodes, pageContext.older)} newer={articleLink(data.nearby.nodes, pageContext.newer)} />
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
