import { describe, expect, it } from "vitest";
import { image, link, markLines, wrap } from "../../src/cms/markdown-edits";

const text = "Intro line.\nFirst step\nSecond step\nLast line.";
const select = (from: string, to = from) => ({ value: text, start: text.indexOf(from), end: text.indexOf(to) + to.length });

describe("the body editor's buttons", () => {
  it("make the line with the cursor a heading, and a second press a paragraph again", () => {
    const heading = markLines({ value: text, start: 3, end: 3 }, "## ");
    expect(heading.value).toBe("## Intro line.\nFirst step\nSecond step\nLast line.");
    expect(markLines(heading, "## ").value).toBe(text);
  });

  it("make every selected line a bullet, or a numbered step, replacing the other kind", () => {
    const bullets = markLines(select("First", "Second step"), "- ");
    // With the blank lines that keep the paragraphs around it out of the list.
    expect(bullets.value).toBe("Intro line.\n\n- First step\n- Second step\n\nLast line.");
    expect(markLines(bullets, "1. ").value).toBe("Intro line.\n\n1. First step\n2. Second step\n\nLast line.");
  });

  it("make the selected words bold, or give a placeholder to type over", () => {
    expect(wrap(select("Last line"), "**", "**", "bold text").value).toBe("Intro line.\nFirst step\nSecond step\n**Last line**.");
    const empty = wrap({ value: "a ", start: 2, end: 2 }, "**", "**", "bold text");
    expect(empty).toEqual({ value: "a **bold text**", start: 4, end: 13 });
  });

  it("link the selected words to an address", () => {
    expect(link(select("Intro line"), "https://findtreatment.gov/").value).toBe("[Intro line](https://findtreatment.gov/).\nFirst step\nSecond step\nLast line.");
  });

  it("put an image in a paragraph of its own at the cursor, with its description", () => {
    const at = text.indexOf("\nSecond");
    const placed = image({ value: text, start: at, end: at }, "/img/leaf.jpg", "Dried leaves [close up]");
    expect(placed.value).toBe("Intro line.\nFirst step\n\n![Dried leaves \\[close up\\]](/img/leaf.jpg)\n\nSecond step\nLast line.");
    // The cursor on the blank line after the image, ready for the next paragraph.
    expect(placed.value.slice(0, placed.start)).toMatch(/leaf\.jpg\)\n$/);
    // A blank line already there is not doubled; an address with a space is kept whole.
    expect(image({ value: "A.\n\n", start: 4, end: 4 }, "/img/a b.jpg", "x").value).toBe("A.\n\n![x](</img/a b.jpg>)\n\n");
  });
});
