import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import { ISLANDS, ISLANDS_PATH, type IslandFiles, type IslandName } from "../islands/islands";

export interface IslandsBundle {
  files: IslandFiles;
  /** Each island's size in bytes, minified (before gzip). */
  bytes: Partial<Record<IslandName, number>>;
}

/** Bundles the named islands into `<publicDir>/islands/<name>-<hash>.js`, replacing what was there. */
export async function bundleIslands(publicDir: string, names: readonly IslandName[]): Promise<IslandsBundle> {
  const outdir = path.join(publicDir, ISLANDS_PATH);
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const result = await build({
    entryPoints: Object.fromEntries(names.map((name) => [name, path.resolve(ISLANDS[name].entry)])),
    outdir,
    entryNames: "[name]-[hash]",
    bundle: true,
    format: "esm",
    minify: true,
    target: "es2020",
    define: { "process.env.NODE_ENV": '"production"' },
    metafile: true,
    logLevel: "silent",
    legalComments: "none",
  });
  const bundle: IslandsBundle = { files: {}, bytes: {} };
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const name = names.find((candidate) => output.entryPoint === ISLANDS[candidate].entry);
    if (name === undefined) continue;
    bundle.files[name] = `${ISLANDS_PATH}${path.basename(file)}`;
    bundle.bytes[name] = output.bytes;
  }
  return bundle;
}
