import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseAllRedirects } from "@netlify/redirect-parser";
import { describe, expect, inject, it } from "vitest";
import { cmsCollections } from "../../src/content/cms";
import { cspDirective, headersFor, netlifyHeaderRules } from "../support/netlify-headers";

const { liveDir, onePostDir, badBackend } = inject("sites");

interface Redirect {
  from: string;
  to: string;
  status?: number;
}

/** The file a built page lives in, for an address on the site. */
const builtPage = (address: string) => path.join(liveDir, address, "index.html");

/** An admin collection's preview_path with a file name put in, as Decap makes the "View live" and "View preview" links. */
function previewPath(collection: string, fileName: string, file?: string): string {
  const entry = cmsCollections().find((candidate) => candidate.name === collection)!;
  const template = file ? entry.files!.find((candidate) => candidate.name === file)!.preview_path! : entry.preview_path!;
  return `/${template.replace("{{filename}}", fileName)}`;
}

describe("what the build writes for Netlify beside the pages", () => {
  it("stops at once on wrong admin backend settings, naming every problem", () => {
    expect(badBackend.code).not.toBe(0);
    expect(badBackend.output).toContain('CMS_REPO is "https://gitlab.com/kratom-facts/site", which is not a repository as group/project.');
    expect(badBackend.output).toContain("CMS_BACKEND=gitlab needs CMS_GITLAB_APP_ID");
    // Before Gatsby reads a single file.
    expect(badBackend.output).not.toMatch(/source and transform nodes/);
  });

  it("gives the Git Gateway admin a policy that reaches its own site only, read back by Netlify's parser", async () => {
    const admin = headersFor(await netlifyHeaderRules(onePostDir), "/admin/");
    expect(cspDirective(admin["Content-Security-Policy"]!, "connect-src")).toEqual(["'self'"]);
    expect(admin["Cross-Origin-Opener-Policy"]).toBe("same-origin");
    expect(headersFor(await netlifyHeaderRules(onePostDir), "/")["X-Robots-Tag"]).toBeUndefined();
  });

  it("sends every article's address by file name (the admin's preview and live links) on to the article", async () => {
    const { redirects, errors } = (await parseAllRedirects({ redirectsFiles: [path.join(liveDir, "_redirects")], netlifyConfigPath: "netlify.toml", configRedirects: [], minimal: true })) as {
      redirects: Redirect[];
      errors: Error[];
    };
    expect(errors).toEqual([]);
    const posts = readdirSync("content/posts").filter((name) => name.endsWith(".md"));
    expect(posts.length).toBeGreaterThan(10);
    for (const post of posts) {
      const link = previewPath("posts", path.basename(post, ".md"));
      const redirect = redirects.find((candidate) => candidate.from === link);
      expect(redirect, link).toBeDefined();
      expect(redirect!.status).toBe(301);
      expect(existsSync(builtPage(redirect!.to)), redirect!.to).toBe(true);
    }
  });

  it("links the admin's state records and pages straight to their built pages", () => {
    const records = readdirSync("content/law").filter((name) => name.endsWith(".yml"));
    expect(records).toHaveLength(52);
    for (const record of records) expect(existsSync(builtPage(previewPath("law", path.basename(record, ".yml")))), record).toBe(true);
    for (const file of cmsCollections().find((collection) => collection.name === "pages")!.files!) {
      expect(existsSync(builtPage(previewPath("pages", file.name, file.name))), file.name).toBe(true);
    }
  });
});
