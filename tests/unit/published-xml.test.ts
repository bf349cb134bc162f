import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPublishedXml } from "../../src/checks/published-xml";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "kf-xml-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the published XML read back after a build", () => {
  it("passes a well-formed feed", async () => {
    await writeFile(path.join(dir, "rss.xml"), '<?xml version="1.0"?><rss version="2.0"><channel><title>Kratom Facts</title></channel></rss>');
    await expect(checkPublishedXml(dir)).resolves.toBe("rss.xml");
  });

  it("fails on a control character, naming the file, the character and the line", async () => {
    await writeFile(path.join(dir, "rss.xml"), '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<title>A title with \u001b in it</title></channel></rss>');
    await expect(checkPublishedXml(dir)).rejects.toThrow("rss.xml has the control character U+001B on line 3");
  });

  it("fails on a file that is not well-formed", async () => {
    await writeFile(path.join(dir, "rss.xml"), '<?xml version="1.0"?><rss><channel></rss>');
    await expect(checkPublishedXml(dir)).rejects.toThrow(/rss.xml is not well-formed XML/);
  });
});
