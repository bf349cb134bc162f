import type { Plugin } from "esbuild";
import type { CmsBackendName } from "../cms/backends";

/**
 * decap-cms-app registers every backend, widget and interface language Decap ships
 * (dist/esm/extensions.js), and an editor's first visit downloads them all before the login
 * screen shows. This site uses one backend per build, English, and the widgets its content model
 * names. What it never uses is replaced, for that file's imports only, by an empty stand-in:
 * a backend class never constructed, a widget that renders nothing, English alone (Decap's
 * interface and zod's messages). Other
 * packages' own imports are untouched (Git Gateway, for one, builds on the GitHub, GitLab and
 * Bitbucket backends). scripts/measure-admin.ts measures what this saves.
 */
const BACKEND_PACKAGES: Record<string, { name: string; exported: string }> = {
  "decap-cms-backend-git-gateway": { name: "git-gateway", exported: "GitGatewayBackend" },
  "decap-cms-backend-github": { name: "github", exported: "GitHubBackend" },
  "decap-cms-backend-gitlab": { name: "gitlab", exported: "GitLabBackend" },
  "decap-cms-backend-azure": { name: "azure", exported: "AzureBackend" },
  "decap-cms-backend-aws-cognito-github-proxy": { name: "aws-cognito-github-proxy", exported: "AwsCognitoGitHubProxyBackend" },
  "decap-cms-backend-gitea": { name: "gitea", exported: "GiteaBackend" },
  "decap-cms-backend-forgejo": { name: "forgejo", exported: "ForgejoBackend" },
  "decap-cms-backend-bitbucket": { name: "bitbucket", exported: "BitbucketBackend" },
  "decap-cms-backend-test": { name: "test-repo", exported: "TestBackend" },
  "decap-cms-backend-proxy": { name: "proxy", exported: "ProxyBackend" },
};

/** Widgets the content model never names (src/content/cms.ts), by the name Decap registers them under. */
const UNUSED_WIDGETS: Record<string, string> = {
  "decap-cms-widget-map": "map",
  "decap-cms-widget-richtext": "richtext",
  "decap-cms-widget-code": "code",
  "decap-cms-widget-colorstring": "color",
  "decap-cms-widget-uuid": "uuid",
};

/** The backends a build's admin registers: the local one also needs Git Gateway's name, which its configuration keeps. */
export function backendsUsed(backend: CmsBackendName | "local"): string[] {
  return backend === "local" ? ["git-gateway", "proxy"] : [backend];
}

const NAMESPACE = "decap-unused";
const FROM_DECAP_APP = /[\\/]decap-cms-app[\\/]dist[\\/]esm[\\/]extensions\.js$/;
/** zod re-exports every language of its messages as `z.locales`, which keeps them all in a bundle; the site uses English. */
const FROM_ZOD_INDEX = /[\\/]zod[\\/]v4[\\/](classic[\\/]external|core[\\/]index|mini[\\/]external)\.js$/;

export function leaveOutUnusedDecapParts(backendsKept: readonly string[]): Plugin {
  return {
    name: "leave-out-unused-decap-parts",
    setup(bundler) {
      bundler.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ path, importer }) =>
        FROM_ZOD_INDEX.test(importer) ? { path, namespace: NAMESPACE, pluginData: { resolveDir: importer.replace(/[\\/][^\\/]+$/, ""), zod: true } } : undefined,
      );
      bundler.onResolve({ filter: /^decap-cms-(backend|widget)-[a-z-]+$|^decap-cms-locales$/ }, ({ path, importer }) => {
        if (!FROM_DECAP_APP.test(importer)) return undefined;
        const backend = BACKEND_PACKAGES[path];
        if (backend && backendsKept.includes(backend.name)) return undefined;
        if (!backend && !UNUSED_WIDGETS[path] && path !== "decap-cms-locales") return undefined;
        return { path, namespace: NAMESPACE, pluginData: { resolveDir: importer.replace(/[\\/][^\\/]+$/, "") } };
      });
      bundler.onLoad({ filter: /.*/, namespace: NAMESPACE }, ({ path, pluginData }) => {
        const { resolveDir, zod } = pluginData as { resolveDir: string; zod?: boolean };
        if (zod) return { contents: 'export { default as en } from "../locales/en.js";', resolveDir, loader: "js" };
        if (path === "decap-cms-locales") return { contents: 'export { default as en } from "decap-cms-locales/dist/esm/en/index.js";', resolveDir, loader: "js" };
        const backend = BACKEND_PACKAGES[path];
        if (backend) return { contents: `export class ${backend.exported} {}`, loader: "js" };
        const widget = UNUSED_WIDGETS[path]!;
        return { contents: `const nothing = () => null;\nexport default { Widget: () => ({ name: ${JSON.stringify(widget)}, controlComponent: nothing, previewComponent: nothing }) };`, loader: "js" };
      });
    },
  };
}
