import type { CmsConfig } from "decap-cms-core";
import { cmsCollections, cmsMedia } from "../content/cms";
import { LOCAL_CMS_API, LOCAL_CMS_BRANCH } from "../local-servers";
import type { DecapBackendConfig } from "./backends";

/** The backend the admin is built for: a production one (src/cms/backends.ts), or decap-server on this machine. */
export type AdminBackend = DecapBackendConfig | "local";

/**
 * The admin's whole configuration. Production sends every change through the backend chosen at
 * build time and the editorial workflow (draft → in review → ready → publish). "local", set by
 * `npm start` and the tests, points the admin at decap-server on 127.0.0.1 instead, so no
 * account is needed on your own machine.
 */
export function cmsConfig(backend: AdminBackend): CmsConfig & { load_config_file: false } {
  const local = backend === "local";
  return {
    load_config_file: false,
    // On your machine the admin saves to a branch of its own, which `npm start` moves main up to.
    backend: local ? { name: "git-gateway", branch: LOCAL_CMS_BRANCH } : (backend as CmsConfig["backend"]),
    ...(local ? { local_backend: { url: LOCAL_CMS_API } } : {}),
    publish_mode: "editorial_workflow",
    site_url: "/",
    // "View preview" on a draft opens its page on the draft's Netlify deploy preview (README,
    // "Deploy previews for editors"); "View live" on a published entry opens it on this site.
    show_preview_links: true,
    // File names in plain ASCII: a curly quote or accent in a title cannot make a name that hides a draft.
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    ...cmsMedia,
    collections: cmsCollections(),
  };
}
