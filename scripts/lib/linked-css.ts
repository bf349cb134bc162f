import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { load } from "cheerio";
import { builtReaderPages } from "../../tests/support/html";

/** A copy of a built site whose pages link Gatsby's stylesheet instead of inlining it. */
export async function withExternalCss(siteDir: string): Promise<string> {
  const copy = await mkdtemp(path.join(os.tmpdir(), "kf-external-css-"));
  await cp(siteDir, copy, { recursive: true });
  for (const file of builtReaderPages(copy)) {
    const $ = load(await readFile(path.join(copy, file), "utf8"));
    const style = $('style[data-identity="gatsby-global-css"]');
    if (style.length !== 1) throw new Error(`${file}: expected one inlined stylesheet, found ${style.length}`);
    style.replaceWith(`<link rel="stylesheet" href="${style.attr("data-href")}">`);
    await writeFile(path.join(copy, file), $.html());
  }
  return copy;
}
