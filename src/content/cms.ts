import type { z } from "zod";
import { fieldMeta, type FieldMeta, MEDIA_PUBLIC_FOLDER } from "./fields";
import { pageSchema, postSchema, safetySettingsSchema } from "./model";

/**
 * The Decap CMS configuration, derived from the content model: every collection's fields
 * come from the same schemas that validate the build and type GraphQL, so the admin can
 * neither miss a field nor drop one an editor wrote.
 */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  min?: number;
  max?: number;
  value_type?: "int";
  fields?: CmsField[];
  field?: CmsField;
  modes?: string[];
  /** Decap strips script from the Markdown preview, as the build refuses raw HTML. */
  sanitize_preview?: boolean;
  format?: string;
  date_format?: string;
  time_format?: string | boolean;
  summary?: string;
  collapsed?: boolean;
}

type Shape = Readonly<Record<string, object>>;

function literalValue(schema: object): unknown {
  return (schema as z.ZodLiteral).value;
}

function widgetOptions(meta: FieldMeta, schema: object): Partial<CmsField> & { widget: string } {
  switch (meta.widget) {
    case "hidden":
      return { widget: "hidden", default: literalValue(schema) };
    case "datetime":
      return { widget: "datetime" };
    case "date":
      // Decap 3 dropped the date widget; a datetime without time writes a plain calendar date.
      return { widget: "datetime", format: "YYYY-MM-DD", date_format: "YYYY-MM-DD", time_format: false };
    case "number":
      return { widget: "number", value_type: "int" };
    case "list":
      if (meta.listItem) return { widget: "list", field: { name: "item", label: meta.listItem.label, widget: meta.listItem.widget, required: true, ...lengthRule(meta.listItem.max) } };
      return meta.objectType ? { widget: "list", fields: cmsFields(meta.objectType.fields), collapsed: true, summary: listSummary(meta.objectType.fields) } : { widget: "list" };
    case "object":
      // Optional as a whole, so its parts cannot be required in the admin: the build still
      // rejects a half-filled one (a reviewer without a credential), naming the part.
      return { widget: "object", collapsed: true, fields: cmsFields(meta.objectType?.fields ?? {}).map((part) => ({ ...part, required: false })) };
    default:
      return { widget: meta.widget };
  }
}

/** What a collapsed entry of a list shows: its title, or else its date and first text ("2026-12-01: Rhode Island corrected"). */
function listSummary(fields: Shape): string {
  const names = Object.keys(fields);
  if (names.includes("title")) return "{{fields.title}}";
  return names.map((name) => `{{fields.${name}}}`).join(": ");
}

/** Decap's string and text widgets have no length limit of their own, so the model's becomes a pattern with the build's wording. */
function lengthRule(max: number | undefined): Pick<CmsField, "pattern"> {
  return max === undefined ? {} : { pattern: [`^[\\s\\S]{0,${max}}$`, `is longer than ${max} characters`] };
}

function cmsField(name: string, schema: object): CmsField {
  const meta = fieldMeta.get(schema as z.ZodType);
  if (!meta) throw new Error(`content model: field ${name} has no metadata`);
  const field: CmsField = { name, label: meta.label, required: meta.required, ...widgetOptions(meta, schema) };
  if (meta.hint) field.hint = meta.hint;
  if (meta.default !== undefined) field.default = meta.default;
  const isText = meta.widget === "string" || meta.widget === "text";
  if (meta.pattern) field.pattern = [meta.pattern.regex, meta.pattern.message];
  else if (isText) Object.assign(field, lengthRule(meta.max));
  if (meta.min !== undefined) field.min = meta.min;
  if (meta.max !== undefined && !isText) field.max = meta.max;
  return field;
}

export function cmsFields(shape: Shape): CmsField[] {
  return Object.entries(shape).map(([name, schema]) => cmsField(name, schema));
}

/**
 * Markdown mode only: citations are typed as [[1]](#ref-1), and Decap's rich-text mode escapes
 * them (and any other Markdown typed into it) to \[[1]](#ref-1), silently breaking the link.
 */
const body: CmsField = { name: "body", label: "Body", widget: "markdown", required: true, modes: ["raw"], sanitize_preview: true };

export const contentPages = [
  { name: "about", label: "About and editorial policy" },
  { name: "disclaimer", label: "Medical disclaimer" },
  { name: "get-help", label: "Get help" },
];

export function cmsCollections() {
  return [
    {
      name: "posts",
      label: "Articles",
      label_singular: "Article",
      folder: "content/posts",
      create: true,
      slug: "{{year}}-{{month}}-{{day}}-{{slug}}",
      fields: [...cmsFields(postSchema.shape), body],
    },
    {
      name: "pages",
      label: "Pages",
      files: contentPages.map(({ name, label }) => ({ name, label, file: `content/pages/${name}.md`, fields: [...cmsFields(pageSchema.shape), body] })),
    },
    {
      name: "settings",
      label: "Settings",
      files: [{ name: "safety", label: "Disclaimer and help lines", file: "content/settings/safety.yml", fields: cmsFields(safetySettingsSchema.shape) }],
    },
  ];
}

export const cmsMedia = { media_folder: "static/img", public_folder: MEDIA_PUBLIC_FOLDER } as const;
