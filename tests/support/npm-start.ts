import { type ChildProcess, execFile, spawn } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { rm } from "node:fs/promises";
import { promisify } from "node:util";
import { scratchProject } from "../../scripts/lib/gatsby-build";
import { LOCAL_CMS_API, LOCAL_HOST, LOCAL_PORTS } from "../../src/local-servers";
import { GIT_IDENTITY } from "./decap-server";

const run = promisify(execFile);

export interface NpmStart {
  /** A copy of the project, made a git repository on main, where `npm start` runs. */
  dir: string;
  siteUrl: (path: string) => string;
  /** Everything `npm start` printed so far. */
  output: () => string;
  git: (...args: string[]) => Promise<string>;
  /** The process ids (in `dir`) whose command line has every one of `words`. */
  processes: (...words: string[]) => number[];
  /** Kills a process and everything it started, as a crash would take them down. */
  killTree: (pid: number) => void;
  stop: () => Promise<void>;
}

async function answers(url: string, init?: RequestInit): Promise<boolean> {
  try {
    return (await fetch(url, init)).ok;
  } catch {
    return false;
  }
}

export const cmsAnswers = () => answers(LOCAL_CMS_API, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action: "info" }) });

/** Processes of this machine started in `dir`, read from /proc (Linux, as CI). */
function processesIn(dir: string, words: string[]): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) !== dir) continue;
      const commandLine = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").join(" ");
      if (words.every((word) => commandLine.includes(word))) found.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

/** Every process `pid` started, directly or not (from /proc's parent ids). */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent id is the 4th field, after the command name in parentheses (which may hold spaces).
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const found: number[] = [];
  const visit = (id: number) => {
    for (const child of children.get(id) ?? []) {
      found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}

function killTree(pid: number): void {
  for (const id of [...descendants(pid).reverse(), pid]) {
    try {
      process.kill(id, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

/**
 * The README's `npm start`, for real, in a fresh copy of the project: gatsby develop on
 * 127.0.0.1:8000 and the admin's backend on 8081. Resolves once both answer.
 */
export async function startNpmStart(timeoutMs: number): Promise<NpmStart> {
  const dir = await scratchProject();
  // As from a terminal: vitest's NODE_ENV=test would make develop's Babel fail.
  const { NODE_ENV: _testEnvironment, ...terminalEnv } = process.env;
  const env = { ...terminalEnv, ...GIT_IDENTITY, GATSBY_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0" };
  const git = async (...args: string[]) => (await run("git", args, { cwd: dir, env: { ...env, GIT_OPTIONAL_LOCKS: "0" } })).stdout.trim();
  await git("init", "--quiet", "--initial-branch=main");
  await git("add", ".");
  await git("commit", "--quiet", "--no-gpg-sign", "-m", "The project before npm start");
  let printed = "";
  const child: ChildProcess = spawn("npm", ["start"], { cwd: dir, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [child.stdout, child.stderr]) stream?.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  const siteUrl = (path: string) => `http://${LOCAL_HOST}:${LOCAL_PORTS.site}${path}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGINT");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  while (!((await answers(siteUrl("/"))) && (await cmsAnswers()))) {
    if (child.exitCode !== null || /exited with code/.test(printed) || Date.now() > deadline) {
      await stop();
      throw new Error(`npm start did not serve the site and the admin's backend within ${timeoutMs / 1000} s:\n${printed.slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { dir, siteUrl, output: () => printed, git, processes: (...words) => processesIn(dir, words), killTree, stop };
}
