import { readdirSync, readFileSync } from "node:fs";
import { readMarkdown } from "../../src/content/front-matter";
import { postPath, slugFromFileName } from "../../src/content/paths";

export interface LiveArticle {
  name: string;
  path: string;
  title: string;
  body: string;
}

/** Every article an editor has published in content/posts, read from the files themselves. */
export function livePublishedArticles(): LiveArticle[] {
  return readdirSync("content/posts")
    .filter((name) => name.endsWith(".md"))
    .map((name) => ({ name, ...readMarkdown(readFileSync(`content/posts/${name}`, "utf8")) }))
    .filter(({ data }) => data.draft !== true)
    .map(({ name, data, body }) => ({ name, path: postPath(slugFromFileName(name)), title: String(data.title), body }));
}
