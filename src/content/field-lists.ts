import { z } from "zod";
import { mixedScriptDomainLabel } from "./look-alike-domain";
import { type Common, described, fieldMeta, MISSING } from "./fields";
import { tagSlug } from "./paths";
import { plainText } from "./plain-text";

/** Lists and nested objects of the content model; each registers its metadata like the scalar fields. */

interface ListOptions extends Common {
  itemLabel: string;
  itemMax: number;
  min?: number;
  max?: number;
  requiredToPublish?: boolean;
}

function listItems(itemMax: number) {
  return plainText(
    z.string({ error: (issue) => `${described(issue.input)} is not text` })
      .trim()
      .min(1, "is empty")
      .max(itemMax, `is longer than ${itemMax} characters`),
  );
}

function sized<T extends z.ZodType>(item: T, what: string, min?: number, max?: number) {
  let list = z.array(item, { error: (issue) => (issue.input === undefined ? MISSING : `${described(issue.input)} is not a list (write one "- item" per line)`) });
  if (min !== undefined) list = list.min(min, `has fewer than ${min} ${what}`);
  if (max !== undefined) list = list.max(max, `has more than ${max} ${what}`);
  return list;
}

/** Tags on one post. */
export const MAX_TAGS = 20;

export function tagList({ label, hint }: Common) {
  const tag = listItems(40).refine((value) => tagSlug(value) !== "", {
    error: (issue) => `${described(issue.input)} leaves nothing to make a tag page address from (addresses keep only letters a-z and digits; emoji, punctuation and some alphabets are dropped)`,
  });
  return z
    .array(tag, { error: (issue) => `${described(issue.input)} is not a list of tags (write one "- tag" per line)` })
    // Each tag makes pages: 3,000 tags on one post once made 3,011 pages. The most any article has is 6.
    .max(MAX_TAGS, `has more than ${MAX_TAGS} tags; keep the few that say what the article is about`)
    .default([])
    // Picked from the site's topics in the admin (typed, "Pain relief" lost its space and "kratom" doubled "Kratom").
    .register(fieldMeta, {
      widget: "list",
      label,
      hint,
      graphqlType: "[String!]",
      required: false,
      default: [],
      max: MAX_TAGS,
      listItem: { label: "Topic", widget: "string", max: 40 },
      vocabulary: "topics",
    });
}

export function textList({ label, hint, itemLabel, itemMax, min, max, requiredToPublish }: ListOptions) {
  return sized(listItems(itemMax), "items", min, max).register(fieldMeta, {
    widget: "list",
    label,
    hint,
    listItem: { label: itemLabel, widget: "text", max: itemMax },
    graphqlType: "[String!]",
    required: true,
    requiredToPublish,
    min,
    max,
  });
}

export function objectList<S extends z.ZodRawShape>(
  { label, hint, min, max, requiredToPublish }: Common & { min?: number; max?: number; requiredToPublish?: boolean },
  typeName: string,
  fields: S,
) {
  return sized(z.strictObject(fields), "entries", min, max).register(fieldMeta, {
    widget: "list",
    label,
    hint,
    graphqlType: `[${typeName}!]`,
    required: true,
    requiredToPublish,
    min,
    max,
    objectType: { name: typeName, fields },
  });
}

/** A list of groups that may be empty (corrections): absent means none. */
export function optionalObjectList<S extends z.ZodRawShape>({ label, hint }: Common, typeName: string, fields: S) {
  return sized(z.strictObject(fields), "entries")
    .default([])
    .register(fieldMeta, { widget: "list", label, hint, graphqlType: `[${typeName}!]`, required: false, default: [], objectType: { name: typeName, fields } });
}

/** The admin writes an untouched optional group as empty values; that means "none", not a half-filled group. */
function isBlankGroup(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((part) => part === undefined || part === null || (typeof part === "string" && part.trim() === ""));
}

export function optionalObject<S extends z.ZodRawShape>({ label, hint }: Common, typeName: string, fields: S) {
  return z
    .preprocess((value) => (isBlankGroup(value) ? undefined : value), z.strictObject(fields, { error: (issue) => `${described(issue.input)} is not a set of fields` }).optional())
    .register(fieldMeta, { widget: "object", label, hint, graphqlType: typeName, required: false, objectType: { name: typeName, fields } });
}

const HTTPS_URL = /^https:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i;

export function httpsUrl({ label, hint }: Common) {
  const message = "must be a full https:// address";
  return plainText(
    z.string({ error: (issue) => (issue.input === undefined ? MISSING : `${described(issue.input)} is not an address`) })
      .trim()
      .refine((value) => HTTPS_URL.test(value) && URL.canParse(value), { error: (issue) => `${described(issue.input)} ${message}` })
      .refine((value) => mixedScriptDomainLabel(value) === null, {
        error: (issue) => {
          const mixed = mixedScriptDomainLabel(String(issue.input))!;
          return `${described(issue.input)} mixes ${mixed.scripts.join(" and ")} letters in "${mixed.label}", as a look-alike of a real address would; type the address again`;
        },
      }),
  )
    .register(fieldMeta, { widget: "string", label, hint, graphqlType: "String", required: true, pattern: { regex: HTTPS_URL.source, message } });
}

export function year({ label, hint }: Common) {
  const latest = new Date().getFullYear() + 1;
  return z
    .number({ error: (issue) => (issue.input === undefined ? MISSING : `${described(issue.input)} is not a year`) })
    .int(`is not a year`)
    .min(1800, "is not a year")
    .max(latest, `is after ${latest}`)
    .register(fieldMeta, { widget: "number", label, hint, graphqlType: "Int", required: true, min: 1800, max: latest });
}
