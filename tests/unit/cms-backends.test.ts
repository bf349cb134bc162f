import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type CmsBackend, CmsBackendError, cmsBackendFromEnvironment, type CmsEnvironment } from "../../src/cms/backends";
import { cmsConfig } from "../../src/cms/config";
import { type DeployContext, headersFile, siteHeaderRules } from "../../src/build/headers";
import { cspDirective, headersFor, netlifyHeaderRules } from "../support/netlify-headers";

/** The problems a build with these settings stops on. */
function problems(environment: CmsEnvironment): string[] {
  try {
    cmsBackendFromEnvironment(environment);
  } catch (error) {
    if (error instanceof CmsBackendError) return error.problems;
    throw error;
  }
  return [];
}

/** What Netlify would serve at a path, reading the _headers file the build writes and netlify.toml with its own parser. */
async function servedHeaders(backend: CmsBackend | "local", context: DeployContext, requestPath: string): Promise<Record<string, string>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kf-headers-"));
  await writeFile(path.join(dir, "_headers"), headersFile(siteHeaderRules(backend, context)));
  return headersFor(await netlifyHeaderRules(dir), requestPath);
}

const github = cmsBackendFromEnvironment({ CMS_BACKEND: "github", CMS_REPO: "kratom-facts/site" });
const gitlab = cmsBackendFromEnvironment({ CMS_BACKEND: "gitlab", CMS_REPO: "kratom-facts/site", CMS_GITLAB_APP_ID: "0123abcd" });
const gitGateway = cmsBackendFromEnvironment({});

describe("the admin's backend, chosen when the site is built", () => {
  it("is Git Gateway with Netlify Identity when nothing is set, publishing to main", () => {
    expect(cmsConfig(gitGateway.config).backend).toEqual({ name: "git-gateway", branch: "main" });
    expect(gitGateway).toMatchObject({ loginLabel: "Login with Netlify Identity", usesIdentityWidget: true, origins: { connect: [], img: [] } });
  });

  it("is GitHub through Netlify's OAuth provider with CMS_BACKEND=github and a repository, on the branch asked for", () => {
    const onBranch = cmsBackendFromEnvironment({ CMS_BACKEND: "github", CMS_REPO: "kratom-facts/site", CMS_BRANCH: "production" });
    expect(cmsConfig(onBranch.config).backend).toEqual({ name: "github", repo: "kratom-facts/site", branch: "production" });
    expect(github).toMatchObject({ loginLabel: "Login with GitHub", usesIdentityWidget: false, loginInPopup: true });
  });

  it("is GitLab signing in with PKCE, no server, with CMS_BACKEND=gitlab; a self-hosted GitLab by its address", () => {
    expect(cmsConfig(gitlab.config).backend).toEqual({
      name: "gitlab",
      repo: "kratom-facts/site",
      branch: "main",
      auth_type: "pkce",
      app_id: "0123abcd",
      base_url: "https://gitlab.com",
      api_root: "https://gitlab.com/api/v4",
    });
    const selfHosted = cmsBackendFromEnvironment({ CMS_BACKEND: "gitlab", CMS_REPO: "health/web/kratom-facts", CMS_GITLAB_APP_ID: "x", CMS_GITLAB_URL: "https://git.example.org/" });
    expect(selfHosted.config).toMatchObject({ repo: "health/web/kratom-facts", base_url: "https://git.example.org", api_root: "https://git.example.org/api/v4" });
    expect(selfHosted.origins.connect).toEqual(["https://git.example.org"]);
  });

  it("stops the build on an unknown backend, naming the ones there are", () => {
    expect(problems({ CMS_BACKEND: "bitbucket" })).toEqual(['CMS_BACKEND is "bitbucket", which is not a backend this site supports: use git-gateway, github, gitlab.']);
    expect(() => cmsBackendFromEnvironment({ CMS_BACKEND: "Github" })).toThrow(/README, "Choosing the admin's login"/);
  });

  it("names every missing or wrong setting at once", () => {
    expect(problems({ CMS_BACKEND: "gitlab" })).toEqual([
      "CMS_BACKEND=gitlab needs CMS_REPO: the repository as group/project.",
      "CMS_BACKEND=gitlab needs CMS_GITLAB_APP_ID: the Application ID of the GitLab OAuth application (PKCE, scope api).",
    ]);
    expect(problems({ CMS_BACKEND: "github", CMS_REPO: "https://github.com/kratom-facts/site", CMS_BRANCH: "../main" })).toEqual([
      'CMS_BRANCH is "../main", which is not a branch name.',
      'CMS_REPO is "https://github.com/kratom-facts/site", which is not a repository as owner/name.',
    ]);
    expect(problems({ CMS_BACKEND: "github", CMS_REPO: "a/b/c" })).toEqual(['CMS_REPO is "a/b/c", which is not a repository as owner/name.']);
    expect(problems({ CMS_BACKEND: "gitlab", CMS_REPO: "a/b", CMS_GITLAB_APP_ID: "x", CMS_GITLAB_URL: "http://git.example.org" })).toEqual([
      'CMS_GITLAB_URL is "http://git.example.org", which is not an https address of a GitLab server (for example https://gitlab.example.org).',
    ]);
  });

  it("refuses a setting the chosen backend would silently ignore", () => {
    expect(problems({ CMS_REPO: "kratom-facts/site" })).toEqual(["CMS_REPO is set, but CMS_BACKEND=git-gateway does not use it: remove it, or choose the backend it belongs to."]);
    expect(problems({ CMS_BACKEND: "github", CMS_REPO: "a/b", CMS_GITLAB_APP_ID: "x" })).toEqual([
      "CMS_GITLAB_APP_ID is set, but CMS_BACKEND=github does not use it: remove it, or choose the backend it belongs to.",
    ]);
  });
});

