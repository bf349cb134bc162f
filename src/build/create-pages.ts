import path from "node:path";
import type { CreatePagesArgs } from "gatsby";
import { blogPagePath, pageCount, POSTS_PER_PAGE, routes, tagPath } from "../content/paths";
import type { Jurisdiction } from "../content/model";
import { isLegalArticle } from "../content/review-dates";
import { allContent, publishedOnly } from "./content-nodes";
import type { MarkdownNode } from "../checks/markdown-file";
import { buildDate } from "./build-date";
import { scanContentFolders } from "../checks/content-folders";
import { contentDir, lawDir, mediaDir, settingsDir } from "./folders";
import { lawIndexContext } from "./us-map-shapes";
import { JURISDICTION_TYPE, type JurisdictionNode } from "./law-nodes";
import { jurisdictionProblems, warnAboutOldChecks } from "../checks/jurisdictions";
import { renderedBodyProblems } from "../checks/rendered-bodies";
import { reportProblems } from "../checks/report";
import { warnIfOverdoseGuideMissing } from "../checks/overdose-guide-link";
import { reportReadingGrades } from "./reading-grades";
import { warnAboutOverdueReviews } from "../checks/overdue-reviews";
import { warnAboutUncitedReferences } from "../checks/uncited-references";
import { readTopics, warnAboutTagsOutsideTopics } from "../checks/topics";
import type { SafetySettingsNode } from "./settings-node";
import { postNeighbours, type PostNeighbours } from "./post-neighbours";
import { summarizeTags } from "./tag-index";
import { SITE_NAME } from "../site-name";
import { createFileNameRedirects } from "./file-name-redirects";

const template = (name: string) => path.resolve(`src/templates/${name}.tsx`);

/** Context of every paginated list page: which slice of the posts it shows. */
export interface ListPageContext {
  skip: number;
  limit: number;
  currentPage: number;
  numPages: number;
}

function listPages(total: number): ListPageContext[] {
  const numPages = pageCount(total);
  return Array.from({ length: numPages }, (_, index) => ({ skip: index * POSTS_PER_PAGE, limit: POSTS_PER_PAGE, currentPage: index + 1, numPages }));
}

/**
 * What a post page's query receives: the post, its three related posts and its neighbours by
 * date, each looked up by id. An absent one is the post itself, which the template leaves out.
 * Lookups by id rather than a list query: Gatsby re-runs a page's query when a node it read
 * changes, and a list query reads every post, so editing one post would re-run every post page.
 */
export interface PostPageContext {
  id: string;
  related1: string;
  related2: string;
  related3: string;
  older: string;
  newer: string;
  /** An article tagged Law, which shows the legal tracker's lists of states. */
  law: boolean;
}

function postPageContext(id: string, { older, newer, related }: PostNeighbours, law: boolean): PostPageContext {
  const [related1 = id, related2 = id, related3 = id] = related;
  return { id, related1, related2, related3, older: older ?? id, newer: newer ?? id, law };
}

export async function createPages({ actions, getNodesByType, graphql, reporter }: CreatePagesArgs): Promise<void> {
  const all = getNodesByType("MarkdownRemark") as MarkdownNode[];
  const contents = allContent(getNodesByType);
  const published = publishedOnly(contents);
  const settings = getNodesByType("SafetySettings") as SafetySettingsNode[];
  const rendered = await renderedBodyProblems(graphql, [...published.posts, ...published.pages]);
  const folders = scanContentFolders({ contentDir, settingsDir, mediaDir, lawDir });
  const today = buildDate();
  const topics = readTopics();
  const jurisdictions = getNodesByType(JURISDICTION_TYPE) as JurisdictionNode[];
  const law = jurisdictionProblems(
    jurisdictions.map((node) => ({ file: node.file, slug: node.slug, problems: node.problems, record: node.valid ? (node as unknown as Jurisdiction) : undefined })),
    lawDir,
    today,
  );
  reportProblems(all, [...contents.posts, ...contents.pages], settings, reporter, [...folders.problems, ...topics.problems, ...law.errors, ...[...rendered.values()].flat()], today);
  // `gatsby develop` keeps serving: a body refused as rendered gets no page, like any invalid file.
  const posts = published.posts.filter((node) => !rendered.has(node.markdownId));
  const pages = published.pages.filter((node) => !rendered.has(node.markdownId));
  warnIfOverdoseGuideMissing(settings, new Set([...posts, ...pages].map((node) => node.path)), reporter);
  warnAboutOverdueReviews(posts, reporter, today);
  warnAboutUncitedReferences(posts, reporter);
  warnAboutTagsOutsideTopics(posts, topics.topics, reporter);
  warnAboutOldChecks(law.warnings, reporter);
  reportReadingGrades(posts, reporter);
  const { createPage } = actions;

  const neighbours = postNeighbours(posts.map((node) => ({ id: node.id, date: node.date ?? "", tags: node.tags.map((tag) => tag.path) })));
  for (const node of posts) {
    createPage({
      path: node.path,
      component: template("post"),
      context: postPageContext(
        node.id,
        neighbours.get(node.id)!,
        // The articles reviewed every three months for the law are the ones that show its lists of states.
        isLegalArticle(node.tags.map((tag) => tag.name)),
      ),
    });
  }
  createFileNameRedirects(posts, actions.createRedirect);
  for (const node of pages) {
    createPage({ path: node.path, component: template("page"), context: { id: node.id } });
  }

  for (const context of listPages(posts.length)) {
    createPage({ path: blogPagePath(context.currentPage), component: template("blog-list"), context });
  }

  const tags = summarizeTags(posts.map((node) => node.tags));
  for (const tag of tags) {
    for (const context of listPages(tag.count)) {
      createPage({ path: tagPath(tag.slug, context.currentPage), component: template("tag"), context: { ...context, tag: tag.slug, tagName: tag.name } });
    }
  }
  createPage({ path: routes.tags, component: template("tags-index"), context: { tags } });

  // `gatsby develop` keeps serving: a jurisdiction whose file has problems gets no page until fixed.
  const refused = new Set(law.errors.map((problem) => problem.file));
  for (const node of jurisdictions.filter((candidate) => candidate.valid && !refused.has(candidate.file))) {
    createPage({ path: node.path, component: template("jurisdiction"), context: { id: node.id } });
  }
  createPage({ path: routes.law, component: template("law-index"), context: lawIndexContext() });

  const drafts = all.filter((node) => node.fields?.checked.draft && !node.fields.checked.published).length;
  reporter.info(`${SITE_NAME}: ${posts.length} posts, ${pages.length} pages, ${tags.length} tags published; ${drafts} drafts left out.`);
}
