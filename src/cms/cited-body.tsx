/**
 * The article body's editor: Markdown in a plain text box, with a "Cite a reference" list that
 * writes [@key] at the cursor, so an editor picks a source by its title instead of typing
 * syntax. The preview shows each citation as the numbered link the site will show.
 */
import type { CmsWidgetPreviewProps } from "decap-cms-core";
import { type ChangeEvent, type ClipboardEvent, Component, type ComponentType, useRef } from "react";
import TurndownService from "turndown";
import { citationMarkers, citationNumbers, referenceKeys, withNumberedCitations } from "../content/citations";
import { parseBody } from "../content/markdown-dialect";
import { plainData } from "./entry-data";
import { type Edit, image, link, markLines, wrap } from "./markdown-edits";

interface ListedReference {
  id?: string;
  title?: string;
  publisher?: string;
  year?: number;
}

/** The props Decap gives a widget's control that this one uses. */
interface BodyControlProps {
  value?: string;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  /** The entry being edited, for its references. */
  entry: { getIn: (path: string[]) => unknown };
  /** Decap's media library: opened for a control, it hands back the chosen file's path in `mediaPaths`. */
  field: unknown;
  mediaPaths: { get: (controlID: string) => string | undefined };
  onOpenMediaLibrary: (options: { controlID: string; forImage: boolean; privateUpload: boolean; value: string[]; allowMultiple: boolean; field: unknown }) => void;
  onRemoveInsertedMedia: (controlID: string) => void;
  onRemoveMediaControl: (controlID: string) => void;
}

function referencesOf(entry: BodyControlProps["entry"]): ListedReference[] {
  const references = plainData(entry.getIn(["data", "references"]));
  return Array.isArray(references) ? (references as ListedReference[]) : [];
}

const describeReference = ({ title, publisher, year }: ListedReference) => [title || "(no title yet)", [publisher, year].filter(Boolean).join(", ")].filter(Boolean).join(" — ");

/** Headings, lists, bold and links from Word or a web page, written as the site's Markdown. */
const pastedHtml = new TurndownService({ headingStyle: "atx", bulletListMarker: "-", emDelimiter: "_", strongDelimiter: "**", codeBlockStyle: "fenced" })
  // Word's clipboard carries its own markup and comments; only the text and its structure are kept.
  .remove(["style", "script", "meta", "title"]);

export function markdownFromPastedHtml(html: string): string {
  return pastedHtml.turndown(html).trim();
}

function CitedBodyEditor({ value = "", onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle, entry, chooseImage }: BodyControlProps & { chooseImage: (place: Edit) => void }) {
  const box = useRef<HTMLTextAreaElement>(null);
  const citable = referencesOf(entry).filter((reference) => reference.id);
  const numbers = citationNumbers(citationMarkers(parseBody(value), value), new Set(referenceKeys(citable)));

  const cite = (event: ChangeEvent<HTMLSelectElement>) => {
    const key = event.target.value;
    event.target.value = "";
    if (!key) return;
    // The text box keeps its selection while the list has focus: the citation goes where the cursor was.
    insert(`[@${key}]`);
  };

  /** Applies a button's edit to the text and keeps the editor's place in it. */
  const apply = (edit: (current: Edit) => Edit | null) => {
    const textarea = box.current;
    if (!textarea) return;
    const next = edit({ value, start: textarea.selectionStart, end: textarea.selectionEnd });
    if (!next) return;
    onChange(next.value);
    requestAnimationFrame(() => {
      textarea.focus();
      textarea.setSelectionRange(next.start, next.end);
    });
  };

  /** Text in place of the selection, the cursor after it. */
  const insert = (text: string) => apply(({ value: current, start, end }) => ({ value: current.slice(0, start) + text + current.slice(end), start: start + text.length, end: start + text.length }));

  const buttons: Array<{ label: string; edit: (current: Edit) => Edit | null }> = [
    { label: "Heading", edit: (current) => markLines(current, "## ") },
    { label: "Subheading", edit: (current) => markLines(current, "### ") },
    { label: "Bold", edit: (current) => wrap(current, "**", "**", "bold text") },
    { label: "Bulleted list", edit: (current) => markLines(current, "- ") },
    { label: "Numbered list", edit: (current) => markLines(current, "1. ") },
    {
      label: "Link",
      edit: (current) => {
        const address = window.prompt("The address to link to (https://…)", "https://")?.trim();
        return address && address !== "https://" ? link(current, address) : null;
      },
    },
  ];

  // A text box alone would paste Word's headings and bullets as plain lines, losing them without a word.
  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData("text/html");
    if (!html) return;
    event.preventDefault();
    insert(markdownFromPastedHtml(html));
  };

  return (
    <div className={classNameWrapper}>
      <div style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem 1rem", alignItems: "baseline", marginBottom: "0.75rem" }}>
        <label>
          Cite a reference{" "}
          <select value="" onChange={cite} aria-describedby={`${forID}-cite-hint`}>
            <option value="">{citable.length === 0 ? "Add a reference with a key first" : "Choose the source…"}</option>
            {citable.map((reference) => {
              const number = numbers.get(reference.id!);
              return (
                <option key={reference.id} value={reference.id}>
                  {`${number === undefined ? "not cited yet" : `[${number}]`} ${describeReference(reference)} (${reference.id})`}
                </option>
              );
            })}
          </select>
        </label>
        <span role="group" aria-label="Format" style={{ display: "flex", flexWrap: "wrap", gap: "0.25rem" }}>
          {buttons.map(({ label, edit }) => (
            // mousedown would move focus off the text box before the click; the selection must stay.
            <button key={label} type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => apply(edit)}>
              {label}
            </button>
          ))}
          <button
            type="button"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => chooseImage({ value, start: box.current?.selectionStart ?? value.length, end: box.current?.selectionEnd ?? value.length })}
          >
            Image
          </button>
        </span>
        <span id={`${forID}-cite-hint`} style={{ fontSize: "0.85em" }}>
          Puts the citation where the cursor is. The site numbers citations in the order they first appear.
        </span>
      </div>
      <textarea
        id={forID}
        ref={box}
        value={value}
        rows={24}
        spellCheck
        style={{ width: "100%", font: "inherit", lineHeight: 1.5, border: "none", outline: "none", resize: "vertical", background: "transparent" }}
        onChange={(event) => onChange(event.target.value)}
        onPaste={paste}
        onFocus={setActiveStyle}
        onBlur={setInactiveStyle}
      />
    </div>
  );
}

