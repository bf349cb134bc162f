import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleAdmin } from "../../src/build/admin-bundle";
import { headersFile, siteHeaderRules } from "../../src/build/headers";
import { type CmsBackend, cmsBackendFromEnvironment, type CmsEnvironment } from "../../src/cms/backends";
import { launchBrowser } from "../support/browser";
import { watchViolations } from "../support/csp-violations";
import { type HeaderRule, headersFor, netlifyHeaderRules } from "../support/netlify-headers";
import { serveStatic, type StaticServer } from "../support/static-server";

/**
 * The production admin as each backend's build makes it (the bundle and the _headers file the
 * build writes), served with those headers, in Chromium. The login journeys run against the
 * real Decap code up to the backend's API; the API hosts themselves are stood in for by routes,
 * since no test can sign in to GitHub or GitLab. A request reaching a route proves the admin's
 * Content-Security-Policy let it through: Chromium blocks a request the policy forbids before
 * any route sees it. Git Gateway's login is tested on the fixture build (production-admin).
 */
const SETTINGS = {
  github: { CMS_BACKEND: "github", CMS_REPO: "kratom-facts/site" },
  gitlab: { CMS_BACKEND: "gitlab", CMS_REPO: "kratom-facts/site", CMS_GITLAB_APP_ID: "kf-test-application" },
} satisfies Record<string, CmsEnvironment>;
type BackendName = keyof typeof SETTINGS;

interface BuiltAdmin {
  dir: string;
  backend: CmsBackend;
  rules: HeaderRule[];
}

const built = {} as Record<BackendName, BuiltAdmin>;
let browser: Browser;

async function buildAdminFor(name: BackendName): Promise<BuiltAdmin> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `kf-admin-${name}-`));
  const backend = cmsBackendFromEnvironment(SETTINGS[name]);
  await bundleAdmin({ publicDir: dir, production: true, backend });
  await writeFile(path.join(dir, "_headers"), headersFile(siteHeaderRules(backend, "production")));
  await writeFile(path.join(dir, "404.html"), "<!doctype html><title>Not found</title>");
  return { dir, backend, rules: await netlifyHeaderRules(dir) };
}

beforeAll(async () => {
  const [github, gitlab] = await Promise.all([buildAdminFor("github"), buildAdminFor("gitlab")]);
  Object.assign(built, { github, gitlab });
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(built).map((admin) => rm(admin.dir, { recursive: true, force: true })));
});

