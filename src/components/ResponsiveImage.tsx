import type { IGatsbyImageData } from "gatsby-plugin-image";

interface ResponsiveImageProps {
  image: IGatsbyImageData;
  alt: string;
  loading: "eager" | "lazy";
}

/**
 * gatsby-plugin-image's processed AVIF/WebP/JPEG sizes as a plain <picture>: the browser picks
 * the format and size and lazy-loads natively, width and height reserve the box (no layout
 * shift), and it works without JavaScript. GatsbyImage renders the same files but hydrates
 * each image, which downloads React's server renderer (~62 KB gzip) on every page.
 */
export function ResponsiveImage({ image, alt, loading }: ResponsiveImageProps) {
  const { sources = [], fallback } = image.images;
  return (
    <picture className="responsive-image">
      {sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={source.sizes} />
      ))}
      <img
        src={fallback?.src}
        srcSet={fallback?.srcSet}
        sizes={fallback?.sizes}
        width={image.width}
        height={image.height}
        alt={alt}
        loading={loading}
        decoding="async"
        fetchPriority={loading === "eager" ? "high" : undefined}
      />
    </picture>
  );
}
