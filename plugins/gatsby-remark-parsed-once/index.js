// @ts-check
// Plain JavaScript because Gatsby loads a remark sub-plugin with import() at run time, where
// TypeScript is not compiled; tsc still checks it (tsconfig includes plugins/).
"use strict";

/**
 * @typedef {(markdown: string) => import("mdast").Root | undefined} TakeParsedBody
 * @typedef {(doc: string, file: unknown) => unknown} Parse
 */

/**
 * A parser plugin for the transformer's remark: before parsing a body it asks the site for the
 * tree its checks already made of exactly that Markdown (src/build/parsed-bodies.ts) and parses
 * only when there is none.
 *
 * @this {{ Parser: Parse }}
 * @param {{ takeParsedBody: TakeParsedBody }} options
 */
function parseOnce({ takeParsedBody }) {
  const parse = this.Parser;
  /** @type {Parse} */
  const parseUnlessKept = (doc, file) => takeParsedBody(doc) ?? parse(doc, file);
  this.Parser = parseUnlessKept;
}

/** @param {{ takeParsedBody: TakeParsedBody }} options */
exports.setParserPlugins = (options) => [[parseOnce, options]];
