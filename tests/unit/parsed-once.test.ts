import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import type { Root } from "mdast";
import { describe, expect, it } from "vitest";
import { parsedBodies } from "../../src/build/parsed-bodies";
import { readMarkdown } from "../../src/content/front-matter";
import { parseBody } from "../../src/content/markdown-dialect";

const require = createRequire(import.meta.url);
const transformerDir = path.dirname(require.resolve("gatsby-transformer-remark/package.json"));
// The transformer's own packages, set up as its extend-node-type.js sets them up.
const fromTransformer = (name: string) => require(require.resolve(name, { paths: [transformerDir] }));
const parseOncePlugin = require("../../plugins/gatsby-remark-parsed-once") as { setParserPlugins: (options: unknown) => Array<[unknown, unknown]> };

function transformerRemark(take?: (markdown: string) => Root | undefined) {
  let remark = new (fromTransformer("remark"))().data("settings", {}).use(fromTransformer("remark-gfm")).use(fromTransformer("remark-footnotes"), { inlineNotes: true });
  if (take) for (const [plugin, options] of parseOncePlugin.setParserPlugins({ takeParsedBody: take })) remark = remark.use(plugin, options);
  return remark as { parse: (markdown: string) => Root };
}

async function liveBodies(): Promise<string[]> {
  const files = (await readdir("content/posts")).filter((name) => name.endsWith(".md"));
  return Promise.all(files.map(async (name) => readMarkdown(await readFile(path.join("content/posts", name), "utf8")).body));
}

describe("a body parsed once per build", () => {
  it("gives the transformer the tree the checks parsed, the same tree it would have made, once", async () => {
    const bodies = parsedBodies(await mkdtemp(path.join(os.tmpdir(), "kf-parsed-")));
    const own = transformerRemark();
    const handedOver = transformerRemark(bodies.take);
    const live = await liveBodies();
    expect(live.length).toBeGreaterThan(5);
    for (const body of live) {
      const checked = parseBody(body);
      bodies.keep(body, checked);
      const taken = handedOver.parse(body);
      // Not the checks' object (the transformer's plugins rewrite what they get), but equal to it and to the transformer's own parse.
      expect(taken).not.toBe(checked);
      expect(taken).toEqual(JSON.parse(JSON.stringify(own.parse(body))));
    }
    expect(bodies.forget()).toBe(`${live.length} of ${live.length} bodies`);
  });

  it("parses a body itself when none was kept for exactly that Markdown, and after the one kept was taken", async () => {
    const bodies = parsedBodies(await mkdtemp(path.join(os.tmpdir(), "kf-parsed-")));
    const handedOver = transformerRemark(bodies.take);
    const body = "## Kept\n\nA paragraph [@nida-2024].\n";
    bodies.keep(body, parseBody(body));
    expect(handedOver.parse(`${body}\nEdited since.\n`).children).toHaveLength(3);
    handedOver.parse(body);
    expect(handedOver.parse(body)).toEqual(JSON.parse(JSON.stringify(transformerRemark().parse(body))));
    expect(bodies.forget()).toBe("1 of 1 bodies");
  });
});
