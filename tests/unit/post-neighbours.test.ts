import { describe, expect, it } from "vitest";
import { postNeighbours } from "../../src/build/post-neighbours";

const posts = [
  { id: "legal", date: "2026-11-20", tags: ["law", "7-oh", "kratom"] },
  { id: "risks", date: "2026-11-18", tags: ["kratom", "7-oh", "safety", "withdrawal"] },
  { id: "stopping", date: "2026-11-21", tags: ["withdrawal", "treatment", "anxiety", "7-oh"] },
  { id: "basics", date: "2026-11-10", tags: ["kratom", "products"] },
  { id: "label", date: "2026-11-22", tags: ["products", "safety", "kratom"] },
  { id: "unrelated", date: "2026-11-01", tags: ["other"] },
];
const neighbours = postNeighbours(posts);

describe("previous and next articles", () => {
  it("link each article to the next older and the next newer one", () => {
    expect(neighbours.get("legal")).toMatchObject({ older: "risks", newer: "stopping" });
    expect(neighbours.get("label")).toMatchObject({ newer: null, older: "stopping" });
    expect(neighbours.get("unrelated")).toMatchObject({ older: null, newer: "basics" });
  });
});

describe("related articles", () => {
  it("are the three sharing the most tags, newest first among equals", () => {
    // risks shares 2 with legal (kratom, 7-oh), 2 with stopping, 2 with label; label is newest.
    expect(neighbours.get("risks")!.related).toEqual(["label", "stopping", "legal"]);
  });

  it("never include the article itself or one with no tag in common", () => {
    for (const [id, { related }] of neighbours) {
      expect(related).not.toContain(id);
      expect(related).not.toContain("unrelated");
    }
    expect(neighbours.get("unrelated")!.related).toEqual([]);
  });
});
