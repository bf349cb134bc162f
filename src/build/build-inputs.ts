import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";

/** What a generated output was made from: its settings and a digest of every file it read. */
export interface BuildInputs {
  settings: string;
  files: Record<string, string>;
}

async function digest(file: string): Promise<string | null> {
  try {
    return createHash("sha256")
      .update(await readFile(file))
      .digest("base64");
  } catch {
    return null;
  }
}

export async function buildInputs(settings: string, files: Iterable<string>): Promise<BuildInputs> {
  const entries = await Promise.all([...new Set(files)].sort().map(async (file) => [file, (await digest(file)) ?? ""] as const));
  return { settings, files: Object.fromEntries(entries) };
}

/** True when the record exists, has these settings, and every file it names still has its digest. */
export async function inputsUnchanged(recordFile: string, settings: string): Promise<boolean> {
  let record: BuildInputs;
  try {
    record = JSON.parse(await readFile(recordFile, "utf8")) as BuildInputs;
  } catch {
    return false;
  }
  if (record.settings !== settings) return false;
  const files = Object.entries(record.files);
  const now = await Promise.all(files.map(([file]) => digest(file)));
  return files.every(([, before], index) => now[index] === before);
}

export async function recordInputs(recordFile: string, inputs: BuildInputs): Promise<void> {
  await writeFile(recordFile, JSON.stringify(inputs));
}
