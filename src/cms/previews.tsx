import { type ComponentType, type ReactNode, useEffect, useState } from "react";
import { Article } from "../components/Article";
import { ContentPage } from "../components/ContentPage";
import { HelpStrip, type SafetyText } from "../components/HelpBox";
import type { Correction } from "../components/Corrections";
import { SafetyNotesView } from "../components/SafetyNotes";
import type { Reviewer } from "../components/ArticleHeader";
import { postSchema } from "../content/model";
import { tagPath } from "../content/paths";
import { readingMinutes } from "../content/reading-minutes";
import { nextReviewDue } from "../content/review-dates";
import { sectionsOf } from "../content/sections";

/** What Decap passes a preview template: the entry as an Immutable map, and helpers. */
export interface PreviewProps {
  entry: { getIn: (path: string[]) => unknown };
  widgetFor: (name: string) => unknown;
  getAsset: (path: string) => { toString: () => string } | undefined;
  fieldsMetaData?: unknown;
  getCollection: (collection: string, slug?: string) => Promise<Array<{ get: (key: string) => unknown }>>;
}

function plain<T>(value: unknown, fallback: T): T {
  if (value === undefined || value === null) return fallback;
  const immutable = value as { toJS?: () => T };
  return typeof immutable.toJS === "function" ? immutable.toJS() : (value as T);
}

function isoDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return typeof value === "string" && value !== "" ? value : new Date().toISOString();
}

/** The model's own rule: an empty Reviewed-by group means no reviewer, as on the built page. */
function reviewer(value: unknown): Reviewer | null {
  const parsed = postSchema.shape.reviewedBy.safeParse(plain(value, undefined));
  return parsed.success ? (parsed.data ?? null) : null;
}

function safetyText(data: unknown): SafetyText {
  const settings = plain<Partial<SafetyText>>(data, {});
  return {
    disclaimer: settings.disclaimer ?? "",
    stripHeading: settings.stripHeading ?? "",
    overdoseAction: settings.overdoseAction ?? "",
    overdoseGuidePath: settings.overdoseGuidePath ?? "/get-help/",
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
      (entries) => current && setSettings(safetyText([entries].flat()[0]?.get("data"))),
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

/** An article preview built from the site's own Article component, so the editor sees what readers will. */
export const PostPreview: ComponentType<PreviewProps> = ({ entry, widgetFor, getAsset, getCollection }) => {
  const data = (field: string) => entry.getIn(["data", field]);
  const tags = plain<string[]>(data("tags"), []);
  const image = data("featuredimage");
  const lastReviewed = data("lastReviewed") ? isoDate(data("lastReviewed")) : null;
  const nextReview = data("nextReview");
  return (
    <div className="container article-container">
      <Article
        title={String(data("title") ?? "")}
        date={isoDate(data("date"))}
        updated={typeof data("updated") === "string" ? (data("updated") as string) : null}
        lastReviewed={lastReviewed}
        nextReview={nextReviewDue({ lastReviewed, nextReview: typeof nextReview === "string" && nextReview !== "" ? nextReview : null, tags })}
        reviewedBy={reviewer(data("reviewedBy"))}
        description={String(data("description") ?? "")}
        tags={tags.map((name) => ({ name, path: tagPath(name) }))}
        readingMinutes={readingMinutes(String(data("body") ?? ""))}
        featuredImage={typeof image === "string" && image !== "" && <img src={getAsset(image)?.toString()} alt={String(data("featuredimagealt") ?? "")} />}
        keyPoints={plain<string[]>(data("keyPoints"), [])}
        sections={sectionsOf(String(data("body") ?? ""))}
        references={plain(data("references"), [])}
        corrections={plain<Correction[]>(data("corrections"), [])}
        body={widgetFor("body") as ReactNode}
        helpStrip={<EditorHelpStrip getCollection={getCollection} />}
        safetyNotes={<EditorSafetyNotes getCollection={getCollection} />}
      />
    </div>
  );
};

/** About, Disclaimer and Get help, previewed with the site's page component. */
export const PagePreview: ComponentType<PreviewProps> = ({ entry, widgetFor, getCollection }) => (
  <ContentPage
    title={String(entry.getIn(["data", "title"]) ?? "")}
    body={widgetFor("body") as ReactNode}
    safetyNotes={<EditorSafetyNotes getCollection={getCollection} disclaimer={false} />}
  />
);

export const SafetyPreview: ComponentType<PreviewProps> = ({ entry }) => (
  <div className="container article-container">
    <SafetyNotesView settings={safetyText(entry.getIn(["data"]))} />
  </div>
);
