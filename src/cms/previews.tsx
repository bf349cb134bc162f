import type { PreviewTemplateComponentProps } from "decap-cms-core";
import { type ComponentType, type ReactNode, useEffect, useState } from "react";
import { Article } from "../components/Article";
import { ContentPage } from "../components/ContentPage";
import { HelpStrip, type SafetyText } from "../components/HelpBox";
import { SafetyNotesView } from "../components/SafetyNotes";
import { articleView } from "../content/article-view";
import { jurisdictionSchema, pageSchema, postSchema, safetySettingsSchema } from "../content/model";
import { JurisdictionView } from "../components/law/JurisdictionView";
import { fieldsSoFar } from "../checks/front-matter-fields";
import { EntryProblems, problemsOf } from "./entry-checks";
import { plainData } from "./entry-data";
import { routes } from "../content/routes";
import { GET_HELP_FILE } from "../content/cms";

type PreviewProps = PreviewTemplateComponentProps;

const entryData = (entry: PreviewProps["entry"]) => plainData(entry.getIn(["data"]));

function safetyText(data: Record<string, unknown>): SafetyText {
  const settings = fieldsSoFar(safetySettingsSchema, data);
  return {
    disclaimer: settings.disclaimer ?? "",
    stripHeading: settings.stripHeading ?? "",
    overdoseAction: settings.overdoseAction ?? "",
    overdoseGuidePath: settings.overdoseGuidePath ?? routes.getHelp,
    helpHeading: settings.helpHeading ?? "",
    helpLines: settings.helpLines ?? [],
    spanishNote: settings.spanishNote ?? "",
  };
}

/** The settings file the build reads (content/settings/safety.yml), as the editor last saved it. */
function useEditorSafetySettings(getCollection: PreviewProps["getCollection"]): SafetyText | null {
  const [settings, setSettings] = useState<SafetyText | null>(null);
  useEffect(() => {
    let current = true;
    // With a slug Decap resolves one entry; older releases resolved a list of one.
    getCollection("settings", "safety").then(
      (entries) => current && setSettings(safetyText(plainData([entries].flat()[0]?.get("data")))),
      () => current && setSettings(null),
    );
    return () => {
      current = false;
    };
  }, [getCollection]);
  return settings;
}

function EditorSafetyNotes({ getCollection, disclaimer = true }: Pick<PreviewProps, "getCollection"> & { disclaimer?: boolean }) {
  const settings = useEditorSafetySettings(getCollection);
  return settings && <SafetyNotesView settings={settings} disclaimer={disclaimer} />;
}

function EditorHelpStrip({ getCollection }: Pick<PreviewProps, "getCollection">) {
  const settings = useEditorSafetySettings(getCollection);
  return settings && <HelpStrip {...settings} />;
}

/**
 * An article preview built from the site's own Article component and the same mapping the build
 * stores on each Article node (src/content/article-view.ts): tags merged by case, heading ids,
 * the review date an empty field stands for, and no invented date for an undated draft.
 */
export const PostPreview: ComponentType<PreviewProps> = ({ entry, widgetFor, getAsset, getCollection }) => {
  const data = entryData(entry);
  const view = articleView(fieldsSoFar(postSchema, data), typeof data.body === "string" ? data.body : "");
  const { featuredimage, featuredimagealt, ...props } = view;
  return (
    <div className="container article-container">
      <EntryProblems problems={problemsOf("posts", data, String(entry.get("path") ?? ""))} />
      <Article
        {...props}
        featuredImage={featuredimage && <img src={getAsset(featuredimage)?.toString()} alt={featuredimagealt} />}
        body={widgetFor("body") as ReactNode}
        helpStrip={<EditorHelpStrip getCollection={getCollection} />}
        safetyNotes={<EditorSafetyNotes getCollection={getCollection} />}
      />
    </div>
  );
};

/** About, Disclaimer and Get help, previewed with the site's page component. */
export const PagePreview: ComponentType<PreviewProps> = ({ entry, widgetFor, getCollection }) => {
  const data = entryData(entry);
  const page = fieldsSoFar(pageSchema, data);
  const path = String(entry.get("path") ?? "");
  return (
    <>
      <EntryProblems problems={problemsOf("pages", data, path)} />
      <ContentPage
        title={page.title ?? ""}
        lastReviewed={page.lastReviewed ?? null}
        helpFirst={path === GET_HELP_FILE}
        body={widgetFor("body") as ReactNode}
        safetyNotes={<EditorSafetyNotes getCollection={getCollection} disclaimer={false} />}
      />
    </>
  );
};

export const SafetyPreview: ComponentType<PreviewProps> = ({ entry }) => (
  <div className="container article-container">
    <SafetyNotesView settings={safetyText(entryData(entry))} />
  </div>
);

/** A jurisdiction, previewed with the site's own state page component and the build's checks. */
export const JurisdictionPreview: ComponentType<PreviewProps> = ({ entry, getCollection }) => {
  const data = entryData(entry);
  const fields = fieldsSoFar(jurisdictionSchema, data);
  const path = String(entry.get("path") ?? "");
  return (
    <>
      <EntryProblems problems={problemsOf("law", data, path)} />
      <JurisdictionView
        jurisdiction={{
          name: fields.name ?? "",
          kind: fields.kind ?? "state",
          leaf: fields.leaf ?? "unconfirmed",
          sevenOH: fields.sevenOH ?? "unconfirmed",
          minimumAge: fields.minimumAge,
          summary: fields.summary ?? "",
          effective: fields.effective,
          checked: fields.checked ?? new Date().toISOString().slice(0, 10),
          sources: fields.sources ?? [],
          history: fields.history ?? [],
        }}
        help={<EditorSafetyNotes getCollection={getCollection} disclaimer={false} />}
      />
    </>
  );
};
