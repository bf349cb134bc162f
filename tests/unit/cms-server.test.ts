import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { isLoopback } from "../../scripts/lib/loopback";

const run = promisify(execFile);
const tsx = "node_modules/.bin/tsx";

describe("which hosts count as this machine only", () => {
  it.each(["127.0.0.1", "127.0.1.1", "localhost", "::1", "[::1]", " LOCALHOST "])("%s is loopback", (host) => {
    expect(isLoopback(host)).toBe(true);
  });
  it.each(["0.0.0.0", "::", "192.168.1.20", "10.0.0.1", "example.com", "128.0.0.1"])("%s is not", (host) => {
    expect(isLoopback(host)).toBe(false);
  });
});

describe("npm run cms-server", () => {
  it("refuses to bind to every interface without --allow-remote, and says why", async () => {
    const failure = await run(tsx, ["scripts/cms-server.ts"], { env: { ...process.env, BIND_HOST: "0.0.0.0", PORT: "18089" } }).catch((error: { code: number; stderr: string }) => error);
    expect("code" in failure ? failure.code : 0).toBe(2);
    expect("stderr" in failure ? failure.stderr : "").toContain("Refusing to start the CMS backend on 0.0.0.0");
  });

  it("listens on 127.0.0.1 when nothing is set", async () => {
    const { BIND_HOST: _ignored, ...env } = process.env;
    const child = spawn(tsx, ["scripts/cms-server.ts"], { env: { ...env, PORT: "18088", LOG_LEVEL: "info" } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    try {
      await expect.poll(() => output, { timeout: 15_000 }).toContain("listening on 127.0.0.1:18088");
      const response = await fetch("http://127.0.0.1:18088/api/v1", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action: "info" }) });
      expect(((await response.json()) as { type: string }).type).toBe("local_git");
    } finally {
      child.kill("SIGTERM");
    }
  }, 20_000);

  it("outside a git work tree says so in one line and stays up, so npm start keeps the site running", async () => {
    const archive = await mkdtemp(path.join(os.tmpdir(), "kf-archive-"));
    const child = spawn(path.resolve(tsx), [path.resolve("scripts/cms-server.ts")], { cwd: archive, env: { ...process.env, PORT: "18087", GIT_CEILING_DIRECTORIES: os.tmpdir() } });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    try {
      await expect.poll(() => errors, { timeout: 15_000 }).toContain("is not a git work tree");
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(child.exitCode).toBeNull();
      expect(errors.trim().split("\n")).toHaveLength(1);
      expect(errors).toContain("The site itself keeps running.");
    } finally {
      child.kill("SIGTERM");
      await rm(archive, { recursive: true, force: true });
    }
  }, 20_000);
});
