import type { z } from "zod";

/** One thing wrong with one file, worded so an editor can find and fix it. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem({ file, field, message }: Problem): string {
  return `${file}: ${field}: ${message}`;
}

/** `["tags", 2]` → `tags[2]`, as an editor would point at it in the front-matter. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => (typeof key === "number" ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), "");
}

function suggestion(unknownKey: string, knownKeys: readonly string[]): string {
  const match = knownKeys.find((known) => known.toLowerCase() === unknownKey.toLowerCase());
  return match ? ` (did you mean ${match}?)` : "";
}

export function problemsFromZod(file: string, error: z.ZodError, knownKeys: readonly string[], templateKey: string): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        file,
        field: fieldName([...issue.path, key]),
        message: `is not a field of a ${templateKey}${suggestion(key, knownKeys)}`,
      }));
    }
    return [{ file, field: fieldName(issue.path) || "front-matter", message: issue.message }];
  });
}
