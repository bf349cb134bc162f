import { graphql, type HeadProps, type PageProps } from "gatsby";
import { getImage, getSrc } from "gatsby-plugin-image";
import { Article } from "../components/Article";
import { ArticleJsonLd } from "../components/ArticleJsonLd";
import { Breadcrumbs } from "../components/Breadcrumbs";
import { ResponsiveImage } from "../components/ResponsiveImage";
import { HeadTags } from "../components/HeadTags";
import type { SocialImage } from "../components/SocialTags";
import type { Section } from "../components/TableOfContents";
import { postTrail } from "../content/breadcrumbs";
import { Layout } from "../components/Layout";
import { SafetyNotes, SiteHelpStrip } from "../components/SafetyNotes";
import { type ArticleLink, MoreArticles } from "../components/MoreArticles";
import type { PostPageContext } from "../build/create-pages";
import { lastChanged } from "../content/dates";
import { toPostSummary } from "../queries/post-summary";

export const query = graphql`
  query PostPage($id: String!, $related1: String!, $related2: String!, $related3: String!, $older: String!, $newer: String!) {
    markdownRemark(id: { eq: $id }) {
      html
      headings(depth: h2) {
        id
        value
      }
      ...PostAddress
      fields {
        readingMinutes
        nextReviewDue
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
        corrections {
          date
          note
        }
      }
      featuredImage {
        childImageSharp {
          gatsbyImageData(width: 1200, formats: [AUTO, WEBP, AVIF], placeholder: DOMINANT_COLOR)
          card: gatsbyImageData(layout: FIXED, width: 1200, height: 630, formats: [JPG], transformOptions: { cropFocus: CENTER })
        }
      }
    }
    related1: markdownRemark(id: { eq: $related1 }) {
      ...PostSummary
    }
    related2: markdownRemark(id: { eq: $related2 }) {
      ...PostSummary
    }
    related3: markdownRemark(id: { eq: $related3 }) {
      ...PostSummary
    }
    older: markdownRemark(id: { eq: $older }) {
      ...ArticleLinkFields
    }
    newer: markdownRemark(id: { eq: $newer }) {
      ...ArticleLinkFields
    }
  }

  fragment ArticleLinkFields on MarkdownRemark {
    id
    fields {
      path
    }
    frontmatter {
      title
    }
  }
`;

type PostHeadings = NonNullable<Queries.PostPageQuery["markdownRemark"]>["headings"];

function sectionsFrom(headings: PostHeadings): Section[] {
  return (headings ?? []).flatMap((heading) => (heading?.id && heading.value ? [{ id: heading.id, title: heading.value }] : []));
}

function articleLink(node: Queries.ArticleLinkFieldsFragment | null): ArticleLink | null {
  return node ? { title: node.frontmatter.title, path: node.fields.path } : null;
}

export default function PostTemplate({ data, pageContext }: PageProps<Queries.PostPageQuery, PostPageContext>) {
  const post = data.markdownRemark!;
  // The build chose these in order; an absent one was looked up as the post itself.
  const linked = <T extends { id: string } | null>(node: T): T | null => (node?.id === pageContext.id ? null : node);
  const related = [data.related1, data.related2, data.related3].map(linked).flatMap((node) => (node ? [toPostSummary(node)] : []));
  const { frontmatter } = post;
  const image = getImage(post.featuredImage?.childImageSharp?.gatsbyImageData ?? null);
  return (
    <Layout>
      <div className="container article-container">
        <Breadcrumbs trail={postTrail(frontmatter.title, post.fields.path)} />
        <div data-pagefind-body>
          <Article
            title={frontmatter.title}
            date={frontmatter.date ?? ""}
            updated={frontmatter.updated}
            lastReviewed={frontmatter.lastReviewed}
            nextReview={post.fields.nextReviewDue}
            reviewedBy={frontmatter.reviewedBy}
            description={frontmatter.description}
            tags={post.fields.tags}
            readingMinutes={post.fields.readingMinutes}
            featuredImage={image && <ResponsiveImage image={image} alt={frontmatter.featuredimagealt ?? ""} loading="eager" />}
            keyPoints={frontmatter.keyPoints ?? []}
            sections={sectionsFrom(post.headings)}
            references={frontmatter.references ?? []}
            corrections={frontmatter.corrections}
            body={<div dangerouslySetInnerHTML={{ __html: post.html ?? "" }} />}
            helpStrip={<SiteHelpStrip />}
            safetyNotes={
              <div data-pagefind-ignore="all">
                <SafetyNotes />
              </div>
            }
          />
        </div>
        <MoreArticles related={related} older={articleLink(linked(data.older))} newer={articleLink(linked(data.newer))} />
      </div>
    </Layout>
  );
}

function socialImage(post: NonNullable<Queries.PostPageQuery["markdownRemark"]>): SocialImage | null {
  const card = post.featuredImage?.childImageSharp?.card;
  const src = card ? getSrc(card) : undefined;
  return card && src ? { src, width: card.width, height: card.height, alt: post.frontmatter.featuredimagealt ?? "" } : null;
}

export function Head({ data }: HeadProps<Queries.PostPageQuery>) {
  const post = data.markdownRemark;
  if (!post) return null;
  const { frontmatter } = post;
  const image = post.featuredImage?.childImageSharp?.gatsbyImageData;
  const published = frontmatter.date ?? "";
  const modified = lastChanged(frontmatter);
  return (
    <>
      <HeadTags
        title={frontmatter.title}
        description={frontmatter.description}
        path={post.fields.path}
        image={socialImage(post)}
        article={{ publishedTime: published, modifiedTime: modified, tags: post.fields.tags.map((tag) => tag.name) }}
        breadcrumbs={postTrail(frontmatter.title, post.fields.path)}
      />
      <ArticleJsonLd
        path={post.fields.path}
        headline={frontmatter.title}
        description={frontmatter.description}
        datePublished={published}
        dateModified={modified}
        lastReviewed={frontmatter.lastReviewed ?? null}
        reviewedBy={frontmatter.reviewedBy ?? null}
        tags={post.fields.tags.map((tag) => tag.name)}
        imagePath={image ? (getSrc(image) ?? null) : null}
        references={frontmatter.references ?? []}
      />
    </>
  );
}
