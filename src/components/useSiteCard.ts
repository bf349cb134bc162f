import { graphql, useStaticQuery } from "gatsby";
import { getSrc } from "gatsby-plugin-image";
import type { SocialImage } from "./SocialTags";

/** The link-preview picture for pages without one of their own (src/images/site-card.jpg, processed to 1200×630). */
export function useSiteCard(): SocialImage | null {
  const { file } = useStaticQuery<Queries.SiteCardQuery>(graphql`
    query SiteCard {
      file(sourceInstanceName: { eq: "site-images" }, name: { eq: "site-card" }) {
        childImageSharp {
          gatsbyImageData(layout: FIXED, width: 1200, height: 630, formats: [JPG], transformOptions: { cropFocus: CENTER })
        }
      }
    }
  `);
  const data = file?.childImageSharp?.gatsbyImageData;
  const src = data ? getSrc(data) : undefined;
  return data && src ? { src, width: data.width, height: data.height, alt: "Illustration of three broad, pointed green leaves with pale veins." } : null;
}
