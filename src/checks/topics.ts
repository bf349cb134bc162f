import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Reporter } from "gatsby";
import { parseYamlFile } from "./yaml-file";
import type { ArticleContent } from "../build/content-nodes";
import { displayPath, settingsDir } from "../build/folders";
import { topicsSettingsSchema } from "../content/model";
import { tagSlug } from "../content/paths";
import { type Problem, problemsFromZod } from "./problems";

export const TOPICS_SETTINGS_FILE = "topics.yml";

/** content/settings/topics.yml, checked against the model: the topics, or the problems with the file. */
export function readTopics(dir = settingsDir): { topics: readonly string[]; problems: Problem[] } {
  const absolute = path.join(dir, TOPICS_SETTINGS_FILE);
  const file = displayPath(absolute);
  if (!existsSync(absolute)) return { topics: [], problems: [{ file, field: "file", message: "is missing (it lists the topics articles pick their tags from)" }] };
  const yaml = parseYamlFile(readFileSync(absolute, "utf8"), file);
  if (yaml.problem) return { topics: [], problems: [yaml.problem] };
  const result = topicsSettingsSchema.safeParse(yaml.data ?? {});
  if (!result.success) return { topics: [], problems: problemsFromZod(file, result.error, Object.keys(topicsSettingsSchema.shape), "settings file") };
  return { topics: result.data.topics, problems: [] };
}

/** Each published article's tags that are not among the topics (compared as tag pages are: by their address). */
export function tagsOutsideTopics(posts: readonly Pick<ArticleContent, "file" | "tags">[], topics: readonly string[]): Array<{ file: string; tags: string[] }> {
  const known = new Set(topics.map(tagSlug));
  return posts.map(({ file, tags }) => ({ file, tags: tags.filter(({ slug }) => !known.has(slug)).map(({ name }) => name) })).filter(({ tags }) => tags.length > 0);
}

/**
 * A tag typed into a file by hand, or kept from before the vocabulary, still gets its page, but
 * the build names it, so the topic is added deliberately or the tag is changed.
 */
export function warnAboutTagsOutsideTopics(posts: readonly Pick<ArticleContent, "file" | "tags">[], topics: readonly string[], reporter: Reporter): void {
  const outside = tagsOutsideTopics(posts, topics);
  if (outside.length === 0) return;
  const lines = outside.map(({ file, tags }) => `  ${file}: tags: ${tags.map((tag) => JSON.stringify(tag)).join(", ")}`);
  reporter.warn(
    `${outside.length} published ${outside.length === 1 ? "article has tags" : "articles have tags"} that are not among the site's topics (content/settings/${TOPICS_SETTINGS_FILE}):\n${lines.join("\n")}`,
  );
}
