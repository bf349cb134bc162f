/**
 * The admin's own git work tree. decap-server's git mode checks out each draft's branch to read
 * or save it; doing that in the folder `gatsby develop` watches made files vanish under develop
 * (it crashed) and showed drafts as if published. So decap-server works in a worktree of this
 * repository on LOCAL_CMS_BRANCH, and a publish there reaches PUBLISHED_BRANCH, the branch the
 * local site shows, by fast-forward only: nothing is merged, rebased or overwritten for you.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { LOCAL_CMS_BRANCH, PUBLISHED_BRANCH } from "../../src/local-servers";

const execFileAsync = promisify(execFile);

/** Runs git in `cwd`. Reads never take the index lock, so they cannot break decap-server's checkouts. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await execFileAsync("git", args, { cwd, env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } });
  return stdout.trim();
}

async function succeeds(cwd: string, ...args: string[]): Promise<boolean> {
  return git(cwd, ...args).then(
    () => true,
    () => false,
  );
}

const isAncestor = (cwd: string, older: string, newer: string) => succeeds(cwd, "merge-base", "--is-ancestor", older, newer);
const branchExists = (cwd: string, branch: string) => succeeds(cwd, "rev-parse", "--verify", "--quiet", `refs/heads/${branch}`);
const tip = (cwd: string, branch: string) => git(cwd, "rev-parse", `refs/heads/${branch}`);
const checkedOutBranch = (cwd: string) => git(cwd, "symbolic-ref", "--quiet", "--short", "HEAD").catch(() => "");

/** What git complained of (with the files it names), without its hints. */
export function gitReason(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr || String(error);
  const lines = stderr
    .split("\n")
    .map((line) => line.replace(/^(error|fatal): /, "").trim())
    .filter((line) => line !== "" && !line.startsWith("hint:") && line !== "Aborting");
  return lines.join(" ") || "git failed";
}

/** Inside the repository's git folder, where no tool that reads the project looks. */
export async function adminWorktreeDir(repoDir: string): Promise<string> {
  return path.join(path.resolve(repoDir, await git(repoDir, "rev-parse", "--git-common-dir")), "kf-admin-worktree");
}

export type Publication =
  | { kind: "up-to-date" }
  | { kind: "published"; commits: string[] }
  /** Published in the admin but not shown locally yet, and why; tried again at the next change. */
  | { kind: "held"; reason: string };

/**
 * Moves PUBLISHED_BRANCH up to what the admin published. In the working copy when it has that
 * branch checked out (the files change under develop, which rebuilds), else as a ref alone.
 */
export async function showPublished(repoDir: string): Promise<Publication> {
  const [published, admin] = await Promise.all([tip(repoDir, PUBLISHED_BRANCH), tip(repoDir, LOCAL_CMS_BRANCH)]);
  if (published === admin || (await isAncestor(repoDir, admin, published))) return { kind: "up-to-date" };
  if (!(await isAncestor(repoDir, published, admin))) {
    return {
      kind: "held",
      reason: `${PUBLISHED_BRANCH} has commits the admin has not seen, so the admin's publications (${LOCAL_CMS_BRANCH}) cannot simply follow; restart npm start, or run "git merge ${LOCAL_CMS_BRANCH}"`,
    };
  }
  const commits = (await git(repoDir, "log", "--format=%s", `${published}..${admin}`)).split("\n").filter(Boolean);
  try {
    if ((await checkedOutBranch(repoDir)) === PUBLISHED_BRANCH) await git(repoDir, "merge", "--ff-only", "--quiet", admin);
    else await git(repoDir, "update-ref", `refs/heads/${PUBLISHED_BRANCH}`, admin, published);
  } catch (error) {
    return { kind: "held", reason: gitReason(error) };
  }
  return { kind: "published", commits };
}

/**
 * Makes (or repairs) the admin's work tree and returns its folder. Brings LOCAL_CMS_BRANCH up to
 * PUBLISHED_BRANCH when someone committed there since, and the other way round.
 */
export async function prepareAdminWorktree(repoDir: string): Promise<string> {
  const dir = await adminWorktreeDir(repoDir);
  await git(repoDir, "worktree", "prune");
  if (!(await branchExists(repoDir, PUBLISHED_BRANCH))) throw new Error(`this repository has no ${PUBLISHED_BRANCH} branch to publish to`);
  if (!(await branchExists(repoDir, LOCAL_CMS_BRANCH))) await git(repoDir, "branch", LOCAL_CMS_BRANCH, PUBLISHED_BRANCH);
  if (!existsSync(path.join(dir, ".git"))) await git(repoDir, "worktree", "add", "--quiet", dir, LOCAL_CMS_BRANCH);
  if ((await git(dir, "status", "--porcelain")) !== "") {
    throw new Error(`the admin's work tree (${dir}) has changes no save committed; look at them with "git -C ${dir} status"`);
  }
  // A backend stopped mid-save can leave a draft's branch checked out; its commits are safe on that branch.
  if ((await checkedOutBranch(dir)) !== LOCAL_CMS_BRANCH) await git(dir, "checkout", "--quiet", LOCAL_CMS_BRANCH);
  if (await isAncestor(repoDir, LOCAL_CMS_BRANCH, PUBLISHED_BRANCH)) await git(dir, "merge", "--ff-only", "--quiet", PUBLISHED_BRANCH);
  return dir;
}

export interface PublicationWatch {
  stop: () => void;
}

/**
 * Every `intervalMs`, shows on the local site what the admin published. Says what it did, and
 * says once (not every second) why a publication is held back.
 */
export function watchPublications(repoDir: string, say: (message: string) => void, intervalMs = 1000): PublicationWatch {
  let lastHeld = "";
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    showPublished(repoDir)
      .then((publication) => {
        if (publication.kind === "published") {
          lastHeld = "";
          say(`Published to the local site (${PUBLISHED_BRANCH}): ${publication.commits.join("; ")}`);
        } else if (publication.kind === "held" && publication.reason !== lastHeld) {
          lastHeld = publication.reason;
          say(`Published in the admin but not yet on the local site: ${publication.reason}`);
        }
      })
      .catch((error: unknown) => say(`Could not check the admin's publications: ${gitReason(error)}`))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  return { stop: () => clearInterval(timer) };
}
