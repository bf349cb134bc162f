import { execFile, spawn } from "node:child_process";
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
});
