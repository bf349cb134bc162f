import type { Node } from "gatsby";
import { articleView } from "../content/article-view";
import { formatProblem, type Problem } from "./problems";
import type { FrontMatter } from "../content/model";
import { pagePath, postPath, RESERVED_PAGE_SLUGS, slugFromFileName } from "../content/paths";
import { displayPath, mediaFilePath } from "../build/folders";
import { bodyReadability } from "../content/readability";
import type { ArticleContent, Content, PageContent } from "../build/content-nodes";
import { checkEntry } from "./entry";
import { checkEncoding } from "./file-encoding";

/** What the build adds to every MarkdownRemark node (`fields.checked` in GraphQL): its verdict, valid or not. */
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
  fields?: { checked: MarkdownFields };
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
  const checked = checkEntry(file, node.frontmatter, node.rawMarkdownBody);
  const { value, soFar } = checked;
  const kind = kindOf(value, node.frontmatter);
  const slug = slugFromFileName(node.fileAbsolutePath.split(/[\\/]/).pop() ?? "");
  const path = kind === "page" ? pagePath(slug) : postPath(slug);

  const problems: Problem[] = [...checkEncoding(file, node.fileAbsolutePath), ...checked.problems, ...slugProblems(file, kind, slug)];

  const draft = value?.draft ?? node.frontmatter.draft === true;
  const published = problems.length === 0 && !(draft && isProduction);
  const featuredImage = "featuredimage" in soFar ? (soFar.featuredimage ?? null) : null;
  const fields: MarkdownFields = { kind, slug, path, draft, published, problems: problems.map(formatProblem), featuredImage, bodyImages: checked.bodyImages };
  if (!value || problems.length > 0) return { fields, content: null };

  const common = { file, slug, path, draft, published, markdownId: node.id };
  if (value.templateKey === "page") {
    const page: PageContent = { ...common, kind: "page", title: value.title, description: value.description, lastReviewed: value.lastReviewed ?? null };
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
