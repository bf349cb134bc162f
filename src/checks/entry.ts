import type { FrontMatter, Page, Post } from "../content/model";
import { bodyProblems } from "./article-body";
import { validateFrontMatter, validFieldsOf } from "./front-matter-fields";
import { checkDatesNotInFuture } from "./future-dates";
import type { Problem } from "./problems";
import { bodyImagePathProblems } from "./image-paths";

export interface CheckedEntry {
  /** The whole checked value, when the front-matter is valid. */
  value: FrontMatter | undefined;
  /** The fields valid so far (all of them when `value` is set), for the checks that use them. */
  soFar: Partial<Post> | Partial<Page>;
  /** The front-matter's and the body's problems. */
  problems: Problem[];
  /** Every image the body shows, as written. */
  bodyImages: string[];
}

/**
 * One entry's own checks, the same in the build (src/checks/markdown-file.ts) and the admin:
 * the model's fields, then the body with whatever fields are valid so far, so a missing field
 * and a wrong citation are named together.
 */
export function checkEntry(file: string, frontMatter: Readonly<Record<string, unknown>>, body: string): CheckedEntry {
  const validation = validateFrontMatter(file, frontMatter);
  const soFar = validation.ok ? validation.value : validFieldsOf(frontMatter);
  const checkedBody = bodyProblems(file, body, soFar, frontMatter.templateKey);
  return {
    value: validation.ok ? validation.value : undefined,
    soFar,
    problems: [...(validation.ok ? [] : validation.problems), ...checkedBody.problems],
    bodyImages: checkedBody.images,
  };
}

/**
 * Everything the build would refuse in one entry, as the admin holds it before saving or
 * publishing: its own checks, body image addresses and dates that have not come yet. The
 * build's own checks, run in the editor's browser, so an entry the build would refuse is never
 * saved and cannot stop every later article from going live. Checks that need other files
 * (whether an image exists, titles of other articles) stay with the build.
 */
export function entryProblems(file: string, data: Readonly<Record<string, unknown>>, now: Date): Problem[] {
  const { body, ...frontMatter } = data;
  const checked = checkEntry(file, frontMatter, typeof body === "string" ? body : "");
  // The template key decides the shape: only an article has dates to check.
  const article = frontMatter.templateKey === "blog-post" && checked.soFar.draft !== true ? (checked.soFar as Partial<Post>) : null;
  return [...checked.problems, ...bodyImagePathProblems(file, checked.bodyImages), ...(article ? checkDatesNotInFuture(file, article, now) : [])];
}
