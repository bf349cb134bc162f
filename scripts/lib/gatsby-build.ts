import { spawn } from "node:child_process";
import path from "node:path";

export interface BuildResult {
  code: number;
  output: string;
  wallMs: number;
}

export interface BuildOptions {
  contentDir: string;
  env?: Record<string, string>;
  /** Called with the build's process id once it starts (the benchmark samples its memory). */
  onStart?: (pid: number) => void;
  echo?: boolean;
}

const gatsbyCli = path.resolve("node_modules/gatsby/cli.js");

/** Runs the real `gatsby build` over a content folder and collects everything it prints. */
export function runGatsbyBuild({ contentDir, env = {}, onStart, echo = false }: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [gatsbyCli, "build"], {
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
