import type { Page, Post } from "../content/model";
import { bodyProblems } from "./article-body";
import { validateFrontMatter, validFieldsOf } from "./front-matter-fields";
import { checkDatesNotInFuture } from "./future-dates";
import type { Problem } from "./problems";
import { bodyImagePathProblems } from "./image-paths";

/**
 * Everything the build would refuse in one entry, as the admin holds it before saving or
 * publishing: the model's fields, the body (citations, raw HTML, headings, size) and dates
 * that have not come yet. The build's own checks, run in the editor's browser, so an entry the
 * build would refuse is never saved and cannot stop every later article from going live.
 * Checks that need other files (images, titles of other articles) stay with the build.
 */
export function entryProblems(file: string, data: Readonly<Record<string, unknown>>, now: Date): Problem[] {
  const { body, ...frontMatter } = data;
  const validation = validateFrontMatter(file, frontMatter);
  const soFar: Partial<Post> | Partial<Page> = validation.ok ? validation.value : validFieldsOf(frontMatter);
  const key = frontMatter.templateKey;
  const bodyChecks = bodyProblems(file, typeof body === "string" ? body : "", soFar, key);
  // The template key decides the shape: only an article has dates to check.
  const article = key === "blog-post" && soFar.draft !== true ? (soFar as Partial<Post>) : null;
  return [...(validation.ok ? [] : validation.problems), ...bodyChecks.problems, ...bodyImagePathProblems(file, bodyChecks.images), ...(article ? checkDatesNotInFuture(file, article, now) : [])];
}