describe("the admin's headers, per backend, as Netlify would serve them", () => {
  it("let the admin reach exactly its own site and its backend's origins", async () => {
    const connect = async (backend: CmsBackend | "local") => cspDirective((await servedHeaders(backend, "production", "/admin/"))["Content-Security-Policy"]!, "connect-src");
    expect(await connect(gitGateway)).toEqual(["'self'"]);
    expect(await connect(github)).toEqual(["'self'", "https://api.github.com"]);
    expect(await connect(gitlab)).toEqual(["'self'", "https://gitlab.com"]);
    expect(await connect("local")).toEqual(["'self'", "http://127.0.0.1:8081"]);
    const images = cspDirective((await servedHeaders(github, "production", "/admin/"))["Content-Security-Policy"]!, "img-src");
    expect(images).toEqual(["'self'", "data:", "blob:", "https://avatars.githubusercontent.com"]);
  });

  it("keep the GitHub login popup able to answer the admin, and every other page isolated", async () => {
    expect((await servedHeaders(github, "production", "/admin/"))["Cross-Origin-Opener-Policy"]).toBe("same-origin-allow-popups");
    expect((await servedHeaders(gitlab, "production", "/admin/"))["Cross-Origin-Opener-Policy"]).toBe("same-origin");
    expect((await servedHeaders(github, "production", "/blog/"))["Cross-Origin-Opener-Policy"]).toBe("same-origin");
  });

  it("give reader pages one policy whatever the backend, with no eval and no backend origin", async () => {
    const reader = (await servedHeaders(github, "production", "/blog/what-is-kratom/"))["Content-Security-Policy"]!;
    expect(reader).toBe((await servedHeaders(gitGateway, "production", "/blog/what-is-kratom/"))["Content-Security-Policy"]);
    expect(cspDirective(reader, "script-src")).not.toContain("'unsafe-eval'");
    expect(reader).not.toContain("github");
    expect((await servedHeaders(gitGateway, "production", "/img/leaf.svg"))["Content-Security-Policy"]).toContain("sandbox");
  });

  it("keep deploy previews and branch deploys out of search engines, and production in", async () => {
    expect((await servedHeaders(gitGateway, "deploy-preview", "/blog/"))["X-Robots-Tag"]).toBe("noindex");
    expect((await servedHeaders(gitGateway, "branch-deploy", "/"))["X-Robots-Tag"]).toBe("noindex");
    expect((await servedHeaders(gitGateway, "production", "/blog/"))["X-Robots-Tag"]).toBeUndefined();
    expect((await servedHeaders(gitGateway, "production", "/admin/"))["X-Robots-Tag"]).toBe("noindex");
  });
});
