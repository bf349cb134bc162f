import { describe, expect, inject, it } from "vitest";
import { CACHED_POST_BODY_IMAGE } from "../support/fixture-sites";
import { folded } from "../support/html";

/** Checks that depend on another file hold on a cached build as on a clean one (issue 16). */
const { cachedAfterImageDeleted: builds } = inject("sites");

describe("a cached build after an image an unchanged article uses was deleted", () => {
  it("built the article the first time", () => {
    expect(builds.first.code, builds.first.output.slice(-2000)).toBe(0);
  });

  it("reused the cache the second time (Gatsby did not start over)", () => {
    expect(builds.second.output).not.toMatch(/deleting your site's cache/i);
  });

  it("fails, naming the article and the image", () => {
    expect(builds.second.code).not.toBe(0);
    expect(folded(builds.second.output)).toMatch(new RegExp(`2024-11-05-featured-with-body-image\\.md: body: /img/${CACHED_POST_BODY_IMAGE.replace(".", "\\.")} does not exist in `));
  });
});
