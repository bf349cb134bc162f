/**
 * The admin's local backend for `npm start`: decap-server in git mode on this repository.
 * It writes to the repository for anyone who can reach it, with no login, so it binds to
 * loopback; another address (BIND_HOST) needs an explicit --allow-remote.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { isLoopback } from "./lib/loopback";

const host = process.env.BIND_HOST?.trim() || "127.0.0.1";
if (!isLoopback(host) && !process.argv.includes("--allow-remote")) {
  console.error(
    `Refusing to start the CMS backend on ${host}: anyone who can reach it could change this repository without logging in. ` +
      "Leave BIND_HOST unset (127.0.0.1), or pass --allow-remote if you really mean it.",
  );
  process.exit(2);
}

const server = spawn(process.execPath, [path.resolve("node_modules/decap-server/dist/index.js")], {
  env: { ...process.env, BIND_HOST: host, PORT: process.env.PORT ?? "8081", MODE: "git" },
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
