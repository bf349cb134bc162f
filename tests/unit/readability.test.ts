import { describe, expect, it } from "vitest";
import { bodyReadability, proseOf, readabilityOf } from "../../src/content/readability";

describe("reading grade", () => {
  it("rates short sentences of short words as easy and long ones full of jargon as hard", () => {
    const easy = readabilityOf("Call 911. Give naloxone now. Stay with them. Help is on the way.");
    const hard = readabilityOf(
      "Pharmacokinetic interactions attributable to cytochrome P450 inhibition by mitragynine may substantially increase systemic exposure to concomitantly administered substrates, particularly benzodiazepines metabolized predominantly through hepatic oxidation.",
    );
    expect(easy.grade).toBeLessThan(3);
    expect(hard.grade).toBeGreaterThan(18);
  });

  it("reads a body's paragraphs and list items, not its headings, citation numbers or link addresses", () => {
    const body = "## A heading without a full stop\n\nKratom is a tree [[1]](#ref-1).\n\n- It grows in Asia.\n- See [the agency](https://www.fda.gov/) page.\n";
    expect(proseOf(body)).toBe("Kratom is a tree .\n\nIt grows in Asia.\n\nSee the agency page.");
    expect(bodyReadability(body).sentences).toBe(3);
  });

  it("counts words, not figures", () => {
    expect(readabilityOf("In 2016 there were 152 deaths.").words).toBe(4);
  });
});
