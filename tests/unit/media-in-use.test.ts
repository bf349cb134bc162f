import { describe, expect, it } from "vitest";
import { filesUsingMedia, mediaInUseMessage, mediaNamesIn } from "../../src/cms/media-in-use";

describe("which content shows a media file", () => {
  it("reads the image addresses of front matter, Markdown images and links, decoded", () => {
    const text = ["featuredimage: /img/kratom-leaves.jpg", "", "![A chart](/img/evidence%20chart.jpg) and [the label](/img/label.png).", 'image: "/img/sub/x.webp"'].join("\n");
    expect([...mediaNamesIn(text)].sort()).toEqual(["evidence chart.jpg", "kratom-leaves.jpg", "label.png", "sub/x.webp"]);
  });

  it("names every entry that shows the file, and none that only shows a file with a longer name", () => {
    const files = [
      { path: "content/posts/a.md", data: "featuredimage: /img/leaves.jpg\n" },
      { path: "content/posts/b.md", data: "---\n---\nSee ![leaves](/img/leaves.jpg)." },
      { path: "content/posts/c.md", data: "featuredimage: /img/leaves.jpg.bak\n" },
      { path: "content/pages/about.md", data: "No images." },
    ];
    expect(filesUsingMedia("static/img/leaves.jpg", files)).toEqual(["content/posts/a.md", "content/posts/b.md"]);
    expect(filesUsingMedia("static/img/unused.jpg", files)).toEqual([]);
  });

  it("says what uses the file and that nothing was deleted", () => {
    expect(mediaInUseMessage("static/img/leaves.jpg", ["content/posts/a.md"])).toBe("leaves.jpg is shown by content/posts/a.md; take it out of that entry first (nothing was deleted)");
  });
});
