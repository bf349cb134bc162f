/**
 * Measures what Decap's rich-text editing would do to the live articles: each body goes through
 * the markdown widget's own serializers (Markdown → Slate → Markdown, what rich-text mode does
 * when an entry is opened and saved) and is compared with the original. The widget's source is
 * bundled with esbuild for Node; nothing is downloaded.
 *
 *   npx tsx scripts/rich-text-roundtrip.ts [content/posts]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { readMarkdown } from "../src/content/front-matter";

const WIDGET = path.resolve("node_modules/decap-cms-app/node_modules/decap-cms-widget-markdown");

async function loadRoundTrip(): Promise<(markdown: string) => string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kf-richtext-"));
  const outfile = path.join(dir, "roundtrip.cjs");
  try {
    await build({
      stdin: {
        contents: `
          import { markdownToSlate, slateToMarkdown } from ${JSON.stringify(path.join(WIDGET, "src/serializers/index.js"))};
          import { createEditor, Editor } from "slate";
          export function roundTrip(markdown) {
            const editor = createEditor();
            editor.isInline = (element) => ["link", "image", "break"].includes(element.type);
            editor.isVoid = (element) => ["image", "break"].includes(element.type);
            editor.children = markdownToSlate(markdown, {});
            Editor.normalize(editor, { force: true });
            return slateToMarkdown(editor.children, {});
          }`,
        resolveDir: process.cwd(),
      },
      bundle: true,
      platform: "node",
      format: "cjs",
      outfile,
      logLevel: "error",
      nodePaths: [path.join(WIDGET, "node_modules"), path.resolve("node_modules/decap-cms-app/node_modules"), path.resolve("node_modules")],
      plugins: [{ name: "no-editor-components", setup: (b) => b.onResolve({ filter: /^\.\.\/MarkdownControl$/ }, () => ({ path: path.resolve("scripts/lib/decap-editor-components-stub.js") })) }],
    });
    return (createRequire(__filename)(outfile) as { roundTrip: (markdown: string) => string }).roundTrip;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const folder = process.argv[2] ?? "content/posts";
  const roundTrip = await loadRoundTrip();
  let unchanged = 0;
  let citations = 0;
  let escapedCitations = 0;
  let changedLines = 0;
  const files = readdirSync(folder).filter((name) => name.endsWith(".md"));
  for (const name of files) {
    const { body } = readMarkdown(readFileSync(path.join(folder, name), "utf8"));
    const after = roundTrip(body);
    citations += body.match(/\[@[^\]\n]*\]/g)?.length ?? 0;
    escapedCitations += after.match(/\\\[@[^\]\n]*\]/g)?.length ?? 0;
    const before = body.trim().split("\n");
    const lines = after.trim().split("\n");
    const differing = Math.max(before.length, lines.length) - before.filter((line, index) => line === lines[index]).length;
    changedLines += differing;
    if (differing === 0) unchanged += 1;
  }
  console.log(
    `${files.length} bodies through Decap's rich-text serializers: ${unchanged} unchanged; ${changedLines} lines differ; ${escapedCitations} of ${citations} citations escaped to \\[@key] (unlinked)`,
  );
}

void main();
