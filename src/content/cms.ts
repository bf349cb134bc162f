import type { CmsCollection, CmsField as DecapCmsField, CmsFieldBase } from "decap-cms-core";
import type { z } from "zod";
import { fieldMeta, type FieldMeta, MEDIA_PUBLIC_FOLDER } from "./fields";
import { jurisdictionSchema, pageSchema, postSchema, safetySettingsSchema, topicsSettingsSchema } from "./model";
import { pagePath, routes } from "./paths";

/**
 * The Decap CMS configuration, derived from the content model: every collection's fields
 * come from the same schemas that validate the build and type GraphQL, so the admin can
 * neither miss a field nor drop one an editor wrote. Typed with Decap's own declarations;
 * `sanitize_preview` is a markdown option Decap honours but does not declare.
 */
export type CmsField = DecapCmsField & { sanitize_preview?: boolean };
type FieldBase = Pick<CmsFieldBase, "name" | "label" | "required" | "hint" | "pattern">;

/**
 * The largest image an editor may upload: a full-size phone photo fits, and the build makes the
 * sizes readers get. A 48 MB photo once made an article unsaveable, with only "Unexpected token '<'" to say why.
 */
export const MAX_UPLOAD_BYTES = 8_000_000;

type Shape = Readonly<Record<string, object>>;

function literalValue(schema: object): unknown {
  return (schema as z.ZodLiteral).value;
}

/** What a collapsed entry of a list shows: its title, or else its date and first text ("2026-12-01: Rhode Island corrected"). */
function listSummary(fields: Shape): string {
  const names = Object.keys(fields);
  // A reference by its key and title, a help line by its name and number, a correction by date and note.
  if (names.includes("id") && names.includes("title")) return "[@{{fields.id}}] {{fields.title}}";
  if (names.includes("title")) return "{{fields.title}}";
  if (names.includes("change")) return "{{fields.date}}: {{fields.change}}";
  if (names.includes("name")) return names.includes("number") ? "{{fields.name}} ({{fields.number}})" : "{{fields.name}}";
  return names.map((name) => `{{fields.${name}}}`).join(": ");
}

/** Decap's string and text widgets have no length limit of their own, so the model's becomes a pattern with the build's wording. */
function lengthRule(max: number | undefined): Pick<CmsFieldBase, "pattern"> {
  return max === undefined ? {} : { pattern: [`^[\\s\\S]{0,${max}}$`, `is longer than ${max} characters`] };
}

/** The site's topics, a settings file editors add to deliberately; articles pick their tags from it. */
export const TOPICS_FILE = "content/settings/topics.yml";

function topicPicker(base: FieldBase, meta: FieldMeta): CmsField {
  return {
    ...base,
    widget: "relation",
    collection: "settings",
    file: "topics",
    value_field: "topics.*",
    search_fields: ["topics.*"],
    display_fields: ["topics.*"],
    multiple: true,
    options_length: 40,
    ...(Array.isArray(meta.default) ? { default: meta.default } : {}),
    ...(meta.max !== undefined ? { max: meta.max } : {}),
    hint: [base.hint, "Pick from the site's topics; a new topic is added under Settings → Topics first."].filter(Boolean).join(" "),
  } as CmsField;
}

/** A field's widget and the options that go with it; the model's counts become the list's min and max. */
function widgetField(base: FieldBase, meta: FieldMeta, schema: object): CmsField {
  // A count only publishing needs (3 references) is checked before publishing, not at every
  // save: a draft in the workflow may be unfinished, as the README's rule for drafts says.
  const min = meta.requiredToPublish ? undefined : meta.min;
  const counts = { ...(min !== undefined ? { min } : {}), ...(meta.max !== undefined ? { max: meta.max } : {}) };
  switch (meta.widget) {
    case "hidden":
      return { ...base, widget: "hidden", default: literalValue(schema) };
    case "datetime":
      return { ...base, widget: "datetime" };
    case "date":
      // Decap 3 dropped the date widget; a datetime without time writes a plain calendar date.
      return { ...base, widget: "datetime", format: "YYYY-MM-DD", date_format: "YYYY-MM-DD", time_format: false };
    case "number":
      return { ...base, widget: "number", value_type: "int", ...counts };
    case "boolean":
      return { ...base, widget: "boolean", ...(typeof meta.default === "boolean" ? { default: meta.default } : {}) };
    case "image":
      // Decap refuses a larger file at upload: "File too large. Configured to not allow files greater than N kB."
      // Decap's declarations require a library `name` here; the image widget reads only `config` (its own library).
      return { ...base, widget: "image", media_library: { name: "default", config: { max_file_size: MAX_UPLOAD_BYTES } } };
    case "list": {
      if (meta.vocabulary === "topics") return topicPicker(base, meta);
      const list = { ...base, widget: "list" as const, ...counts, ...(Array.isArray(meta.default) ? { default: meta.default } : {}) };
      if (meta.listItem) {
        const item = { name: "item", label: meta.listItem.label, widget: meta.listItem.widget, required: true, ...lengthRule(meta.listItem.max) };
        return { ...list, field: item };
      }
      return meta.objectType ? { ...list, fields: cmsFields(meta.objectType.fields), collapsed: true, summary: listSummary(meta.objectType.fields) } : list;
    }
    case "object":
      // Optional as a whole, so its parts cannot be required in the admin: the build still
      // rejects a half-filled one (a reviewer without a credential), naming the part.
      return { ...base, widget: "object", collapsed: true, fields: cmsFields(meta.objectType?.fields ?? {}).map((part) => ({ ...part, required: false })) };
    case "select":
      return { ...base, widget: "select", options: [...(meta.options ?? [])] };
    case "string":
    case "text":
      return { ...base, widget: meta.widget, ...(meta.pattern ? {} : lengthRule(meta.max)) };
  }
}

