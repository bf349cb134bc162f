import { z } from "zod";
import { type Problem, problemsFromZod } from "./problems";
import { fieldMeta } from "../content/fields";
import { FRONT_MATTER_LANGUAGE_KEY, frontMatterLanguageMessage, YAML_ERROR_KEY } from "../content/front-matter";
import { type FrontMatter, type Page, type Post, templateKeys, templates, type TemplateKey } from "../content/model";

export type Validation = { ok: true; value: FrontMatter } | { ok: false; problems: Problem[] };

function isTemplateKey(value: unknown): value is TemplateKey {
  return typeof value === "string" && (templateKeys as string[]).includes(value);
}

/** Fields a post needs before it is published (sources, review date, key points); a draft may be unfinished there. */
function publishingFields(schema: z.ZodObject): Set<string> {
  return new Set(
    Object.entries(schema.shape)
      .filter(([, field]) => fieldMeta.get(field as z.ZodType)?.requiredToPublish)
      .map(([name]) => name),
  );
}

/** Checks one file's front-matter against the model and returns every problem, not just the first. */
export function validateFrontMatter(file: string, data: Record<string, unknown>): Validation {
  const fail = (field: string, message: string): Validation => ({ ok: false, problems: [{ file, field, message }] });
  if (typeof data[FRONT_MATTER_LANGUAGE_KEY] === "string") {
    return fail("front-matter", frontMatterLanguageMessage(data[FRONT_MATTER_LANGUAGE_KEY]));
  }
  if (typeof data[YAML_ERROR_KEY] === "string") {
    return fail("front-matter", `is not valid YAML: ${data[YAML_ERROR_KEY]}`);
  }
  if (Object.keys(data).length === 0 || (Object.keys(data).length === 1 && data.title === "")) {
    return fail("front-matter", "is missing (a post starts with a --- block of fields)");
  }
  const key = data.templateKey;
  if (key === undefined) return fail("templateKey", `is missing (one of ${templateKeys.join(", ")})`);
  if (!isTemplateKey(key)) return fail("templateKey", `${JSON.stringify(key)} is not one of ${templateKeys.join(", ")}`);

  const schema: z.ZodObject = templates[key];
  const publishing = data.draft === true ? publishingFields(schema) : new Set<string>();
  // A draft may leave its publishing fields out or unfinished (too few references, say), but
  // what it has must be valid: `npm start` shows drafts, and a draft is published by unticking a box.
  const unfinished = Object.fromEntries(Object.entries(data).filter(([name, value]) => publishing.has(name) && value !== undefined && value !== null && value !== ""));
  const checked = publishing.size > 0 ? schema.omit(Object.fromEntries([...publishing].map((name) => [name, true])) as never).extend(unfinishedShape(schema, Object.keys(unfinished))) : schema;
  const rest = Object.fromEntries(Object.entries(data).filter(([name]) => !publishing.has(name) || name in unfinished));
  const result = checked.safeParse(rest);
  if (result.success) return { ok: true, value: result.data as FrontMatter };
  return { ok: false, problems: problemsFromZod(file, result.error, Object.keys(schema.shape), key) };
}

/** A draft's publishing fields, checked item by item without the counts a published post needs. */
function unfinishedShape(schema: z.ZodObject, names: readonly string[]): Record<string, z.ZodType> {
  return Object.fromEntries(
    names.map((name) => {
      const field = schema.shape[name] as z.ZodType;
      return [name, field instanceof z.ZodArray ? z.array(field.element as z.ZodType) : field];
    }),
  );
}

/**
 * What the admin preview shows of an entry still being written: each field that is valid on its
 * own, checked and trimmed by the model as the build would, lists item by item; the rest is left
 * out rather than shown as the editor's raw input.
 */
export function fieldsSoFar<S extends z.ZodObject>(schema: S, data: Record<string, unknown>): Partial<z.output<S>> {
  const shape = schema.shape as Record<string, z.ZodType>;
  const entries = Object.keys(shape).flatMap((name) => {
    const field = shape[name]!;
    const lenient = field instanceof z.ZodArray ? z.array(field.element as z.ZodType) : field;
    const parsed = lenient.safeParse(data[name]);
    return parsed.success && parsed.data !== undefined ? [[name, parsed.data]] : [];
  });
  return Object.fromEntries(entries) as Partial<z.output<S>>;
}

/** The fields of a file that fails validation which are valid on their own, so the other checks can still run. */
export function validFieldsOf(frontmatter: Record<string, unknown>): Partial<Post> | Partial<Page> {
  const key = frontmatter.templateKey;
  return key === "blog-post" || key === "page" ? fieldsSoFar(templates[key], frontmatter) : {};
}