/**
 * Decap's widget wrapper re-renders a control only when its value changes, unless the control
 * says otherwise: this one must also follow the references (for the citation list) and the
 * media library (an image chosen for the body arrives in `mediaPaths`).
 */
export class CitedBodyControl extends Component<BodyControlProps> {
  private readonly controlID = crypto.randomUUID();
  /** Where the image goes: the selection when the editor pressed Image (the library takes the focus). */
  private imagePlace: Edit | null = null;

  override shouldComponentUpdate(next: BodyControlProps): boolean {
    const { value, entry, mediaPaths, classNameWrapper } = this.props;
    return next.value !== value || next.entry !== entry || next.mediaPaths !== mediaPaths || next.classNameWrapper !== classNameWrapper;
  }

  override componentDidUpdate(): void {
    const chosen = this.props.mediaPaths.get(this.controlID);
    if (!chosen) return;
    this.props.onRemoveInsertedMedia(this.controlID);
    const place = this.imagePlace;
    this.imagePlace = null;
    if (!place) return;
    const alt = window.prompt("Describe the image for readers who cannot see it (alt text). Leave it empty only if the image is decoration.", "");
    if (alt === null) return;
    this.props.onChange(image({ ...place, value: this.props.value ?? "" }, chosen, alt).value);
  }

  override componentWillUnmount(): void {
    this.props.onRemoveMediaControl(this.controlID);
  }

  private readonly chooseImage = (place: Edit) => {
    this.imagePlace = place;
    this.props.onOpenMediaLibrary({ controlID: this.controlID, forImage: true, privateUpload: false, value: [], allowMultiple: false, field: this.props.field });
  };

  override render() {
    return <CitedBodyEditor {...this.props} chooseImage={this.chooseImage} />;
  }
}

/** The body as readers will see it: Decap's Markdown preview of the body with each citation numbered. */
export function citedBodyPreview(markdownPreview: ComponentType<CmsWidgetPreviewProps>): ComponentType<CmsWidgetPreviewProps> {
  const MarkdownPreview = markdownPreview;
  return function CitedBodyPreview(props: CmsWidgetPreviewProps) {
    const body = typeof props.value === "string" ? props.value : "";
    const markers = citationMarkers(parseBody(body), body);
    const keys = new Set(referenceKeys(referencesOf(props.entry as unknown as BodyControlProps["entry"])));
    return <MarkdownPreview {...props} value={withNumberedCitations(body, markers, citationNumbers(markers, keys))} />;
  };
}