function cmsField(name: string, schema: object): CmsField {
  const meta = fieldMeta.get(schema as z.ZodType);
  if (!meta) throw new Error(`content model: field ${name} has no metadata`);
  // What only publishing needs is not required to save: a draft in the workflow may be unfinished
  // (the README's rule for drafts); the check before publishing asks for it, in the build's words.
  const base: FieldBase = { name, label: meta.label, required: meta.required && !meta.requiredToPublish };
  const needed = meta.requiredToPublish ? "Needed to publish; a draft may leave it for later." : "";
  if (meta.hint || needed) base.hint = [meta.hint, needed].filter(Boolean).join(" ");
  if (meta.pattern) base.pattern = [meta.pattern.regex, meta.pattern.message];
  return widgetField(base, meta, schema);
}

export function cmsFields(shape: Shape): CmsField[] {
  return Object.entries(shape).map(([name, schema]) => cmsField(name, schema));
}

/** The admin's body editor (src/cms/cited-body.tsx): Markdown, with a list that inserts [@key] citations. */
export const CITED_BODY_WIDGET = "cited-markdown";

/**
 * Markdown in a text box, not Decap's rich-text mode: that mode writes a typed [@key] back as
 * \[@key], silently unlinking the citation (measured in the README).
 */
const articleBody: CmsField = { name: "body", label: "Body", widget: CITED_BODY_WIDGET, required: true, sanitize_preview: true } as CmsField;

/** Pages cite nothing: Decap's Markdown editor, in its Markdown mode for the same reason. */
const pageBody: CmsField = { name: "body", label: "Body", widget: "markdown", required: true, modes: ["raw"], sanitize_preview: true };

export const contentPages = [
  { name: "about", label: "About and editorial policy" },
  { name: "disclaimer", label: "Medical disclaimer" },
  { name: "get-help", label: "Get help" },
];

/** The legal tracker's folder, one .yml file per jurisdiction. */
export const LAW_FOLDER = "content/law";

/** The page whose help lines come first (src/components/ContentPage.tsx). */
export const GET_HELP_FILE = "content/pages/get-help.md";

export function cmsCollections(): CmsCollection[] {
  return [
    {
      name: "posts",
      label: "Articles",
      label_singular: "Article",
      folder: "content/posts",
      create: true,
      // An article leaves the site by ticking Draft and publishing that through the workflow, which
      // keeps its history and its address's redirects in review; the admin's one-click delete is off.
      delete: false,
      slug: "{{year}}-{{month}}-{{day}}-{{slug}}",
      // The address by file name; the site sends it on to the article (src/build/file-name-redirects.ts).
      preview_path: `${routes.blog.slice(1)}{{filename}}/`,
      fields: [...cmsFields(postSchema.shape), articleBody],
    },
    {
      name: "pages",
      label: "Pages",
      delete: false,
      files: contentPages.map(({ name, label }) => ({ name, label, file: `content/pages/${name}.md`, preview_path: pagePath(name).slice(1), fields: [...cmsFields(pageSchema.shape), pageBody] })),
    },
    {
      name: "law",
      label: "Legal status",
      label_singular: "Jurisdiction",
      description: "One entry per state, DC and federal law: the /law/ map, table and state pages are drawn from these.",
      folder: LAW_FOLDER,
      extension: "yml",
      format: "yml",
      // The tracker covers exactly the 52 jurisdictions; the build names any that is missing.
      create: false,
      delete: false,
      identifier_field: "name",
      preview_path: `${routes.law.slice(1)}{{filename}}/`,
      summary: "{{name}} — checked {{checked}}",
      sortable_fields: ["name", "checked"],
      fields: cmsFields(jurisdictionSchema.shape),
    },
    {
      name: "settings",
      label: "Settings",
      delete: false,
      files: [
        { name: "safety", label: "Disclaimer and help lines", file: "content/settings/safety.yml", fields: cmsFields(safetySettingsSchema.shape) },
        { name: "topics", label: "Topics", file: TOPICS_FILE, fields: cmsFields(topicsSettingsSchema.shape) },
      ],
    },
  ];
}

export const cmsMedia = { media_folder: "static/img", public_folder: MEDIA_PUBLIC_FOLDER } as const;
