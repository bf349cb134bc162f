import type { ComponentType, ReactNode } from "react";
import { Article } from "../components/Article";
import { Disclaimer, HelpBox, type HelpLine } from "../components/HelpBox";
import { tagPath } from "../content/paths";

/** What Decap passes a preview template: the entry as an Immutable map, and helpers. */
export interface PreviewProps {
  entry: { getIn: (path: string[]) => unknown };
  widgetFor: (name: string) => unknown;
  getAsset: (path: string) => { toString: () => string } | undefined;
  fieldsMetaData?: unknown;
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

/** The safety notes as the editor sees them; on the site they come from content/settings/safety.yml. */
const editorSafetyNotes = (
  <p className="notification">The disclaimer and the Get help box from Settings appear here on the published article.</p>
);

/** An article preview built from the site's own Article component, so the editor sees what readers will. */
export const PostPreview: ComponentType<PreviewProps> = ({ entry, widgetFor, getAsset }) => {
  const data = (field: string) => entry.getIn(["data", field]);
  const tags = plain<string[]>(data("tags"), []);
  const image = data("featuredimage");
  return (
    <div className="container article-container">
      <Article
        title={String(data("title") ?? "")}
        date={isoDate(data("date"))}
        updated={typeof data("updated") === "string" ? (data("updated") as string) : null}
        lastReviewed={data("lastReviewed") ? isoDate(data("lastReviewed")) : null}
        reviewedBy={plain(data("reviewedBy"), null)}
        description={String(data("description") ?? "")}
        tags={tags.map((name) => ({ name, path: tagPath(name) }))}
        featuredImage={typeof image === "string" && image !== "" && <img src={getAsset(image)?.toString()} alt={String(data("featuredimagealt") ?? "")} />}
        keyPoints={plain<string[]>(data("keyPoints"), [])}
        references={plain(data("references"), [])}
        body={widgetFor("body") as ReactNode}
        safetyNotes={editorSafetyNotes}
      />
    </div>
  );
};

export const SafetyPreview: ComponentType<PreviewProps> = ({ entry }) => {
  const helpLines = plain<HelpLine[]>(entry.getIn(["data", "helpLines"]), []);
  return (
    <div className="container article-container">
      <Disclaimer text={String(entry.getIn(["data", "disclaimer"]) ?? "")} />
      <HelpBox helpHeading={String(entry.getIn(["data", "helpHeading"]) ?? "")} helpLines={helpLines} />
    </div>
  );
};
