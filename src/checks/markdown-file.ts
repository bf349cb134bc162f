import type { Node } from "gatsby";
import { articleView } from "../content/article-view";
import { formatProblem, type Problem } from "./problems";
import { type FrontMatter, type Page, type Post, templates } from "../content/model";
import { pagePath, postPath, RESERVED_PAGE_SLUGS, slugFromFileName } from "../content/paths";
import { fieldsSoFar, validateFrontMatter } from "./front-matter-fields";
import { displayPath, mediaFilePath } from "../build/folders";
import { bodyReferences } from "../content/body-references";
import { bodyReadability } from "../content/readability";
import { reviewDateProblems } from "../content/review-dates";
import type { ArticleContent, Content, PageContent } from "../build/content-nodes";
import { bodyCostProblems, parseTimeProblem } from "./cost-limits";
import { checkBodyControlCharacters, checkEncoding } from "./file-text";
import { checkHeadingIds } from "./heading-ids";
import { checkBodySafety, checkCitations, checkLostContent } from "./body";

/** What the build adds to every MarkdownRemark node (`fields` in GraphQL): its verdict, valid or not. */
export interface MarkdownFields {
  kind: "post" | "page" | "invalid";
  slug: string;
  path: string;
  draft: boolean;
  published: boolean;
  problems: string[];
  /** The images the file shows, as written (a featured image only once its field is valid): checked on every build, whatever else is wrong. */
  featuredImage: string | null;
  bodyImages: string[];
}

export interface MarkdownNode extends Node {
  frontmatter: Record<string, unknown>;
  rawMarkdownBody: string;
  fileAbsolutePath: string;
  fields?: MarkdownFields;
}

function slugProblems(file: string, kind: MarkdownFields["kind"], slug: string): Problem[] {
  if (slug === "") return [{ file, field: "file name", message: "has no letters or digits to make an address from" }];
  if (kind === "post" && /^\d+$/.test(slug)) {
    return [{ file, field: "file name", message: `gives the address /blog/${slug}/, which is a page of the blog index; add words to the file name` }];
  }
  if (kind === "page" && RESERVED_PAGE_SLUGS.has(slug)) {
    return [{ file, field: "file name", message: `gives the address /${slug}/, which the site already uses` }];
  }
  return [];
}

/**
 * What the body shows and links to; a body over a cost limit is only measured, never parsed.
 * Runs whatever the front-matter's state, with the fields that are valid so far, so one build
 * names a missing field and a wrong citation together rather than one after the other.
 */
function bodyProblems(file: string, body: string, value: Partial<Post> | Partial<Page>, key: unknown): { problems: Problem[]; images: string[] } {
  const tooCostly = bodyCostProblems(file, body);
  if (tooCostly.length > 0) return { problems: tooCostly, images: [] };
  const started = performance.now();
  const found = bodyReferences(body);
  const problems = [
    ...parseTimeProblem(file, performance.now() - started),
    ...checkBodyControlCharacters(file, body),
    ...checkHeadingIds(file, body),
    ...checkBodySafety(file, found.rawHtml, found.unsafeUrls),
    ...checkLostContent(file, found.lostContent),
    ...("references" in value && value.references && !value.draft ? checkCitations(file, found.citations, value.references.length) : []),
    ...(key === "blog-post" && !value.draft ? reviewDateProblems(file, value as Partial<Post>) : []),
  ];
  return { problems, images: found.images };
}

/** The fields of a file that fails validation which are valid on their own, so the other checks can still run. */
function validFieldsOf(frontmatter: Record<string, unknown>): Partial<Post> | Partial<Page> {
  const key = frontmatter.templateKey;
  return key === "blog-post" || key === "page" ? fieldsSoFar(templates[key], frontmatter) : {};
}

function kindOf(value: FrontMatter | undefined, raw: Record<string, unknown>): MarkdownFields["kind"] {
  const key = value?.templateKey ?? raw.templateKey;
  return key === "blog-post" ? "post" : key === "page" ? "page" : "invalid";
}

export interface ReadMarkdown {
  fields: MarkdownFields;
  /** The checked, typed content pages are built from; null when the file has a problem of its own. */
  content: Content | null;
}

/**
 * Validates one Markdown file against the content model and, when it passes, turns the checked
 * value (defaults filled in, text trimmed) into the Article or Page that pages query. Problems
 * are stored on the node itself (not in memory), so a cached build reports them as surely as a
 * clean one; what depends on other files (images) is recorded on the content and checked on
 * every build (src/checks/every-build.ts).
 */
export function readMarkdownNode(node: MarkdownNode, isProduction: boolean): ReadMarkdown {
  const file = displayPath(node.fileAbsolutePath);
  const validation = validateFrontMatter(file, node.frontmatter);
  const value = validation.ok ? validation.value : undefined;
  const kind = kindOf(value, node.frontmatter);
  const slug = slugFromFileName(node.fileAbsolutePath.split(/[\\/]/).pop() ?? "");
  const path = kind === "page" ? pagePath(slug) : postPath(slug);

  const problems: Problem[] = [...checkEncoding(file, node.fileAbsolutePath), ...(validation.ok ? [] : validation.problems), ...slugProblems(file, kind, slug)];
  const soFar = value ?? validFieldsOf(node.frontmatter);
  const body = bodyProblems(file, node.rawMarkdownBody, soFar, node.frontmatter.templateKey);
  problems.push(...body.problems);

  const draft = value?.draft ?? node.frontmatter.draft === true;
  const published = problems.length === 0 && !(draft && isProduction);
  const featuredImage = "featuredimage" in soFar ? (soFar.featuredimage ?? null) : null;
  const fields: MarkdownFields = { kind, slug, path, draft, published, problems: problems.map(formatProblem), featuredImage, bodyImages: body.images };
  if (!value || problems.length > 0) return { fields, content: null };

  const common = { file, slug, path, draft, published, markdownId: node.id };
  if (value.templateKey === "page") {
    const page: PageContent = { ...common, kind: "page", title: value.title, description: value.description };
    return { fields, content: page };
  }
  const view = articleView(value, node.rawMarkdownBody);
  const article: ArticleContent = {
    ...common,
    ...view,
    kind: "post",
    featuredpost: value.featuredpost,
    featuredImagePath: view.featuredimage === null ? null : mediaFilePath(view.featuredimage),
    readingGrade: bodyReadability(node.rawMarkdownBody).grade,
  };
  return { fields, content: article };
}
