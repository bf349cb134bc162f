import { describe, expect, it } from "vitest";
import { britishSpellings } from "../support/us-spelling";

describe("the US spelling check", () => {
  it("finds the British spellings a reviewer found on the site", () => {
    expect(britishSpellings("Poison centres give counselling on diarrhoea; a grey, rust-coloured stylised leaf.").sort()).toEqual(
      ["centres", "counselling", "diarrhoea", "grey", "rust-coloured".split("-")[1]!, "stylised"].sort(),
    );
  });

  it("passes US spellings, names and chemistry it has no opinion on", () => {
    expect(britishSpellings("Poison centers offer counseling on diarrhea; a gray, rust-colored stylized leaf. Vicknasingam measured mitragynine and 7-OH.")).toEqual([]);
  });
});
