/**
 * The admin's local backend for `npm start`: decap-server in git mode on this repository.
 * It writes to the repository for anyone who can reach it, with no login, so it binds to
 * loopback; another address (BIND_HOST) needs an explicit --allow-remote.
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { LOCAL_HOST, LOCAL_PORTS } from "../src/local-servers";
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

const why = notAWorkTree();
if (why !== null) {
  console.error(`The admin cannot save here: ${why} (the local CMS backend keeps articles in git; run "git init && git add -A && git commit -m start" to use /admin/). The site itself keeps running.`);
  // Stays up until npm start stops it: concurrently --kill-others would otherwise stop the site too.
  setInterval(() => undefined, 2 ** 31 - 1);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(0));
} else {
  startDecapServer();
}

function startDecapServer(): void {
  const server = spawn(process.execPath, [path.resolve("node_modules/decap-server/dist/index.js")], {
    env: { ...process.env, BIND_HOST: host, PORT: process.env.PORT ?? String(LOCAL_PORTS.cms), MODE: "git" },
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}
