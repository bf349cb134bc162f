import type { Node } from "gatsby";
import { formatProblem, type Problem } from "../content/errors";
import type { FrontMatter } from "../content/model";
import { pagePath, postPath, slugFromFileName, tagPath, tagSlug } from "../content/paths";
import { validateFrontMatter } from "../content/validate";
import { displayPath, mediaFilePath } from "./folders";
import { bodyReferences } from "../content/body-references";
import { readingMinutes } from "../content/reading-minutes";
import { bodyReadability } from "../content/readability";
import { nextReviewDue, reviewDateProblems } from "../content/review-dates";
import { bodyCostProblems, parseTimeProblem } from "./cost-limits";
import { checkBodyControlCharacters, checkEncoding } from "./file-checks";
import { checkHeadingIds } from "./heading-ids";
import { checkBodySafety, checkCitations, checkLostContent } from "./media-check";

export interface TagLink {
  name: string;
  slug: string;
  path: string;
}

/** What the build adds to every MarkdownRemark node (`fields` in GraphQL). */
export interface MarkdownFields {
  kind: "post" | "page" | "invalid";
  slug: string;
  path: string;
  tags: TagLink[];
  draft: boolean;
  published: boolean;
  problems: string[];
  featuredImagePath: string | null;
  /** Every image the body shows, as written: checked against the media folder on every build. */
  bodyImages: string[];
  readingMinutes: number;
  /** Flesch-Kincaid grade of the body's prose, printed by the build for editors. */
  readingGrade: number;
  /** The article's own next review date, or the latest its kind allows; null for pages and unreviewed drafts. */
  nextReviewDue: string | null;
}

export interface MarkdownNode extends Node {
  frontmatter: Record<string, unknown>;
  rawMarkdownBody: string;
  fileAbsolutePath: string;
  fields?: MarkdownFields;
}

/** Routes the site owns; a page file with one of these names would shadow them. */
const RESERVED_PAGE_SLUGS = new Set(["index", "blog", "tags", "admin", "404", "search", "img", "static", "pagefind", "page-data", "icons"]);

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

/** "Pain Relief" and "pain relief" in one post are one tag: keep the first spelling. */
function uniqueTagLinks(tags: readonly string[]): TagLink[] {
  const bySlug = new Map<string, TagLink>();
  for (const name of tags) {
    const slug = tagSlug(name);
    if (!bySlug.has(slug)) bySlug.set(slug, { name, slug, path: tagPath(name) });
  }
  return [...bySlug.values()];
}

/** What the body shows and links to; a body over a cost limit is only measured, never parsed. */
function bodyProblems(file: string, body: string, value: FrontMatter): { problems: Problem[]; images: string[] } {
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
    ...("references" in value && !value.draft ? checkCitations(file, found.citations, value.references.length) : []),
    ...(value.templateKey === "blog-post" && !value.draft ? reviewDateProblems(file, value) : []),
  ];
  return { problems, images: found.images };
}

function kindOf(value: FrontMatter | undefined, raw: Record<string, unknown>): MarkdownFields["kind"] {
  const key = value?.templateKey ?? raw.templateKey;
  return key === "blog-post" ? "post" : key === "page" ? "page" : "invalid";
}

/**
 * Validates one Markdown file against the content model and derives its address, tag links
 * and images. Problems are stored on the node itself (not in memory), so a cached build
 * reports them as surely as a clean one; what depends on other files (images) is only
 * recorded here and checked on every build (src/build/build-checks.ts).
 */
export function markdownFields(node: MarkdownNode, isProduction: boolean): MarkdownFields {
  const file = displayPath(node.fileAbsolutePath);
  const validation = validateFrontMatter(file, node.frontmatter);
  const value = validation.ok ? validation.value : undefined;
  const kind = kindOf(value, node.frontmatter);
  const slug = slugFromFileName(node.fileAbsolutePath.split(/[\\/]/).pop() ?? "");

  const problems: Problem[] = [...checkEncoding(file, node.fileAbsolutePath), ...(validation.ok ? [] : validation.problems), ...slugProblems(file, kind, slug)];
  const featuredImage = value && "featuredimage" in value ? value.featuredimage : undefined;
  const body = value ? bodyProblems(file, node.rawMarkdownBody, value) : { problems: [], images: [] };
  problems.push(...body.problems);

  const tags = value && "tags" in value ? value.tags : [];
  const draft = value?.draft ?? node.frontmatter.draft === true;
  return {
    kind,
    slug,
    path: kind === "page" ? pagePath(slug) : postPath(slug),
    tags: uniqueTagLinks(tags),
    draft,
    published: problems.length === 0 && !(draft && isProduction),
    problems: problems.map(formatProblem),
    featuredImagePath: featuredImage === undefined ? null : mediaFilePath(featuredImage),
    bodyImages: body.images,
    readingMinutes: readingMinutes(node.rawMarkdownBody),
    readingGrade: kind === "invalid" || problems.length > 0 ? 0 : bodyReadability(node.rawMarkdownBody).grade,
    nextReviewDue: value?.templateKey === "blog-post" ? nextReviewDue(value) : null,
  };
}
