import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { load } from "cheerio";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../support/browser";
import { builtReaderPages } from "../support/html";
import { watchViolations } from "../support/csp-violations";
import { isDark } from "../support/colours";
import { type HeaderRule, cspDirective, headersFor, netlifyHeaderRules } from "../support/netlify-headers";
import { serveStatic, type StaticServer } from "../support/static-server";
import { themeBootScript } from "../../src/theme/theme";

const { liveDir, onePostDir } = inject("sites");
let rules: HeaderRule[] = [];
let adminRules: HeaderRule[] = [];
const STOPPING = "/blog/stopping-kratom-or-7-oh/";

function cspHash(script: string): string {
  return `'sha256-${createHash("sha256").update(script).digest("base64")}'`;
}

/** The hash of every inline script a browser would run, on every page of a built site (the admin has its own policy). */
function inlineScriptHashes(siteDir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const file of builtReaderPages(siteDir)) {
    const $ = load(readFileSync(path.join(siteDir, file), "utf8"));
    $("script:not([src])")
      .filter((_, script) => !($(script).attr("type") ?? "").includes("json"))
      .each((_, script) => void hashes.set(cspHash($(script).text()), file));
  }
  return hashes;
}

/** The live site with the production admin under /admin/, each served with the headers its own build wrote to _headers. */
async function serveLikeNetlify(headerRules: readonly HeaderRule[]): Promise<StaticServer> {
  const headers = (path: string) => headersFor(path.startsWith("/admin/") ? adminRules : headerRules, path);
  return serveStatic(liveDir, { headers, mount: { prefix: "/admin/", dir: onePostDir } });
}

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  rules = await netlifyHeaderRules(liveDir);
  adminRules = await netlifyHeaderRules(onePostDir);
  browser = await launchBrowser();
  server = await serveLikeNetlify(rules);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the site served with the headers its build wrote", () => {
  it("sends the security headers with every page and the admin", async () => {
    for (const path of ["/", STOPPING, "/search/", "/admin/", "/does-not-exist/"]) {
      const response = await fetch(`${server.url}${path}`);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(cspDirective(csp, "frame-ancestors"), path).toEqual(["'none'"]);
      expect(cspDirective(csp, "object-src"), path).toEqual(["'none'"]);
      expect(cspDirective(csp, "script-src"), path).not.toContain("'unsafe-inline'");
      expect(response.headers.get("strict-transport-security"), path).toMatch(/max-age=\d{8,}/);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("permissions-policy"), path).toContain("camera=()");
    }
  });

  it("allows every inline script of every built page by its hash, and lists no hash no page uses", async () => {
    const allowed = cspDirective(headersFor(rules, STOPPING)["Content-Security-Policy"] ?? "", "script-src").filter((source) => source.startsWith("'sha256-"));
    const used = inlineScriptHashes(liveDir);
    expect([...used.keys()].filter((hash) => !allowed.includes(hash)).map((hash) => `${hash} (first on ${used.get(hash)})`)).toEqual([]);
    expect(allowed.filter((hash) => !used.has(hash))).toEqual([]);
  });

  it("never allows eval on reader pages, WebAssembly only on the search page, and gives the admin its own policy", async () => {
    const policy = async (path: string) => (await fetch(`${server.url}${path}`)).headers.get("content-security-policy")!;
    const reader = await policy(STOPPING);
    const search = await policy("/search/?q=kratom");
    expect(cspDirective(reader, "script-src")).not.toContain("'unsafe-eval'");
    expect(cspDirective(search, "script-src")).not.toContain("'unsafe-eval'");
    expect(cspDirective(reader, "script-src")).not.toContain("'wasm-unsafe-eval'");
    expect(cspDirective(search, "script-src")).toContain("'wasm-unsafe-eval'");
    expect(await policy("/admin/")).not.toBe(reader);
  });

  it("caches hashed assets for a year and revalidates pages, page data and the admin", async () => {
    const script = load(await (await fetch(`${server.url}/search/`)).text())('script[src^="/islands/"]').attr("src")!;
    const cache = async (path: string) => (await fetch(`${server.url}${path}`)).headers.get("cache-control");
    expect(await cache(script)).toBe("public, max-age=31536000, immutable");
    expect(await cache(STOPPING)).toBe("public, max-age=0, must-revalidate");
    expect(await cache(`/page-data${STOPPING}page-data.json`)).toBe("public, max-age=0, must-revalidate");
    expect(await cache("/admin/cms.js")).toBe("public, max-age=0, must-revalidate");
    expect(await cache("/pagefind/pagefind.js")).toBe("public, max-age=0, must-revalidate");
    expect(await cache("/pagefind/pagefind-entry.json")).toBe("public, max-age=0, must-revalidate");
    const pagefind = readdirSync(path.join(liveDir, "pagefind"), { recursive: true, encoding: "utf8" });
    const hashed = pagefind.filter((file) => /^(fragment|index|filter)\/|\.pf_meta$/.test(file));
    expect(hashed.length).toBeGreaterThan(10);
    for (const file of hashed) expect(await cache(`/pagefind/${file}`), file).toBe("public, max-age=31536000, immutable");
  });
});

describe("a reader and an editor under the Content-Security-Policy", () => {
  it("read, follow the contents, search, switch theme and open the admin with no violation, and each feature works", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 850 }, colorScheme: "light" });
    const violations = await watchViolations(page);

    await page.goto(`${server.url}/`);
    await page
      .getByRole("link", { name: /^Stopping kratom or 7-OH/ })
      .first()
      .click();
    await expect.poll(() => page.url()).toBe(`${server.url}${STOPPING}`);
    await page.locator(".table-of-contents").getByRole("link", { name: "Treatment options" }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe("#treatment-options");

    await page.getByRole("searchbox", { name: "Search articles" }).fill("withdrawal");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".search-result").count(), { timeout: 10_000 }).toBeGreaterThan(0);

    await page.getByRole("button", { name: "Dark theme" }).click();
    await page.reload();
    expect(isDark(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))).toBe(true);
    await expect.poll(() => page.locator(".search-result").count(), { timeout: 10_000 }).toBeGreaterThan(0);

    await page.goto(`${server.url}/admin/`);
    await expect.poll(() => page.getByRole("button", { name: "Login with Netlify Identity" }).count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole("button", { name: "Login with Netlify Identity" }).click();
    await expect.poll(() => page.locator("iframe#netlify-identity-widget").isVisible(), { timeout: 10_000 }).toBe(true);

    expect(await violations()).toEqual([]);
    await page.close();
  });

  it("would notice a policy that breaks the site: without the theme script's hash, the violation is reported", async () => {
    const withoutThemeHash = rules.map((rule) =>
      rule.for === "/*" ? { ...rule, values: { ...rule.values, "Content-Security-Policy": rule.values["Content-Security-Policy"]!.replace(` ${cspHash(themeBootScript)}`, "") } } : rule,
    );
    expect(withoutThemeHash).not.toEqual(rules);
    const broken = await serveLikeNetlify(withoutThemeHash);
    const page = await browser.newPage();
    const violations = await watchViolations(page);
    await page.goto(`${broken.url}${STOPPING}`);
    await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.classList.contains("js"))).toBe(false);
    await page.close();
    await broken.close();
  });
});
