import { describe, expect, it } from "vitest";
import { postSchema } from "../../src/content/model";
import { mixedScriptDomainLabel } from "../../src/content/look-alike-domain";

const referenceUrl = postSchema.shape.references.element.shape.url;

describe("a reference address on a look-alike domain", () => {
  it("is refused when a part of the domain mixes Latin and Cyrillic letters (fdа.gov with a Cyrillic а)", () => {
    expect(mixedScriptDomainLabel("https://www.fd\u0430.gov/food")).toEqual({ label: "fd\u0430", scripts: ["Latin", "Cyrillic"] });
    const result = referenceUrl.safeParse("https://www.fd\u0430.gov/food");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/mixes Latin and Cyrillic letters in "fd\u0430"/);
  });

  it("is refused when Greek letters stand in for Latin ones", () => {
    expect(mixedScriptDomainLabel("https://\u03bfdc.gov/")?.scripts).toEqual(["Greek", "Latin"]);
  });

  it("is accepted for ordinary and single-script domains", () => {
    for (const address of ["https://www.fda.gov/food", "https://pubmed.ncbi.nlm.nih.gov/123/", "https://пример.рф/", "https://例え.テスト/"]) {
      expect(mixedScriptDomainLabel(address), address).toBeNull();
    }
    expect(referenceUrl.safeParse("https://www.fda.gov/food").success).toBe(true);
  });
});
