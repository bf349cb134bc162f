// @ts-check
// Plain JavaScript because Gatsby loads a remark sub-plugin with import() at run time, where
// TypeScript is not compiled; tsc still checks it (tsconfig includes plugins/).
"use strict";

/**
 * gatsby-remark-images, unchanged, except that it asks gatsby-plugin-sharp about an image once
 * per file, size and format rather than once per occurrence. For every image in a body it calls
 * `fluid` (a sharp decode of the file's header, the placeholder from the cache, the resize jobs)
 * three times, once per format; the answer depends only on the file and the arguments, so 3,000
 * occurrences of 9 files asked 9,000 times for 27 answers. gatsby-remark-images reads `fluid`
 * from gatsby-plugin-sharp when it is first loaded, so the memo goes in before it is loaded, here.
 */
const sharpPlugin = require("gatsby-plugin-sharp");

const askSharp = sharpPlugin.fluid;
/** @type {Map<string, ReturnType<typeof askSharp>>} */
const answers = new Map();

sharpPlugin.fluid = (request) => {
  // The digest is the file's: an image replaced under the same name (npm start) is a new answer.
  const key = `${request.file.id}\u0000${request.file.internal.contentDigest}\u0000${JSON.stringify(request.args ?? {})}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = askSharp(request);
    answers.set(key, answer);
    // A failed answer is not kept: the next occurrence asks again and reports its own error.
    answer.then(
      (result) => result ?? answers.delete(key),
      () => answers.delete(key),
    );
  }
  return answer;
};

module.exports = require("gatsby-remark-images");
