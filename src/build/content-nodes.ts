import type { CreateNodeArgs, Node } from "gatsby";
import type { ArticleView } from "../content/article-view";
import type { Page } from "../content/model";

/** What every published file becomes, beside its MarkdownRemark (which keeps the rendered HTML). */
interface ContentCommon {
  /** The file as messages name it, relative to the project. */
  file: string;
  slug: string;
  path: string;
  draft: boolean;
  /** False only for a draft in a production build; a file with problems gets no content at all. */
  published: boolean;
  /** The MarkdownRemark this was read from: its `html` is the body. */
  markdownId: string;
}

export interface ArticleContent extends ContentCommon, ArticleView {
  kind: "post";
  featuredpost: boolean;
  /** The featured image in the media folder, which the `featuredImage` File link follows. */
  featuredImagePath: string | null;
  /** Flesch-Kincaid grade of the body's prose, printed by the build for editors. */
  readingGrade: number;
}

export interface PageContent extends ContentCommon, Pick<Page, "title" | "description"> {
  /** Null only for a draft not yet reviewed; a published page always has one. */
  lastReviewed: string | null;
  kind: "page";
}

export type Content = ArticleContent | PageContent;
export type ContentNode<C extends Content = Content> = Node & C;

/** GraphQL type names: `article(id: …)`, `allPage(…)`. */
export const CONTENT_TYPES = { post: "Article", page: "Page" } as const;

/** The checked content as a node of its own, child of the MarkdownRemark it was read from. */
export function createContentNode({ node, actions, createNodeId, createContentDigest }: Pick<CreateNodeArgs, "node" | "actions" | "createNodeId" | "createContentDigest">, content: Content): void {
  const type = CONTENT_TYPES[content.kind];
  const child = {
    ...content,
    id: createNodeId(`${type} ${node.id}`),
    parent: node.id,
    children: [],
    internal: { type, contentDigest: createContentDigest(content) },
  };
  actions.createNode(child);
  actions.createParentChildLink({ parent: node, child: child as unknown as Node });
}

export interface ContentByKind {
  posts: ContentNode<ArticleContent>[];
  pages: ContentNode<PageContent>[];
}

/** Every valid article and page, drafts included. */
export function allContent(getNodesByType: (type: string) => Node[]): ContentByKind {
  return { posts: getNodesByType(CONTENT_TYPES.post) as ContentNode<ArticleContent>[], pages: getNodesByType(CONTENT_TYPES.page) as ContentNode<PageContent>[] };
}

export function publishedOnly({ posts, pages }: ContentByKind): ContentByKind {
  return { posts: posts.filter((node) => node.published), pages: pages.filter((node) => node.published) };
}
