import { type ChildProcess, spawn } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export interface DecapServer {
  /** The temporary repository the admin reads and writes: content/ and static/img copied in. */
  repoDir: string;
  stop: () => Promise<void>;
}

/** The port the admin's local_backend points at (src/cms/config.ts). */
const PORT = 8081;

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

/** The real decap-server, bound to loopback, working on a throwaway copy of the site's content. */
export async function startDecapServer(): Promise<DecapServer> {
  const repoDir = await mkdtemp(path.join(os.tmpdir(), "kf-cms-"));
  await cp("content", path.join(repoDir, "content"), { recursive: true });
  await cp("static/img", path.join(repoDir, "static/img"), { recursive: true });
  const child = spawn(process.execPath, [path.resolve("node_modules/decap-server/dist/index.js")], {
    env: { ...process.env, PORT: String(PORT), BIND_HOST: "127.0.0.1", MODE: "fs", GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: "error" },
    stdio: "ignore",
  });
  await waitForServer(`http://127.0.0.1:${PORT}/api/v1`, child);
  return {
    repoDir,
    stop: async () => {
      child.kill();
      await rm(repoDir, { recursive: true, force: true });
    },
  };
}
