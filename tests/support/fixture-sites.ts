/** Where the one-time fixture builds leave their results for the build and browser tests. */
export interface FixtureSites {
  /** public/ of the full fixture site (hand-written fixtures + generated posts). */
  siteDir: string;
  /** public/ of the real site, built from content/. */
  liveDir: string;
  /** What the full fixture build printed (warnings included). */
  siteLog: string;
  /** public/ of a site with one post and no featured post, with the admin as production builds it. */
  onePostDir: string;
  /** What the one-post build printed: it has no overdose article, so its help strips' link has nowhere to go. */
  onePostLog: string;
  /** public/ of a site built from tests/fixtures/safe-render: hostile text that must render as text. */
  safeRenderDir: string;
  /** The build over every malformed post (committed and generated) plus one valid post; postsDir is that folder as messages name it. */
  malformed: { code: number; output: string; postsDir: string };
  /**
   * One article built twice with one cache: the second time after an image its body uses was
   * deleted. The article itself did not change, so Gatsby does not re-read it.
   */
  cachedAfterImageDeleted: { first: { code: number; output: string }; second: { code: number; output: string } };
  /** A build with CMS_BACKEND=gitlab, a malformed CMS_REPO and no CMS_GITLAB_APP_ID: it must stop before any work. */
  badBackend: { code: number; output: string; wallMs: number };
  siteUrl: string;
  /** The working tree's public/ and .cache as they stood before and after the fixture builds: the same, or a test left a site there. */
  workingTreeOutput: { before: string; after: string };
  /** How many generated posts the full fixture site has on top of tests/fixtures/site. */
  generatedPosts: number;
}

declare module "vitest" {
  export interface ProvidedContext {
    sites: FixtureSites;
  }
}

export const SITE_URL = "https://kratomfacts.test";

/** The day the fixture builds take as today (KF_BUILD_DATE), so their review and date checks say the same next year. */
export const FIXTURE_BUILD_DATE = "2026-12-01";

/** The body image of the cached-build check (tests/fixtures/site/posts/2024-11-05-featured-with-body-image.md). */
export const CACHED_POST_BODY_IMAGE = "metabolism-diagram.jpg";

/** Where the malformed build's legal tracker is copied, under .test-output/. */
export const MALFORMED_LAW_DIR = "malformed-law";
