import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { buildInputs, inputsUnchanged, recordInputs } from "../../src/build/build-inputs";

describe("reusing the admin bundle between builds", () => {
  it("is allowed only while the settings and every source file are what they were", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kf-inputs-"));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const [source, style, record] = ["cms.tsx", "site.scss", "record.json"].map((name) => path.join(dir, name)) as [string, string, string];
    await writeFile(source, "export const a = 1;");
    await writeFile(style, "a { color: red }");
    expect(await inputsUnchanged(record, "production")).toBe(false);

    await recordInputs(record, await buildInputs("production", [source, style]));
    expect(await inputsUnchanged(record, "production")).toBe(true);
    expect(await inputsUnchanged(record, "development")).toBe(false);

    await writeFile(style, "a { color: blue }");
    expect(await inputsUnchanged(record, "production")).toBe(false);
  });
});