/** One admin served with its headers (or with some replaced), in a fresh browser context that records every request. */
async function openAdmin(name: BackendName, replace: Record<string, string> = {}) {
  const admin = built[name];
  const server: StaticServer = await serveStatic(admin.dir, { headers: (requestPath) => ({ ...headersFor(admin.rules, requestPath), ...(requestPath.startsWith("/admin/") ? replace : {}) }) });
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const requests: Request[] = [];
  context.on("request", (request) => requests.push(request));
  const page: Page = await context.newPage();
  const violations = await watchViolations(page);
  return {
    server,
    context,
    page,
    requests,
    violations,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

const CORS = { "access-control-allow-origin": "*", "access-control-allow-headers": "authorization, content-type", "access-control-allow-methods": "GET, POST, OPTIONS" };

/** Netlify's OAuth popup, as api.netlify.com runs it after GitHub says yes: the handshake, then the token. */
const NETLIFY_OAUTH_POPUP = `<!doctype html><script>
window.addEventListener("message", function (event) {
  if (event.data === "authorizing:github") window.opener.postMessage('authorization:github:success:{"token":"test-token","provider":"github"}', event.origin);
});
window.opener.postMessage("authorizing:github", "*");
</script>`;

async function standInForGitHub(context: BrowserContext): Promise<void> {
  await context.route("https://api.netlify.com/**", (route) => route.fulfill({ contentType: "text/html", body: NETLIFY_OAUTH_POPUP }));
  await context.route("https://api.github.com/**", (route) =>
    route.fulfill({ status: route.request().method() === "OPTIONS" ? 204 : 401, headers: CORS, contentType: "application/json", body: '{"message":"Bad credentials"}' }),
  );
}

describe("the admin built with CMS_BACKEND=github", () => {
  it("asks for a GitHub login and nothing else: no Identity widget, no local backend", async () => {
    const admin = await openAdmin("github");
    await admin.page.goto(`${admin.server.url}/admin/`);
    const login = admin.page.getByRole("button", { name: "Login with GitHub" });
    await expect.poll(() => login.count(), { timeout: 20_000 }).toBe(1);
    expect(await admin.page.getByRole("button", { name: /Netlify Identity/ }).count()).toBe(0);
    expect(await admin.page.evaluate(() => typeof (window as { netlifyIdentity?: unknown }).netlifyIdentity)).toBe("undefined");
    const urls = admin.requests.map((request) => request.url());
    expect(urls.filter((url) => /identity|:8081/.test(url))).toEqual([]);
    expect(urls.filter((url) => !url.startsWith(admin.server.url))).toEqual([]);
    expect(await admin.violations()).toEqual([]);
    await admin.close();
  });

  it("signs in through Netlify's OAuth popup and then talks to GitHub's API with the token, with no policy violation", async () => {
    const admin = await openAdmin("github");
    await standInForGitHub(admin.context);
    await admin.page.goto(`${admin.server.url}/admin/`);
    const popup = admin.context.waitForEvent("page");
    await admin.page.getByRole("button", { name: "Login with GitHub" }).click();
    const popupUrl = new URL((await popup).url());
    expect(popupUrl.origin + popupUrl.pathname).toBe("https://api.netlify.com/auth");
    expect(popupUrl.searchParams.get("provider")).toBe("github");
    expect(popupUrl.searchParams.get("site_id")).toBe("127.0.0.1");
    const apiCalls = () => admin.requests.filter((request) => request.url().startsWith("https://api.github.com/") && request.method() === "GET");
    await expect.poll(() => apiCalls().length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await apiCalls()[0]!.headerValue("authorization")).toBe("token test-token");
    expect(apiCalls()[0]!.url()).toBe("https://api.github.com/user");
    expect(await admin.violations()).toEqual([]);
    await admin.close();
  });

  it("would notice headers that break the login: without api.github.com the API call is blocked, with a same-origin opener policy the popup cannot answer", async () => {
    const policy = headersFor(built.github.rules, "/admin/")["Content-Security-Policy"]!;
    const noApi = await openAdmin("github", { "Content-Security-Policy": policy.replace(" https://api.github.com", "") });
    await standInForGitHub(noApi.context);
    await noApi.page.goto(`${noApi.server.url}/admin/`);
    await noApi.page.getByRole("button", { name: "Login with GitHub" }).click();
    await expect.poll(async () => (await noApi.violations()).some((violation) => violation.includes("api.github.com")), { timeout: 15_000 }).toBe(true);
    expect(noApi.requests.filter((request) => request.url().startsWith("https://api.github.com/"))).toEqual([]);
    await noApi.close();

    const isolated = await openAdmin("github", { "Cross-Origin-Opener-Policy": "same-origin" });
    await standInForGitHub(isolated.context);
    await isolated.page.goto(`${isolated.server.url}/admin/`);
    await isolated.page.getByRole("button", { name: "Login with GitHub" }).click();
    await isolated.page.waitForTimeout(5_000);
    expect(isolated.requests.filter((request) => request.url().startsWith("https://api.github.com/"))).toEqual([]);
    await isolated.close();
  });
});

describe("the admin built with CMS_BACKEND=gitlab", () => {
  it("signs in with PKCE against GitLab itself, exchanges the code for a token and calls the API with it, with no policy violation", async () => {
    const admin = await openAdmin("gitlab");
    let authorize: URL | undefined;
    let tokenRequest: Record<string, string> | undefined;
    await admin.context.route("https://gitlab.com/oauth/authorize**", (route) => {
      authorize = new URL(route.request().url());
      const back = new URL(authorize.searchParams.get("redirect_uri")!);
      back.searchParams.set("code", "test-code");
      back.searchParams.set("state", authorize.searchParams.get("state")!);
      return route.fulfill({ status: 302, headers: { location: back.href } });
    });
    await admin.context.route("https://gitlab.com/oauth/token", (route) => {
      if (route.request().method() === "POST") tokenRequest = route.request().postDataJSON() as Record<string, string>;
      return route.fulfill({ status: route.request().method() === "OPTIONS" ? 204 : 200, headers: CORS, contentType: "application/json", body: '{"access_token":"test-token","token_type":"Bearer"}' });
    });
    await admin.context.route("https://gitlab.com/api/**", (route) =>
      route.fulfill({ status: route.request().method() === "OPTIONS" ? 204 : 401, headers: CORS, contentType: "application/json", body: '{"message":"401 Unauthorized"}' }),
    );

    await admin.page.goto(`${admin.server.url}/admin/`);
    await expect.poll(() => admin.page.getByRole("button", { name: "Login with GitLab" }).count(), { timeout: 20_000 }).toBe(1);
    expect(await admin.page.evaluate(() => typeof (window as { netlifyIdentity?: unknown }).netlifyIdentity)).toBe("undefined");
    await admin.page.getByRole("button", { name: "Login with GitLab" }).click();

    await expect.poll(() => tokenRequest !== undefined, { timeout: 15_000 }).toBe(true);
    expect(authorize!.searchParams.get("client_id")).toBe("kf-test-application");
    expect(authorize!.searchParams.get("response_type")).toBe("code");
    expect(authorize!.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize!.searchParams.get("redirect_uri")).toBe(`${admin.server.url}/admin/`);
    expect(tokenRequest).toMatchObject({ client_id: "kf-test-application", code: "test-code", grant_type: "authorization_code" });
    expect(tokenRequest!.code_verifier).toMatch(/^[\w.-]{128}$/);
    const apiCalls = () => admin.requests.filter((request) => request.url().startsWith("https://gitlab.com/api/v4/") && request.method() === "GET");
    await expect.poll(() => apiCalls().length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await apiCalls()[0]!.headerValue("authorization")).toBe("Bearer test-token");
    expect(await admin.violations()).toEqual([]);
    await admin.close();
  });
});
