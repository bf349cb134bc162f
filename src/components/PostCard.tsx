import { Link } from "gatsby";
import type { IGatsbyImageData } from "gatsby-plugin-image";
import { FormattedDate } from "./FormattedDate";
import { ResponsiveImage } from "./ResponsiveImage";
import { TagList, type TagLinkProps } from "./TagList";

export interface PostSummary {
  id: string;
  title: string;
  path: string;
  date: string;
  description: string;
  tags: readonly TagLinkProps[];
  image: IGatsbyImageData | null;
  imageAlt: string;
}

export function PostCard({ post, headingLevel = 3, eager = false }: { post: PostSummary; headingLevel?: 2 | 3; eager?: boolean }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="card post-card">
      {post.image && (
        <div className="card-image">
          <ResponsiveImage image={post.image} alt={post.imageAlt} loading={eager ? "eager" : "lazy"} />
        </div>
      )}
      <div className="card-content">
        <Heading className="title is-5" dir="auto">
          <Link to={post.path}>{post.title}</Link>
        </Heading>
        <p className="post-card-date">
          <FormattedDate iso={post.date} />
        </p>
        <p>{post.description}</p>
        <TagList tags={post.tags} />
      </div>
    </article>
  );
}
