import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Root } from "mdast";

/**
 * Hands each body's tree from the build's checks to gatsby-transformer-remark, so a body is
 * parsed once per build (src/content/markdown-dialect.ts is the transformer's own parser, set
 * up the same way). The checks run when a file is sourced and the transformer parses when its
 * HTML is first asked for, minutes later at 10,000 posts; the trees wait on disk rather than in
 * memory (about 85 KB each in memory, 35 KB as JSON). A tree is keyed by its Markdown, so a
 * body that changed, or one the transformer's plugins rewrote first, is parsed afresh.
 */
export interface ParsedBodies {
  keep: (markdown: string, tree: Root) => void;
  /** The tree kept for exactly this Markdown, once: the transformer caches its own result. */
  take: (markdown: string) => Root | undefined;
  /**
   * Ends the build's hand-overs: trees no one took (a body whose HTML came from the cache) are
   * deleted. Returns what this process handed over, e.g. "1000 of 1000 bodies".
   */
  forget: () => string;
}

export function parsedBodies(folder: string): ParsedBodies {
  const handOvers = { kept: 0, taken: 0 };
  const fileFor = (markdown: string) => path.join(folder, `${createHash("sha1").update(markdown).digest("hex")}.json`);
  return {
    keep(markdown, tree) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(fileFor(markdown), JSON.stringify(tree));
      handOvers.kept += 1;
    },
    take(markdown) {
      const file = fileFor(markdown);
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch {
        return undefined;
      }
      rmSync(file, { force: true });
      handOvers.taken += 1;
      return JSON.parse(text) as Root;
    },
    forget() {
      rmSync(folder, { recursive: true, force: true });
      return `${handOvers.taken} of ${handOvers.kept} bodies`;
    },
  };
}

const build = parsedBodies(path.resolve(".cache/caches/kf-parsed-bodies"));
export const { keep: keepParsedBody, take: takeParsedBody, forget: forgetParsedBodies } = build;
