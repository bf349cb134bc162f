import { YAML_ERROR_KEY } from "./front-matter";
import { type Problem, problemsFromZod } from "./errors";
import { type FrontMatter, templateKeys, templates, type TemplateKey } from "./model";

export type Validation = { ok: true; value: FrontMatter } | { ok: false; problems: Problem[] };

function isTemplateKey(value: unknown): value is TemplateKey {
  return typeof value === "string" && (templateKeys as string[]).includes(value);
}

/** Checks one file's front-matter against the model and returns every problem, not just the first. */
export function validateFrontMatter(file: string, data: Record<string, unknown>): Validation {
  const fail = (field: string, message: string): Validation => ({ ok: false, problems: [{ file, field, message }] });
  if (typeof data[YAML_ERROR_KEY] === "string") {
    return fail("front-matter", `is not valid YAML: ${data[YAML_ERROR_KEY]}`);
  }
  if (Object.keys(data).length === 0 || (Object.keys(data).length === 1 && data.title === "")) {
    return fail("front-matter", "is missing (a post starts with a --- block of fields)");
  }
  const key = data.templateKey;
  if (key === undefined) return fail("templateKey", `is missing (one of ${templateKeys.join(", ")})`);
  if (!isTemplateKey(key)) return fail("templateKey", `${JSON.stringify(key)} is not one of ${templateKeys.join(", ")}`);

  const schema = templates[key];
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: problemsFromZod(file, result.error, Object.keys(schema.shape), key) };
}
