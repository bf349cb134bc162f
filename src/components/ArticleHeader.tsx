import { GatsbyImage, type IGatsbyImageData } from "gatsby-plugin-image";
import { FormattedDate } from "./FormattedDate";
import { TagList, type TagLinkProps } from "./TagList";

export interface ArticleHeaderProps {
  title: string;
  date: string;
  description: string;
  tags: readonly TagLinkProps[];
  image: IGatsbyImageData | null;
  imageAlt: string;
}

export function ArticleHeader({ title, date, description, tags, image, imageAlt }: ArticleHeaderProps) {
  return (
    <header className="article-header">
      <h1 className="title is-2">{title}</h1>
      <p className="article-meta">
        Published <FormattedDate iso={date} />
      </p>
      <p className="article-description">{description}</p>
      <TagList tags={tags} />
      {image && (
        <figure className="article-image">
          <GatsbyImage image={image} alt={imageAlt} loading="eager" />
        </figure>
      )}
    </header>
  );
}
