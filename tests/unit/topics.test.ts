import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readTopics, tagsOutsideTopics } from "../../src/checks/topics";
import { readMarkdown } from "../../src/content/front-matter";
import { uniqueTagLinks } from "../../src/content/tags";
import { livePublishedArticles } from "../support/live-articles";

let dir = "";
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const settingsWith = async (text: string | null) => {
  dir = await mkdtemp(path.join(os.tmpdir(), "kf-topics-"));
  if (text !== null) await writeFile(path.join(dir, "topics.yml"), text);
  return dir;
};

describe("the site's topics", () => {
  it("are read from content/settings/topics.yml, and every live article's tags are among them", () => {
    const { topics, problems } = readTopics();
    expect(problems).toEqual([]);
    expect(topics).toContain("Claimed effects");
    const posts = livePublishedArticles().map(({ name }) => ({ file: name, tags: uniqueTagLinks((readMarkdown(readFileSync(`content/posts/${name}`, "utf8")).data.tags as string[]) ?? []) }));
    expect(tagsOutsideTopics(posts, topics)).toEqual([]);
  });

  it("name the file and the field when the file is missing or wrong", async () => {
    expect((await readTopics(await settingsWith(null))).problems.map(({ field, message }) => `${field}: ${message}`)).toEqual(["file: is missing (it lists the topics articles pick their tags from)"]);
    await rm(dir, { recursive: true, force: true });
    expect((await readTopics(await settingsWith("topics:\n  - Kratom\n  - ''\n"))).problems.map(({ field }) => field)).toEqual(["topics[1]"]);
  });

  it("name each article's tags that are not topics, compared as tag pages are (case and spacing aside)", () => {
    const posts = [
      { file: "a.md", tags: uniqueTagLinks(["kratom", "Pain  Relief"]) },
      { file: "b.md", tags: uniqueTagLinks(["Mental health"]) },
    ];
    expect(tagsOutsideTopics(posts, ["Kratom", "Mental health", "Pain"])).toEqual([{ file: "a.md", tags: ["Pain  Relief"] }]);
  });
});
