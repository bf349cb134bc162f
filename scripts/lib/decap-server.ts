import { type ChildProcess, type StdioOptions, spawn } from "node:child_process";
import path from "node:path";

/**
 * decap-server in git mode on the admin's own work tree, as `npm start` and the editor tests
 * run it. `host` and `port` are where it listens; `env` adds to this process's environment.
 */
export function spawnDecapServer({
  worktree,
  host,
  port,
  env = process.env,
  stdio = "inherit",
}: {
  worktree: string;
  host: string;
  port: number;
  env?: NodeJS.ProcessEnv;
  stdio?: StdioOptions;
}): ChildProcess {
  return spawn(process.execPath, [path.resolve("node_modules/decap-server/dist/index.js")], {
    env: { ...env, BIND_HOST: host, PORT: String(port), MODE: "git", GIT_REPO_DIRECTORY: worktree },
    stdio,
  });
}
