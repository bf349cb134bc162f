import { describe, expect, inject, it } from "vitest";

describe("the test run's builds", () => {
  it("leave the working tree's public/ and .cache as they were, so `npm start` beside them still works", () => {
    const { before, after } = inject("sites").workingTreeOutput;
    expect(after).toBe(before);
  });
});
