import { graphql, useStaticQuery } from "gatsby";
import { Disclaimer, HelpBox, HelpStrip, type SafetyText } from "./HelpBox";

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
      <HelpBox helpHeading={settings.helpHeading} helpLines={settings.helpLines} spanishNote={settings.spanishNote} />
    </>
  );
}

/** content/settings/safety.yml as the build checked it. */
export function useSafetySettings(): SafetyText | null {
  const { safetySettings } = useStaticQuery<Queries.SafetySettingsQuery>(graphql`
    query SafetySettings {
      safetySettings {
        disclaimer
        stripHeading
        overdoseAction
        overdoseGuidePath
        helpHeading
        helpLines {
          name
          number
          dial
          description
        }
        spanishNote
      }
    }
  `);
  return safetySettings;
}

/** The disclaimer and help lines from content/settings/safety.yml, as every article shows them. */
export function SafetyNotes({ disclaimer = true }: { disclaimer?: boolean }) {
  const settings = useSafetySettings();
  return settings && <SafetyNotesView settings={settings} disclaimer={disclaimer} />;
}

/** The help strip under an article's key points, from the same settings as the help box. */
export function SiteHelpStrip() {
  const settings = useSafetySettings();
  return settings && <HelpStrip {...settings} />;
}
