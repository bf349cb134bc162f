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
      return meta.objectType ? { widget: "list", fields: cmsFields(meta.objectType.fields), collapsed: true, summary: "{{fields.title}}" } : { widget: "list" };
    case "object":
      return { widget: "object", fields: cmsFields(meta.objectType?.fields ?? {}) };
    default:
      return { widget: meta.widget };
  }
}

function cmsField(name: string, schema: object): CmsField {
  const meta = fieldMeta.get(schema as z.ZodType);
  if (!meta) throw new Error(`content model: field ${name} has no metadata`);
  const field: CmsField = { name, label: meta.label, required: meta.required, ...widgetOptions(meta, schema) };
  if (meta.hint) field.hint = meta.hint;
  if (meta.default !== undefined) field.default = meta.default;
  if (meta.pattern) field.pattern = [meta.pattern.regex, meta.pattern.message];
  if (meta.min !== undefined) field.min = meta.min;
  if (meta.max !== undefined && meta.widget !== "string" && meta.widget !== "text") field.max = meta.max;
  return field;
}

export function cmsFields(shape: Shape): CmsField[] {
  return Object.entries(shape).map(([name, schema]) => cmsField(name, schema));
}

const body: CmsField = { name: "body", label: "Body", widget: "markdown", required: true };

const contentPages = [
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
