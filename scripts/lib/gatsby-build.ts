import { spawn } from "node:child_process";
import { cp, mkdtemp, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export interface BuildResult {
  code: number;
  output: string;
  wallMs: number;
}

export interface BuildOptions {
  contentDir: string;
  env?: Record<string, string>;
  /** The project folder Gatsby runs in (its .cache/ and public/ are written there); the working tree by default. */
  projectDir?: string;
  /** Called with the build's process id once it starts (the benchmark samples its memory). */
  onStart?: (pid: number) => void;
  echo?: boolean;
  /** Another site's own Gatsby (the starter the benchmark compares with); this project's by default. */
  gatsbyCli?: string;
}

const ownGatsbyCli = path.resolve("node_modules/gatsby/cli.js");

/** Runs the real `gatsby build` over a content folder and collects everything it prints. */
export function runGatsbyBuild({ contentDir, env = {}, projectDir = process.cwd(), onStart, echo = false, gatsbyCli = ownGatsbyCli }: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [gatsbyCli, "build"], {
      cwd: projectDir,
      env: { ...process.env, CONTENT_DIR: contentDir, GATSBY_TELEMETRY_DISABLED: "1", CI: "true", NO_COLOR: "1", FORCE_COLOR: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (child.pid !== undefined) onStart?.(child.pid);
    const chunks: string[] = [];
    const collect = (chunk: Buffer) => {
      chunks.push(chunk.toString());
      if (echo) process.stdout.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output: chunks.join(""), wallMs: performance.now() - started }));
  });
}

/** What a copy of the project leaves out: build output, caches, dependencies (linked instead) and git. */
const NOT_COPIED = new Set(["node_modules", ".cache", "public", ".test-output", ".bench", ".scratch", ".git"]);

/**
 * A copy of the project in a temporary folder, sharing node_modules through a link, for builds
 * that must not touch the working tree's .cache/ and public/ (the tests: a fixture site left in
 * public/ would break `npm start` beside it). Folders keep their relative places, so a build's
 * messages name files exactly as a build in the working tree does.
 */
export async function scratchProject(source = process.cwd()): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kf-project-"));
  await cp(source, dir, { recursive: true, filter: (file) => !NOT_COPIED.has(path.relative(source, file).split(path.sep)[0]!) });
  await symlink(path.join(source, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}
