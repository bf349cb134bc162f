import { type ChildProcess, execFile } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { LOCAL_CMS_API, LOCAL_HOST, LOCAL_PORTS } from "../../src/local-servers";
import { prepareAdminWorktree, watchPublications } from "../../scripts/lib/admin-worktree";
import { spawnDecapServer } from "../../scripts/lib/decap-server";

const run = promisify(execFile);

export interface DecapServer {
  /** The temporary git repository the admin reads and writes: content/ and static/img copied in, on branch main. */
  repoDir: string;
  /** Runs git in that repository and returns what it printed. */
  git: (...args: string[]) => Promise<string>;
  stop: () => Promise<void>;
}

/** The port the admin's local_backend points at. */
const PORT = LOCAL_PORTS.cms;

/** CI machines have no git identity; the scratch repository gets one of its own. */
export const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: "Kratom Facts test editor",
  GIT_AUTHOR_EMAIL: "editor@kratomfacts.test",
  GIT_COMMITTER_NAME: "Kratom Facts test editor",
  GIT_COMMITTER_EMAIL: "editor@kratomfacts.test",
};

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`decap-server exited with ${child.exitCode}`);
    try {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action: "info" }) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("decap-server did not start within 10 s");
}

/**
 * `extraFiles` maps paths in the repository to files to copy there (a legacy fixture post).
 * The real decap-server in MODE=git, as `npm start` runs it: bound to loopback, in the admin's
 * own work tree of a throwaway git repository holding a copy of the site's content, with
 * publications moved to main as `npm start` does, so the editorial workflow (a cms/… branch
 * per draft, merged on publish) runs for real.
 */
export async function startDecapServer({ extraFiles = {} }: { extraFiles?: Record<string, string> } = {}): Promise<DecapServer> {
  const repoDir = await mkdtemp(path.join(os.tmpdir(), "kf-cms-"));
  await cp("content", path.join(repoDir, "content"), { recursive: true });
  await cp("static/img", path.join(repoDir, "static/img"), { recursive: true });
  for (const [target, source] of Object.entries(extraFiles)) await cp(source, path.join(repoDir, target));
  const env = { ...process.env, ...GIT_IDENTITY };
  // A test's `git status` must not take the index lock while decap-server commits or checks out a
  // branch: its checkout back to main would fail and leave every later publish on a draft branch.
  const git = async (...args: string[]) => (await run("git", args, { cwd: repoDir, env: { ...env, GIT_OPTIONAL_LOCKS: "0" } })).stdout;
  await git("init", "--quiet", "--initial-branch=main");
  await git("add", ".");
  await git("commit", "--quiet", "--no-gpg-sign", "-m", "Site content before the test");
  const worktree = await prepareAdminWorktree(repoDir);
  const child = spawnDecapServer({ worktree, host: LOCAL_HOST, port: PORT, env: { ...env, LOG_LEVEL: "error" }, stdio: "ignore" });
  await waitForServer(LOCAL_CMS_API, child);
  const publications = watchPublications(repoDir, (message) => console.log(`decap-server test repository: ${message}`), 200);
  return {
    repoDir,
    git,
    stop: async () => {
      publications.stop();
      child.kill();
      await rm(repoDir, { recursive: true, force: true });
    },
  };
}
