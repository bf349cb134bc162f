import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DIALECT_PACKAGES } from "../../src/content/markdown-dialect";

const require = createRequire(import.meta.url);
const transformerDir = path.dirname(require.resolve("gatsby-transformer-remark/package.json"));

describe("the Markdown dialect the checks read", () => {
  it.each(DIALECT_PACKAGES)("uses the very %s module gatsby-transformer-remark renders with", (name) => {
    expect(require.resolve(name)).toBe(require.resolve(name, { paths: [transformerDir] }));
  });
});
