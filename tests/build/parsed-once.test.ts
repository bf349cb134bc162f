import { describe, expect, inject, it } from "vitest";

const { siteLog } = inject("sites");

describe("each Markdown body parsed once per build", () => {
  it("hands the tree every published body's checks made to the renderer, which parses none again", () => {
    const published = siteLog.match(/(\d+) posts, (\d+) pages, \d+ tags published/);
    const handedOver = siteLog.match(/Markdown bodies parsed once, for checks and HTML - [\d.]+s - (\d+) of (\d+) bodies/);
    expect(published, "the build's count of published files").not.toBeNull();
    expect(handedOver, "the build's count of trees handed over").not.toBeNull();
    const [, taken, kept] = handedOver!.map(Number);
    expect(kept).toBe(Number(published![1]) + Number(published![2]));
    expect(taken).toBe(kept);
  });
});
