import { existsSync, readdirSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { expectedProblems } from "../fixtures/malformed/expected";
import { folded } from "../support/html";
import { MALFORMED_LAW_DIR } from "../support/fixture-sites";

/** The real build over every malformed post (committed and generated) and one valid post. */
const { malformed } = inject("sites");
const output = folded(malformed.output);
const VALID_POST = "2024-08-01-a-valid-post.md";

const postsIn = readdirSync(malformed.postsDir).filter((name) => name.endsWith(".md"));
const escaped = malformed.postsDir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const namedFiles = new Set([...output.matchAll(new RegExp(`${escaped}/([^\\s/:]+\\.md): `, "g"))].map((match) => match[1]));

describe("a build over malformed posts", () => {
  it("fails", () => {
    expect(malformed.code).not.toBe(0);
  });

  it.each(Object.entries(expectedProblems))("names %s with the field and what is wrong", (name, lines) => {
    for (const line of lines) {
      expect(output).toContain(folded(`${malformed.postsDir}/${name}: ${line}`));
    }
  });

  it("names every bad file and no other", () => {
    expect([...namedFiles].sort()).toEqual(Object.keys(expectedProblems).sort());
  });

  it("drops no file silently: posts in = files named + the valid post, and it says nothing was built", () => {
    expect(postsIn.length).toBe(namedFiles.size + 1);
    // The three legal tracker files below are counted with the posts.
    expect(output).toContain(`${namedFiles.size + 3} files failed validation; nothing was built.`);
  });

  it("names the jurisdiction whose file is missing, and each broken record's field", () => {
    const law = `.test-output/${MALFORMED_LAW_DIR}`;
    expect(output).toContain(folded(`${law}/wyoming.yml: file: is missing: the legal tracker covers Wyoming (every state, DC and federal law)`));
    expect(output).toContain(folded(`${law}/ohio.yml: leaf: "legal" is not one of "banned", "regulated", "no-state-law-found", "unconfirmed", "not-scheduled"`));
    expect(output).toContain(folded(`${law}/alabama.yml: effective: is missing: a ban or a limit needs the date it took effect`));
  });

  it("runs nothing from front-matter written in JavaScript", () => {
    expect(existsSync("js-front-matter-ran.txt")).toBe(false);
  });

  it("does not blame the valid post", () => {
    expect(output).not.toContain(VALID_POST);
  });

  it("reports problems, not a crash", () => {
    expect(output).not.toMatch(/URIError|TypeError|RangeError|Error processing Markdown/);
  });
});
