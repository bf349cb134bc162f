import { graphql, useStaticQuery } from "gatsby";
import { Disclaimer, HelpBox } from "./HelpBox";

/** The disclaimer and help lines from content/settings/safety.yml, as every article shows them. */
export function SafetyNotes({ disclaimer = true }: { disclaimer?: boolean }) {
  const { safetySettings } = useStaticQuery<Queries.SafetySettingsQuery>(graphql`
    query SafetySettings {
      safetySettings {
        disclaimer
        helpHeading
        helpLines {
          name
          number
          dial
          description
        }
      }
    }
  `);
  if (!safetySettings) return null;
  return (
    <>
      {disclaimer && <Disclaimer text={safetySettings.disclaimer} />}
      <HelpBox helpHeading={safetySettings.helpHeading} helpLines={safetySettings.helpLines} />
    </>
  );
}
