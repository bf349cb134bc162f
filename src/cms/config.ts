import type { CmsConfig } from "decap-cms-core";
import { cmsCollections, cmsMedia } from "../content/cms";
import { LOCAL_CMS_API, LOCAL_CMS_BRANCH, PUBLISHED_BRANCH } from "../local-servers";

/**
 * The admin's whole configuration. Production signs editors in with Netlify Identity and
 * sends every change through Git Gateway and the editorial workflow (draft → in review →
 * ready → publish). GATSBY_CMS_LOCAL_BACKEND, set by `npm start` and the tests, points the
 * admin at decap-server on 127.0.0.1 instead, so no account is needed on your own machine.
 */
export function cmsConfig(localBackend: boolean): CmsConfig & { load_config_file: false } {
  return {
    load_config_file: false,
    // On your machine the admin saves to a branch of its own, which `npm start` moves main up to.
    backend: { name: "git-gateway", branch: localBackend ? LOCAL_CMS_BRANCH : PUBLISHED_BRANCH },
    ...(localBackend ? { local_backend: { url: LOCAL_CMS_API } } : {}),
    publish_mode: "editorial_workflow",
    site_url: "/",
    // File names in plain ASCII: a curly quote or accent in a title cannot make a name that hides a draft.
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    ...cmsMedia,
    collections: cmsCollections(),
  };
}
