import { graphql } from "gatsby";
import { getImage } from "gatsby-plugin-image";
import type { PostSummary } from "../components/PostCard";

export const postAddressFragment = graphql`
  fragment PostAddress on MarkdownRemark {
    fields {
      path
      tags {
        name
        path
      }
    }
  }
`;

export const postSummaryFragment = graphql`
  fragment PostSummary on MarkdownRemark {
    id
    ...PostAddress
    frontmatter {
      title
      date
      description
      featuredimagealt
    }
    featuredImage {
      childImageSharp {
        gatsbyImageData(width: 640, aspectRatio: 1.7778, formats: [AUTO, WEBP, AVIF], placeholder: DOMINANT_COLOR)
      }
    }
  }
`;

export function toPostSummary(node: Queries.PostSummaryFragment): PostSummary {
  return {
    id: node.id,
    title: node.frontmatter.title,
    path: node.fields.path,
    date: node.frontmatter.date ?? "",
    description: node.frontmatter.description ?? "",
    tags: node.fields.tags,
    image: getImage(node.featuredImage?.childImageSharp?.gatsbyImageData ?? null) ?? null,
    imageAlt: node.frontmatter.featuredimagealt ?? "",
  };
}
