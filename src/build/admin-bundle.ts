import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildOptions, type Metafile, type Plugin, build, context, version } from "esbuild";
import { buildInputs, inputsUnchanged, recordInputs } from "./build-inputs";
import { compileAsync } from "sass";
import { SITE_NAME } from "../site-name";
import type { CmsBackend } from "../cms/backends";
import { backendsUsed, leaveOutUnusedDecapParts } from "./admin-unused-parts";

/**
 * The editors' admin at /admin/: src/cms/cms.tsx bundled by esbuild, apart from Gatsby's
 * webpack build. Measured on 1,000 posts, gatsby-plugin-decap-cms's webpack compile of the
 * admin took 67 s of every build (clean or one-post edit) and most of its 3.2 GB peak memory;
 * esbuild bundles the same code in about 2 s, and reader pages share nothing with it.
 */
export interface AdminBundleOptions {
  /** The site's output folder; the admin goes to `<publicDir>/admin`. */
  publicDir: string;
  production: boolean;
  /** The production backend chosen at build time, or decap-server on 127.0.0.1 (npm start, the editor tests). */
  backend: CmsBackend | "local";
}

const ADMIN_TITLE = `${SITE_NAME} admin`;
const ENTRY = path.resolve("src/cms/cms.tsx");
/** Shared components import Link and friends from "gatsby"; the admin has no Gatsby runtime. */
const GATSBY_IN_ADMIN = path.resolve("src/cms/gatsby-in-admin.tsx");
const INPUTS_RECORD = path.resolve(".cache/admin-build-inputs.json");

/** Compiles the site's Sass for the preview pane, so previews use the stylesheet readers get. */
const sassAsCss = (loaded: Set<string>): Plugin => ({
  name: "sass-as-css",
  setup(bundler) {
    bundler.onLoad({ filter: /\.scss$/ }, async ({ path: file }) => {
      const result = await compileAsync(file, {
        loadPaths: [path.resolve("node_modules")],
        quietDeps: true,
        style: bundler.initialOptions.minify ? "compressed" : "expanded",
      });
      const watchFiles = result.loadedUrls.filter((url) => url.protocol === "file:").map((url) => fileURLToPath(url));
      for (const watched of watchFiles) loaded.add(watched);
      return { contents: result.css, loader: "css", watchFiles };
    });
  },
});

function esbuildOptions({ publicDir, production, backend }: AdminBundleOptions, sassFiles = new Set<string>()): BuildOptions {
  return {
    entryPoints: { cms: ENTRY },
    outdir: path.join(publicDir, "admin"),
    bundle: true,
    // ES modules with splitting: Decap's lazily loaded parts (code editor modes, image tools)
    // stay separate files, loaded when an editor needs them.
    format: "esm",
    splitting: true,
    minify: production,
    sourcemap: production ? false : "linked",
    target: "es2022",
    jsx: "automatic",
    alias: { gatsby: GATSBY_IN_ADMIN },
    define: {
      "process.env.NODE_ENV": JSON.stringify(production ? "production" : "development"),
      "process.env.CMS_BACKEND_CONFIG": JSON.stringify(JSON.stringify(backend === "local" ? "local" : backend.config)),
      // A constant, so esbuild drops the Identity widget from every other backend's bundle.
      "process.env.CMS_IDENTITY_WIDGET": JSON.stringify(backend !== "local" && backend.usesIdentityWidget),
      global: "globalThis",
    },
    loader: { ".woff": "file", ".woff2": "file", ".ttf": "file", ".eot": "file", ".svg": "file", ".png": "file", ".wasm": "file" },
    plugins: [sassAsCss(sassFiles), leaveOutUnusedDecapParts(backendsUsed(backend === "local" ? "local" : backend.config.name))],
    logLevel: "silent",
    legalComments: "none",
  };
}

/**
 * The admin's page: its module script, kept out of search engines. `preload` names chunks the
 * script imports before it starts (the Identity widget), fetched alongside it, not after it.
 */
function adminHtml(preload: readonly string[]): string {
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${ADMIN_TITLE}</title>`,
    '<meta name="robots" content="none">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    '<script type="module" src="/admin/cms.js"></script>',
    ...preload.map((file) => `<link rel="modulepreload" href="/admin/${file}">`),
    "</head><body></body></html>",
    "",
  ].join("\n");
}

async function writeAdminPage(publicDir: string, preload: readonly string[] = []): Promise<void> {
  await writeFile(path.join(publicDir, "admin", "index.html"), adminHtml(preload));
}

/** The chunk the admin imports before Decap starts: the Identity widget, when this backend uses it. */
const IDENTITY_ENTRY = "src/cms/identity.ts";
function chunksToPreload(metafile: Metafile): string[] {
  return Object.entries(metafile.outputs)
    .filter(([, output]) => output.entryPoint === IDENTITY_ENTRY)
    .map(([file]) => path.basename(file));
}

export interface AdminBundle {
  files: number;
  bytes: number;
  /** Every source file the bundle read, Sass included. */
  inputs: string[];
  /** esbuild's account of what went where (scripts/measure-admin.ts reads it). */
  metafile: Metafile;
}

/** Bundles the admin into `<publicDir>/admin`, replacing what was there. */
export async function bundleAdmin(options: AdminBundleOptions): Promise<AdminBundle> {
  const outDir = path.join(options.publicDir, "admin");
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const sassFiles = new Set<string>();
  const result = await build({ ...esbuildOptions(options, sassFiles), metafile: true });
  await writeAdminPage(options.publicDir, chunksToPreload(result.metafile));
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => !input.includes(":"))
    .map((input) => path.resolve(input));
  const outputs = Object.values(result.metafile.outputs);
  return { files: outputs.length, bytes: outputs.reduce((sum, output) => sum + output.bytes, 0), inputs: [...inputs, ...sassFiles], metafile: result.metafile };
}

/** One production (or development) build of the admin into `<publicDir>/admin`; null when the last one is still current. */
export async function buildAdmin(options: AdminBundleOptions): Promise<AdminBundle | null> {
  // A rebuild whose admin sources are all unchanged keeps the last bundle (about 2.5 s saved).
  // The record stays in Gatsby's cache, not in public/, where it would be deployed.
  const settings = JSON.stringify({ ...options, esbuild: version, entry: ENTRY });
  if (existsSync(path.join(options.publicDir, "admin", "cms.js")) && (await inputsUnchanged(INPUTS_RECORD, settings))) return null;
  const bundle = await bundleAdmin(options);
  await mkdir(path.dirname(INPUTS_RECORD), { recursive: true });
  await recordInputs(INPUTS_RECORD, await buildInputs(settings, bundle.inputs));
  return bundle;
}

/** `gatsby develop`: builds the admin and rebuilds it whenever one of its sources changes. */
export async function watchAdmin(options: AdminBundleOptions, onRebuild: (errors: number) => void): Promise<() => Promise<void>> {
  await mkdir(path.join(options.publicDir, "admin"), { recursive: true });
  await writeAdminPage(options.publicDir);
  const reportErrors: Plugin = {
    name: "report-rebuilds",
    setup(bundler) {
      bundler.onEnd((result) => onRebuild(result.errors.length));
    },
  };
  const base = esbuildOptions(options);
  const watcher = await context({ ...base, logLevel: "warning", plugins: [...(base.plugins ?? []), reportErrors] });
  await watcher.watch();
  return () => watcher.dispose();
}
