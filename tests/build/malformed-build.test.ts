import { describe, expect, inject, it } from "vitest";
import { expectedProblems } from "../fixtures/malformed/expected";
import { folded } from "../support/html";

const { malformed } = inject("sites");
const output = folded(malformed.output);

describe("a build over malformed posts", () => {
  it("fails", () => {
    expect(malformed.code).not.toBe(0);
  });

  it.each(Object.entries(expectedProblems))("names %s with the field and what is wrong", (name, lines) => {
    for (const line of lines) {
      expect(output).toContain(folded(`tests/fixtures/malformed/posts/${name}: ${line}`));
    }
  });

  it("reports every bad file at once and says nothing was built", () => {
    expect(output).toContain(`${Object.keys(expectedProblems).length} files failed validation; nothing was built.`);
  });

  it("does not blame the valid post", () => {
    expect(output).not.toContain("2024-08-01-a-valid-post.md");
  });
});
