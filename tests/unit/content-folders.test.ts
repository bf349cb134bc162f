import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scanContentFolders } from "../../src/checks/content-folders";
import { formatProblem } from "../../src/checks/problems";
import { readMarkdown } from "../../src/content/front-matter";

/**
 * The folder scan gatsby-config runs before Gatsby reads a file, on a scratch copy of the
 * folders inside the repository (links are judged against the repository).
 */
const root = path.resolve(".test-output/content-files-scan");
const contentDir = path.join(root, "content");
const settingsDir = path.join(contentDir, "settings");
const mediaDir = path.join(root, "static/img");
let outside: string;

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  for (const dir of [path.join(contentDir, "posts"), settingsDir, mediaDir]) await mkdir(dir, { recursive: true });
  outside = await mkdtemp(path.join(os.tmpdir(), "kf-outside-"));
  await writeFile(path.join(outside, "secret.md"), "---\ntitle: from elsewhere\n---\n");
  await writeFile(path.join(outside, "photo.jpg"), "not really a photo");
  await writeFile(path.join(contentDir, "posts/good.md"), "---\ntitle: fine\n---\nBody.\n");
  await writeFile(path.join(contentDir, "posts/saved-as.mdx"), "---\ntitle: fine\n---\nBody.\n");
  await writeFile(path.join(contentDir, "posts/saved-as.md.txt"), "---\ntitle: fine\n---\nBody.\n");
  await writeFile(path.join(contentDir, "posts/runs.md"), '---js\n{ title: require("fs").writeFileSync("scan-ran.txt", "x") }\n---\n');
  await writeFile(path.join(settingsDir, "safety.yml"), "disclaimer: not a post\n");
  await symlink(path.join(outside, "secret.md"), path.join(contentDir, "posts/linked.md"));
  await writeFile(path.join(mediaDir, "plain.svg"), '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>');
  await writeFile(path.join(mediaDir, "scripted.svg"), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  await writeFile(path.join(mediaDir, "handler.svg"), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
  await symlink(path.join(outside, "photo.jpg"), path.join(mediaDir, "linked.jpg"));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe("the content and media folder scan", () => {
  const scan = () => scanContentFolders({ contentDir, settingsDir, mediaDir, lawDir: path.join(contentDir, "law") });
  const named = (name: string) =>
    scan()
      .problems.filter((problem) => problem.file.endsWith(name))
      .map(formatProblem);

  it("names Markdown saved under another extension, which would otherwise be neither published nor named", () => {
    expect(named("saved-as.mdx")).toEqual([expect.stringMatching(/saved-as\.mdx: file name: does not end in \.md, so it would not be published/)]);
    expect(named("saved-as.md.txt")).toHaveLength(1);
  });

  it("names front-matter in another language and keeps the file from Gatsby, running nothing", () => {
    expect(named("runs.md")).toEqual([expect.stringContaining('runs.md: front-matter: is marked as "js"')]);
    expect(scan().ignore).toContain(path.join(contentDir, "posts/runs.md"));
    expect(readMarkdown('---js\n{ title: require("fs").writeFileSync("scan-ran.txt", "x") }\n---\n').data).toEqual({ __frontMatterLanguage: "js" });
    expect(existsSync("scan-ran.txt")).toBe(false);
  });

  it("refuses posts and images that link outside the repository", () => {
    expect(named("linked.md")).toEqual([expect.stringContaining("linked.md: file: is a link to")]);
    expect(named("linked.jpg")).toEqual([expect.stringContaining("linked.jpg: file: is a link to")]);
  });

  it("refuses an SVG that can run script when opened, and keeps a plain one", () => {
    expect(named("scripted.svg")).toEqual([expect.stringContaining("is an SVG with script in it")]);
    expect(named("handler.svg")).toHaveLength(1);
    expect(named("plain.svg")).toEqual([]);
  });

  it("leaves good posts and the settings folder alone", () => {
    expect(named("good.md")).toEqual([]);
    expect(named("safety.yml")).toEqual([]);
    expect(scan().problems).toHaveLength(7);
  });
});
