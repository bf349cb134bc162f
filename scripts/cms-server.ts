/**
 * The admin's local backend for `npm start`: decap-server in git mode, in a work tree of this
 * repository of its own (scripts/lib/admin-worktree.ts), and what it publishes shown here.
 * It writes to the repository for anyone who can reach it, with no login, so it binds to
 * loopback; another address (BIND_HOST) needs an explicit --allow-remote.
 */
import { type ChildProcess, spawnSync } from "node:child_process";
import path from "node:path";
import { LOCAL_CMS_BRANCH, LOCAL_HOST, LOCAL_PORTS, PUBLISHED_BRANCH } from "../src/local-servers";
import { gitReason, prepareAdminWorktree, watchPublications } from "./lib/admin-worktree";
import { spawnDecapServer } from "./lib/decap-server";
import { isLoopback } from "./lib/loopback";

const host = process.env.BIND_HOST?.trim() || LOCAL_HOST;
if (!isLoopback(host) && !process.argv.includes("--allow-remote")) {
  console.error(
    `Refusing to start the CMS backend on ${host}: anyone who can reach it could change this repository without logging in. ` +
      `Leave BIND_HOST unset (${LOCAL_HOST}), or pass --allow-remote if you really mean it.`,
  );
  process.exit(2);
}

/**
 * decap-server's git mode needs a git work tree; outside one (a downloaded archive) it stops
 * with a stack dump, and `npm start` would take the site down with it. Say so in one line and
 * stay up, so the site keeps running.
 */
function notAWorkTree(): string | null {
  const git = spawnSync("git", ["rev-parse", "--is-inside-work-tree"], { encoding: "utf8" });
  if (git.error) return "git is not installed";
  return git.status === 0 && git.stdout.trim() === "true" ? null : `${process.cwd()} is not a git work tree`;
}

/** Keeps this process (and so `npm start`'s site beside it) up without a backend, until Ctrl-C. */
function stayUpWithoutBackend(): void {
  setInterval(() => undefined, 2 ** 31 - 1);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(0));
}

const why = notAWorkTree();
if (why !== null) {
  console.error(`The admin cannot save here: ${why} (the local CMS backend keeps articles in git; run "git init && git add -A && git commit -m start" to use /admin/). The site itself keeps running.`);
  stayUpWithoutBackend();
} else {
  void startAdminBackend();
}

async function startAdminBackend(): Promise<void> {
  const repoDir = process.cwd();
  let worktree: string;
  try {
    worktree = await prepareAdminWorktree(repoDir);
  } catch (error) {
    console.error(`The admin cannot save here: ${error instanceof Error ? error.message : gitReason(error)}. The site itself keeps running.`);
    stayUpWithoutBackend();
    return;
  }
  console.log(`The admin saves in its own work tree (${path.relative(repoDir, worktree)}, branch ${LOCAL_CMS_BRANCH}); what it publishes reaches ${PUBLISHED_BRANCH} here within a second.`);
  const watch = watchPublications(repoDir, (message) => console.log(message));
  const backend = superviseDecapServer(worktree);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      watch.stop();
      backend.stop(signal);
      process.exit(0);
    });
  }
}

/** Restarts decap-server if it dies, saying so; gives up (and says so) after 3 deaths in a minute. */
function superviseDecapServer(worktree: string): { stop: (signal: NodeJS.Signals) => void } {
  let server: ChildProcess;
  let stopping = false;
  const deaths: number[] = [];
  const start = () => {
    server = spawnDecapServer({ worktree, host, port: Number(process.env.PORT ?? LOCAL_PORTS.cms) });
    server.on("exit", (code, signal) => {
      if (stopping) return;
      const now = Date.now();
      deaths.push(now);
      const recent = deaths.filter((time) => now - time < 60_000).length;
      const how = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
      if (recent >= 3) {
        console.error(`The admin's backend (decap-server) ${how}, the third time this minute; not restarting it. The site keeps running; restart npm start to edit again.`);
        return;
      }
      console.error(`The admin's backend (decap-server) ${how}; starting it again. The site keeps running.`);
      start();
    });
  };
  start();
  return {
    stop: (signal) => {
      stopping = true;
      server.kill(signal);
    },
  };
}
