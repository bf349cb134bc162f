import { createHash } from "node:crypto";
import type { CmsBackend } from "../cms/backends";
import { routes } from "../content/routes";
import { SEARCH_BUNDLE_DIR } from "../search/bundle";
import { LOCAL_HOST, LOCAL_PORTS } from "../local-servers";
import { themeBootScript } from "../theme/theme";

/**
 * Every response header the site is served with, written by the build to public/_headers
 * (Netlify reads it from the publish folder). They live here rather than in netlify.toml because
 * the admin's policy depends on the backend chosen at build time, and Netlify lets netlify.toml's
 * rules override _headers' for the same header: one file holds them all, so none can shadow another.
 * The README's "Security" section explains each choice.
 */
export interface HeaderRule {
  for: string;
  /** Why the rule exists, written above it in _headers. */
  why: string;
  values: Record<string, string>;
}

/** Where the build's deploy is going: Netlify sets CONTEXT to production, deploy-preview or branch-deploy. */
export type DeployContext = "production" | "deploy-preview" | "branch-deploy" | "dev";

export function deployContext(value: string | undefined): DeployContext {
  return value === "deploy-preview" || value === "branch-deploy" || value === "dev" ? value : "production";
}

const cspHash = (script: string) => `'sha256-${createHash("sha256").update(script).digest("base64")}'`;

const policy = (directives: Record<string, readonly string[]>) =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");

/**
 * Reader pages. script-src: the site's own files (the islands), plus the one inline script, the
 * theme's, by its hash. `runsWebAssembly` adds 'wasm-unsafe-eval' for the search page and
 * Pagefind's files alone, where Pagefind runs WebAssembly; it does not allow eval(). style-src needs 'unsafe-inline':
 * Gatsby inlines the site's CSS, which changes per build, and gatsby-remark-images sizes body
 * images with style attributes. Markdown bodies cannot carry HTML (the build refuses it), so no
 * style or markup reaches a page from content.
 */
export function readerPolicy({ runsWebAssembly = false } = {}): string {
  return policy({
    "default-src": ["'self'"],
    "script-src": ["'self'", cspHash(themeBootScript), ...(runsWebAssembly ? ["'wasm-unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "upgrade-insecure-requests": [],
  });
}

/** The origins the local backend's admin talks to: decap-server on this machine. */
const LOCAL_ADMIN_ORIGINS = { connect: [`http://${LOCAL_HOST}:${LOCAL_PORTS.cms}`], img: [] };

/**
 * The admin: Decap CMS, talking to this site and to the backend's origins only. 'unsafe-eval' is
 * the admin's alone: Decap validates its configuration with ajv, which compiles schemas with
 * new Function() and stops the admin loading without it. Reader pages never get it.
 */
export function adminPolicy(backend: CmsBackend | "local"): string {
  const origins = backend === "local" ? LOCAL_ADMIN_ORIGINS : backend.origins;
  return policy({
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", ...origins.img],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...origins.connect],
    "frame-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  });
}

/** Where Pagefind writes files whose names carry a hash of their content. */
const PAGEFIND_HASHED = ["/pagefind/fragment/*", "/pagefind/index/*", "/pagefind/filter/*", "/pagefind/*.pf_meta"];

const YEAR = "public, max-age=31536000, immutable";
const REVALIDATE = "public, max-age=0, must-revalidate";

/** The rules in order; a later rule's header replaces an earlier one's of the same name. */
export function siteHeaderRules(backend: CmsBackend | "local", context: DeployContext): HeaderRule[] {
  const loginInPopup = backend !== "local" && backend.loginInPopup;
  return [
    {
      for: "/*",
      why: "Every response: reader pages' Content-Security-Policy and the security headers. HTML, page data, feeds and unhashed files are always revalidated, so a publish shows at once.",
      values: {
        "Content-Security-Policy": readerPolicy(),
        "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cache-Control": REVALIDATE,
        // A deploy preview shows drafts: it must never be indexed.
        ...(context === "production" ? {} : { "X-Robots-Tag": "noindex" }),
      },
    },
    { for: "/*.js", why: "Files whose names carry a hash of their content never change: cached for a year.", values: { "Cache-Control": YEAR } },
    { for: "/*.css", why: "As above.", values: { "Cache-Control": YEAR } },
    { for: "/static/*", why: "As above.", values: { "Cache-Control": YEAR } },
    {
      for: "/img/*",
      why: "The media folder opened on its own (a link straight to /img/x.svg): an SVG is then a document that could run script. The build refuses scripted SVG; this sandboxes any that got here another way. Images shown in a page are not affected: a CSP applies to documents, not <img>.",
      values: { "Content-Security-Policy": "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox" },
    },
    // A worker runs under the policy its own script is served with: Pagefind compiles its WebAssembly in one.
    ...[`${routes.search}*`, `/${SEARCH_BUNDLE_DIR}/*`].map((pattern) => ({
      for: pattern,
      why: "The search page and Pagefind's worker run Pagefind's WebAssembly; no other page may.",
      values: { "Content-Security-Policy": readerPolicy({ runsWebAssembly: true }) },
    })),
    { for: "/pagefind/*", why: "Pagefind's entry files keep their names between builds.", values: { "Cache-Control": REVALIDATE } },
    // Netlify's `*` as a whole segment also matches nothing, so "/pagefind/*/*" would catch the
    // entry files too: the hashed files are named by their folders and extension instead.
    ...PAGEFIND_HASHED.map((pattern) => ({ for: pattern, why: "Pagefind's index files carry a hash of their content.", values: { "Cache-Control": YEAR } })),
    {
      for: "/admin/*",
      why: `The admin, built for ${backend === "local" ? "decap-server on this machine" : `the ${backend.config.name} backend`}: its own policy, never indexed. The bundle keeps its name between builds, so it is revalidated like a page.${loginInPopup ? " GitHub's login runs in a popup on api.netlify.com that answers the admin through window.opener, which same-origin would cut." : ""}`,
      values: {
        "Content-Security-Policy": adminPolicy(backend),
        "Cross-Origin-Opener-Policy": loginInPopup ? "same-origin-allow-popups" : "same-origin",
        "Cache-Control": REVALIDATE,
        "X-Robots-Tag": "noindex",
      },
    },
  ];
}

/** Netlify's _headers format: a path, then its headers indented; # starts a comment. */
export function headersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map((rule) => [`# ${rule.why}`, rule.for, ...Object.entries(rule.values).map(([name, value]) => `  ${name}: ${value}`)].join("\n"));
  return `# Written by the build (src/build/headers.ts); edit that, not this.\n\n${blocks.join("\n\n")}\n`;
}
