import { z } from "zod";
import { plainText } from "./plain-text";
import { MEDIA_PUBLIC_PATH } from "./media-paths";

/**
 * Field constructors for the content model. Each returns a zod schema (what build-time
 * validation runs) and registers how the field is shown elsewhere: its GraphQL type and
 * default (src/build/schema.ts) and its editor widget (the CMS config derives from it).
 */
export type Widget = "hidden" | "string" | "text" | "datetime" | "date" | "boolean" | "number" | "list" | "object" | "image" | "select";

export interface FieldMeta {
  widget: Widget;
  label: string;
  hint?: string;
  /** GraphQL output type without the non-null marker; required-ness comes from `required`. */
  graphqlType: string;
  required: boolean;
  /** Required before a post is published; a draft may leave it out or unfinished. */
  requiredToPublish?: boolean;
  default?: string | boolean | string[];
  pattern?: { regex: string; message: string };
  min?: number;
  max?: number;
  /** Lists of text edited one item per box (a comma inside an item must not split it). */
  listItem?: { label: string; widget: "string" | "text"; max: number };
  /** A `select` field's values, each with the words the admin and the site show for it. */
  options?: ReadonlyArray<{ value: string; label: string }>;
  /** Values picked from a settings list (the topics) rather than typed. */
  vocabulary?: "topics";
  /** Object and list-of-object fields: their GraphQL type name and sub-fields (made with these constructors). */
  objectType?: { name: string; fields: Readonly<Record<string, object>> };
}

export const fieldMeta = z.registry<FieldMeta>();

export interface Common {
  label: string;
  hint?: string;
}

export const MISSING = "is missing or empty";

export function described(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  // JSON.stringify writes 1e400 (Infinity) and NaN as "null".
  if (typeof value === "number") return `${String(value)} (number)`;
  return `${JSON.stringify(value) ?? String(value)} (${typeof value})`;
}

export function templateKey<K extends string>(key: K) {
  const schema = z.literal(key, { error: (issue) => `${described(issue.input)} is not "${key}"` });
  fieldMeta.add(schema as z.ZodType, { widget: "hidden", label: "Template", graphqlType: "String", required: true });
  return schema;
}

function requiredText(widget: "string" | "text", { label, hint, max }: Common & { max: number }) {
  return plainText(
    z.string({ error: (issue) => (issue.input === undefined ? MISSING : `${described(issue.input)} is not text`) })
      .trim()
      .min(1, MISSING)
      .max(max, `is longer than ${max} characters`),
  )
    .register(fieldMeta, { widget, label, hint, graphqlType: "String", required: true, max });
}

/** One line of text (a title, a name). */
export const shortText = (options: Common & { max: number }) => requiredText("string", options);

/** A paragraph (a description, a disclaimer). */
export const longText = (options: Common & { max: number }) => requiredText("text", options);

export function optionalText({ label, hint, max }: Common & { max: number }) {
  return plainText(
    z.string({ error: (issue) => `${described(issue.input)} is not text` })
      .trim()
      .max(max, `is longer than ${max} characters`),
  )
    .optional()
    .register(fieldMeta, { widget: "string", label, hint, graphqlType: "String", required: false, max });
}

/**
 * ISO 8601 dates as Decap's datetime widget and the legacy starter write them
 * ("2024-08-13T18:03:57.617Z"), or a plain calendar date ("2024-08-13"). Front-matter is
 * parsed as YAML 1.2, so the value arrives as the string the editor wrote and an impossible
 * date like 2024-13-45 is caught here instead of being rolled over into February.
 */
const isoDate = z.union([z.iso.datetime({ offset: true, local: true }), z.iso.date()]);

export function dateTime({ label, hint, widget = "datetime", requiredToPublish }: Common & { widget?: "datetime" | "date"; requiredToPublish?: boolean }) {
  return z
    .unknown()
    .transform((value, ctx) => {
      if (value === undefined || value === null || value === "") {
        ctx.addIssue({ code: "custom", message: MISSING });
        return z.NEVER;
      }
      if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
      if (typeof value === "string" && isoDate.safeParse(value).success && !Number.isNaN(Date.parse(value))) {
        return value;
      }
      ctx.addIssue({ code: "custom", message: `${described(value)} is not a date (expected e.g. 2024-08-13 or 2024-08-13T18:03:57.617Z)` });
      return z.NEVER;
    })
    .register(fieldMeta, { widget, label, hint, graphqlType: "Date", required: true, requiredToPublish });
}

