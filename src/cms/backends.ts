import { PUBLISHED_BRANCH } from "../local-servers";

/**
 * Where the production admin keeps content and how editors sign in, chosen when the site is
 * built (CMS_BACKEND and friends; the README's site-owner table says what each needs). One
 * description per backend drives the admin's configuration, whether the Identity widget is
 * bundled, and the admin's Content-Security-Policy, so the three cannot disagree.
 */
export const CMS_BACKEND_NAMES = ["git-gateway", "github", "gitlab"] as const;
export type CmsBackendName = (typeof CMS_BACKEND_NAMES)[number];

/** The `backend` block of Decap's configuration. */
export interface DecapBackendConfig {
  name: CmsBackendName;
  branch: string;
  repo?: string;
  auth_type?: "pkce";
  app_id?: string;
  base_url?: string;
  api_root?: string;
}

export interface CmsBackend {
  config: DecapBackendConfig;
  /** The login button Decap shows for this backend. */
  loginLabel: string;
  /** Only Git Gateway signs editors in with Netlify Identity's widget. */
  usesIdentityWidget: boolean;
  /** Origins the admin must reach beyond its own, by CSP directive. */
  origins: { connect: string[]; img: string[] };
  /** GitHub's login runs in a popup on api.netlify.com that must be able to answer its opener. */
  loginInPopup: boolean;
}

/** The build's settings that choose and configure the backend. */
export type CmsEnvironment = Partial<Record<"CMS_BACKEND" | "CMS_REPO" | "CMS_BRANCH" | "CMS_GITLAB_APP_ID" | "CMS_GITLAB_URL", string>>;

export class CmsBackendError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The admin's backend settings cannot be used (${problems.length} ${problems.length === 1 ? "problem" : "problems"}):\n${problems.map((problem) => `  - ${problem}`).join("\n")}\nSee the README, "Choosing the admin's login", for what each backend needs.`,
    );
    this.name = "CmsBackendError";
  }
}

const GITHUB_REPO = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
// GitLab projects may sit in subgroups: group/subgroup/project.
const GITLAB_REPO = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)+$/;
const BRANCH = /^(?!\/|.*\/$|.*\.\.)[A-Za-z0-9._/-]+$/;
const GITLAB_COM = "https://gitlab.com";

const SETTINGS_BY_BACKEND: Record<CmsBackendName, ReadonlyArray<keyof CmsEnvironment>> = {
  "git-gateway": ["CMS_BRANCH"],
  github: ["CMS_REPO", "CMS_BRANCH"],
  gitlab: ["CMS_REPO", "CMS_BRANCH", "CMS_GITLAB_APP_ID", "CMS_GITLAB_URL"],
};

function isBackendName(value: string): value is CmsBackendName {
  return (CMS_BACKEND_NAMES as readonly string[]).includes(value);
}

function httpsOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.pathname === "/" && !url.search && !url.hash ? url.origin : null;
  } catch {
    return null;
  }
}

/** Reads the backend from the build's environment; every problem is named at once. */
export function cmsBackendFromEnvironment(environment: CmsEnvironment): CmsBackend {
  const setting = (name: keyof CmsEnvironment) => environment[name]?.trim() || undefined;
  const chosen = setting("CMS_BACKEND") ?? "git-gateway";
  if (!isBackendName(chosen)) throw new CmsBackendError([`CMS_BACKEND is "${chosen}", which is not a backend this site supports: use ${CMS_BACKEND_NAMES.join(", ")}.`]);

  const problems: string[] = [];
  for (const name of ["CMS_REPO", "CMS_BRANCH", "CMS_GITLAB_APP_ID", "CMS_GITLAB_URL"] as const) {
    if (setting(name) && !SETTINGS_BY_BACKEND[chosen].includes(name)) problems.push(`${name} is set, but CMS_BACKEND=${chosen} does not use it: remove it, or choose the backend it belongs to.`);
  }
  const branch = setting("CMS_BRANCH") ?? PUBLISHED_BRANCH;
  if (!BRANCH.test(branch)) problems.push(`CMS_BRANCH is "${branch}", which is not a branch name.`);

  const repo = setting("CMS_REPO");
  const repoPattern = chosen === "gitlab" ? GITLAB_REPO : GITHUB_REPO;
  if (chosen !== "git-gateway") {
    if (!repo) problems.push(`CMS_BACKEND=${chosen} needs CMS_REPO: the repository as ${chosen === "gitlab" ? "group/project" : "owner/name"}.`);
    else if (!repoPattern.test(repo)) problems.push(`CMS_REPO is "${repo}", which is not a repository as ${chosen === "gitlab" ? "group/project" : "owner/name"}.`);
  }
  const appId = setting("CMS_GITLAB_APP_ID");
  if (chosen === "gitlab" && !appId) problems.push("CMS_BACKEND=gitlab needs CMS_GITLAB_APP_ID: the Application ID of the GitLab OAuth application (PKCE, scope api).");
  const gitlabUrl = setting("CMS_GITLAB_URL");
  const gitlabOrigin = gitlabUrl === undefined ? GITLAB_COM : httpsOrigin(gitlabUrl);
  if (chosen === "gitlab" && gitlabOrigin === null) problems.push(`CMS_GITLAB_URL is "${gitlabUrl}", which is not an https address of a GitLab server (for example https://gitlab.example.org).`);
  if (problems.length > 0) throw new CmsBackendError(problems);

  switch (chosen) {
    case "git-gateway":
      // Identity and Git Gateway answer on the site's own origin (/.netlify/identity, /.netlify/git).
      return { config: { name: chosen, branch }, loginLabel: "Login with Netlify Identity", usesIdentityWidget: true, origins: { connect: [], img: [] }, loginInPopup: false };
    case "github":
      return {
        config: { name: chosen, branch, repo: repo! },
        loginLabel: "Login with GitHub",
        usesIdentityWidget: false,
        // The API, and editors' avatars in the admin's header.
        origins: { connect: ["https://api.github.com"], img: ["https://avatars.githubusercontent.com"] },
        loginInPopup: true,
      };
    case "gitlab":
      return {
        config: { name: chosen, branch, repo: repo!, auth_type: "pkce", app_id: appId!, base_url: gitlabOrigin!, api_root: `${gitlabOrigin}/api/v4` },
        loginLabel: "Login with GitLab",
        usesIdentityWidget: false,
        // The token exchange and the API; avatars come from the server or from Gravatar.
        origins: { connect: [gitlabOrigin!], img: [gitlabOrigin!, "https://secure.gravatar.com"] },
        loginInPopup: false,
      };
  }
}

/** The admin this build makes: "local" (decap-server on this machine) for `npm start` and the editor tests, otherwise the configured backend. */
export function adminBackendForBuild(environment: CmsEnvironment & { GATSBY_CMS_LOCAL_BACKEND?: string }): CmsBackend | "local" {
  return environment.GATSBY_CMS_LOCAL_BACKEND === "true" ? "local" : cmsBackendFromEnvironment(environment);
}
