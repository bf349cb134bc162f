import { graphql, type HeadProps, type PageProps } from "gatsby";
import { getImage, getSrc } from "gatsby-plugin-image";
import { Article } from "../components/Article";
import { ArticleJsonLd } from "../components/ArticleJsonLd";
import { Breadcrumbs } from "../components/Breadcrumbs";
import { ResponsiveImage } from "../components/ResponsiveImage";
import { HeadTags } from "../components/HeadTags";
import type { SocialImage } from "../components/SocialTags";
import { postTrail } from "../content/breadcrumbs";
import { Layout } from "../components/Layout";
import { SafetyNotes, SiteHelpStrip } from "../components/SafetyNotes";
import { type ArticleLink, MoreArticles } from "../components/MoreArticles";
import type { PostPageContext } from "../build/create-pages";
import { lastChanged } from "../content/dates";
import { toPostSummary } from "../queries/post-summary";
import { StatesAtAGlance } from "../components/law/StatesAtAGlance";

export const query = graphql`
  query PostPage($id: String!, $related1: String!, $related2: String!, $related3: String!, $older: String!, $newer: String!, $law: Boolean!) {
    # Only articles about the law read the legal tracker, so editing a state re-runs only their queries.
    allJurisdiction(filter: { valid: { eq: true } }, sort: { name: ASC }) @include(if: $law) {
      nodes {
        name
        path
        kind
        leaf
        sevenOH
        checked
      }
    }
    article(id: { eq: $id }) {
      title
      date
      updated
      lastReviewed
      nextReview
      reviewedBy {
        name
        credential
      }
      description
      tags {
        name
        path
      }
      readingMinutes
      keyPoints
      sections {
        id
        title
      }
      references {
        id
        title
        publisher
        year
        url
      }
      corrections {
        date
        note
      }
      path
      featuredimagealt
      featuredImage {
        childImageSharp {
          gatsbyImageData(width: 1200, formats: [AUTO, WEBP, AVIF], placeholder: DOMINANT_COLOR)
          card: gatsbyImageData(layout: FIXED, width: 1200, height: 630, formats: [JPG], transformOptions: { cropFocus: CENTER })
        }
      }
      markdown {
        html
      }
    }
    related1: article(id: { eq: $related1 }) {
      ...PostSummary
    }
    related2: article(id: { eq: $related2 }) {
      ...PostSummary
    }
    related3: article(id: { eq: $related3 }) {
      ...PostSummary
    }
    older: article(id: { eq: $older }) {
      ...ArticleLinkFields
    }
    newer: article(id: { eq: $newer }) {
      ...ArticleLinkFields
    }
  }

  fragment ArticleLinkFields on Article {
    id
    path
    title
  }
`;

type PostPageArticle = NonNullable<Queries.PostPageQuery["article"]>;

function articleLink(node: Queries.ArticleLinkFieldsFragment | null): ArticleLink | null {
  return node ? { title: node.title, path: node.path } : null;
}

export default function PostTemplate({ data, pageContext }: PageProps<Queries.PostPageQuery, PostPageContext>) {
  const post = data.article!;
  // The build chose these in order; an absent one was looked up as the post itself.
  const linked = <T extends { id: string } | null>(node: T): T | null => (node?.id === pageContext.id ? null : node);
  const related = [data.related1, data.related2, data.related3].map(linked).flatMap((node) => (node ? [toPostSummary(node)] : []));
  const { markdown, featuredImage, featuredimagealt, path, ...view } = post;
  const image = getImage(featuredImage?.childImageSharp?.gatsbyImageData ?? null);
  return (
    <Layout>
      <div className="container article-container">
        <Breadcrumbs trail={postTrail(post.title, path)} />
        <div data-pagefind-body>
          <Article
            {...view}
            featuredImage={image && <ResponsiveImage image={image} alt={featuredimagealt} loading="eager" />}
            body={<div dangerouslySetInnerHTML={{ __html: markdown.html ?? "" }} />}
            helpStrip={<SiteHelpStrip />}
            lawAtAGlance={data.allJurisdiction && <StatesAtAGlance jurisdictions={data.allJurisdiction.nodes} />}
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

function socialImage(post: PostPageArticle): SocialImage | null {
  const card = post.featuredImage?.childImageSharp?.card;
  const src = card ? getSrc(card) : undefined;
  return card && src ? { src, width: card.width, height: card.height, alt: post.featuredimagealt } : null;
}

export function Head({ data }: HeadProps<Queries.PostPageQuery>) {
  const post = data.article;
  if (!post) return null;
  const image = post.featuredImage?.childImageSharp?.gatsbyImageData;
  const modified = lastChanged(post);
  const tags = post.tags.map((tag) => tag.name);
  return (
    <>
      <HeadTags
        title={post.title}
        description={post.description}
        path={post.path}
        image={socialImage(post)}
        article={{ publishedTime: post.date, modifiedTime: modified, tags }}
        breadcrumbs={postTrail(post.title, post.path)}
      />
      <ArticleJsonLd
        path={post.path}
        headline={post.title}
        description={post.description}
        datePublished={post.date}
        dateModified={modified}
        lastReviewed={post.lastReviewed}
        reviewedBy={post.reviewedBy}
        tags={tags}
        imagePath={image ? (getSrc(image) ?? null) : null}
        references={post.references}
      />
    </>
  );
}
