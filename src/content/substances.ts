import type { Substance } from "schema-dts";

/** What the site's articles are about, as schema.org substances, by the tag that says so. */
const SUBSTANCES: Readonly<Record<string, Substance>> = {
  Kratom: { "@type": "Substance", name: "Kratom", alternateName: "Mitragyna speciosa" },
  "7-OH": { "@type": "Substance", name: "7-Hydroxymitragynine", alternateName: "7-OH" },
};

/** The substances an article is about: those its tags name, or both when it names neither. */
export function substancesOf(tags: readonly string[]): Substance[] {
  const named = Object.entries(SUBSTANCES).filter(([tag]) => tags.some((candidate) => candidate.toLowerCase() === tag.toLowerCase()));
  return (named.length > 0 ? named : Object.entries(SUBSTANCES)).map(([, substance]) => substance);
}
