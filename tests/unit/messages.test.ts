import { describe, expect, it } from "vitest";
import { safetySettingsSchema } from "../../src/content/model";

const helpLine = safetySettingsSchema.shape.helpLines.element;
const line = { name: "988 Suicide & Crisis Lifeline", number: "988", description: "Call or text." };

describe("messages an editor can act on", () => {
  it("says to quote a dial number YAML read as a number", () => {
    const result = helpLine.safeParse({ ...line, dial: 988 });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['988 (number) was read as a number; put it in quotes ("988") so it stays the digits to dial']);
  });

  it("accepts the same number quoted", () => {
    expect(helpLine.safeParse({ ...line, dial: "988" }).success).toBe(true);
  });
});
