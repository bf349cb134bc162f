import { graphql, useStaticQuery } from "gatsby";
import { Disclaimer, HelpBox, type SafetyText } from "./HelpBox";

export interface SafetyNotesViewProps {
  settings: SafetyText;
  /** Pages other than articles show the help box only. */
  disclaimer?: boolean;
}

/** The disclaimer and help box exactly as readers see them, whoever supplies the text. */
export function SafetyNotesView({ settings, disclaimer = true }: SafetyNotesViewProps) {
  return (
    <>
      {disclaimer && <Disclaimer text={settings.disclaimer} />}
      <HelpBox helpHeading={settings.helpHeading} helpLines={settings.helpLines} />
    </>
  );
}

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
  return <SafetyNotesView settings={safetySettings} disclaimer={disclaimer} />;
}
