import { graphql } from "gatsby";
import { getImage } from "gatsby-plugin-image";
import type { PostSummary } from "../components/PostCard";

export const postSummaryFragment = graphql`
  fragment PostSummary on Article {
    id
    path
    tags {
      name
      path
    }
    title
    date
    description
    featuredimagealt
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
    title: node.title,
    path: node.path,
    date: node.date,
    description: node.description,
    tags: node.tags,
    image: getImage(node.featuredImage?.childImageSharp?.gatsbyImageData ?? null) ?? null,
    imageAlt: node.featuredimagealt,
  };
}