export function optionalDate({ label, hint }: Common) {
  return dateTime({ label, hint, widget: "date" })
    .optional()
    .register(fieldMeta, { widget: "date", label, hint, graphqlType: "Date", required: false });
}

export function flag({ label, hint }: Common) {
  return z
    .boolean({ error: (issue) => `${described(issue.input)} is not true or false` })
    .default(false)
    .register(fieldMeta, { widget: "boolean", label, hint, graphqlType: "Boolean", required: false, default: false });
}

/** What the CMS writes for an image in the media folder: public folder + file name. */
export const MEDIA_PUBLIC_FOLDER = MEDIA_PUBLIC_PATH.replace(/\/$/, "");
const IMAGE_PATH = /^\/img\/(?!.*\.\.)[\w.\- /]+\.(?:jpe?g|png|webp|avif|gif)$/i;
const IMAGE_PATH_MESSAGE = `must be an image in the media folder, like ${MEDIA_PUBLIC_FOLDER}/photo.jpg`;

export function imagePath({ label, hint }: Common) {
  return z
    .string({ error: (issue) => `${described(issue.input)} is not an image path` })
    .trim()
    .regex(IMAGE_PATH, { error: (issue) => `${described(issue.input)} ${IMAGE_PATH_MESSAGE}` })
    .optional()
    // No pattern for the admin: Decap tests an image widget's pattern against its internal
    // value, not the path it writes, and refused a valid /img/x.jpg. Its media library only
    // writes such paths; the build checks the rest.
    .register(fieldMeta, { widget: "image", label, hint, graphqlType: "String", required: false });
}

const DIALLABLE = /^\+?[0-9]{3,15}$/;

/** What a `tel:` link dials: digits with an optional leading +, so a tap on a phone works. */
export function dialNumber({ label, hint }: Common) {
  const message = "must be digits only, with an optional leading + (for example +18006624357 or 988)";
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? MISSING
          : typeof issue.input === "number"
            ? `${described(issue.input)} was read as a number; put it in quotes ("${String(issue.input)}") so it stays the digits to dial`
            : `${described(issue.input)} is not a phone number`,
    })
    .trim()
    .regex(DIALLABLE, { error: (issue) => `${described(issue.input)} ${message}` })
    .register(fieldMeta, { widget: "string", label, hint, graphqlType: "String", required: true, pattern: { regex: DIALLABLE.source, message } });
}

/** One line of text that must match `pattern`; `noun` names what non-text input is not. */
function patternedText({ label, hint }: Common, pattern: RegExp, noun: string, message: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? MISSING : `${described(issue.input)} is not ${noun}`) })
    .trim()
    .regex(pattern, { error: (issue) => `${described(issue.input)} ${message}` })
    .register(fieldMeta, { widget: "string", label, hint, graphqlType: "String", required: true, pattern: { regex: pattern.source, message } });
}

const SITE_PATH = /^\/(?:[a-z0-9-]+\/)*$/;

/** An address on this site, like /blog/overdose-what-to-do/: lower case, ending in a slash. */
export const sitePath = (common: Common) => patternedText(common, SITE_PATH, "an address", "must be an address on this site, like /blog/some-article/ (lower case, ending in /)");

export const REFERENCE_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The name a body cites a reference by, as [@nida-2024]: lower-case letters and digits in hyphenated words. */
export const referenceKey = (common: Common) => patternedText(common, REFERENCE_KEY, "a key", "must be lower-case letters and digits joined by hyphens, like nida-2024");

/** One of a fixed set of values, each with the words readers and editors see for it. */
export function choice<V extends string>({ label, hint }: Common, labels: Readonly<Record<V, string>>) {
  const values = Object.keys(labels) as [V, ...V[]];
  return z
    .enum(values, {
      error: (issue) => (issue.input === undefined ? MISSING : `${described(issue.input)} is not one of ${values.map((value) => `"${value}"`).join(", ")}`),
    })
    .register(fieldMeta, { widget: "select", label, hint, graphqlType: "String", required: true, options: values.map((value) => ({ value, label: labels[value] })) });
}

/** A whole number that may be left out (a minimum age). */
export function optionalWholeNumber({ label, hint, min, max }: Common & { min: number; max: number }) {
  return z
    .number({ error: (issue) => `${described(issue.input)} is not a number` })
    .int("is not a whole number")
    .min(min, `is less than ${min}`)
    .max(max, `is more than ${max}`)
    .optional()
    .register(fieldMeta, { widget: "number", label, hint, graphqlType: "Int", required: false, min, max });
}
