import { describe, expect, it } from "vitest";
import { markdownFromPastedHtml } from "../../src/cms/cited-body";

describe("text pasted from Word or a web page into the body", () => {
  it("keeps its headings, bullets, numbered steps, bold and links as Markdown", () => {
    const html = [
      "<html><head><style>p.MsoNormal{margin:0}</style></head><body><!--StartFragment-->",
      "<h2>What to do</h2>",
      "<p>Call <b>911</b> first, then read <a href='https://www.samhsa.gov/find-help/helplines'>SAMHSA's helplines</a>.</p>",
      "<ul><li>Stay with the person.</li><li>Give naloxone if you have it.</li></ul>",
      "<ol><li>Check breathing.</li><li>Turn them on their side.</li></ol>",
      "<!--EndFragment--></body></html>",
    ].join("");
    expect(markdownFromPastedHtml(html)).toBe(
      [
        "## What to do",
        "",
        "Call **911** first, then read [SAMHSA's helplines](https://www.samhsa.gov/find-help/helplines).",
        "",
        "-   Stay with the person.",
        "-   Give naloxone if you have it.",
        "",
        "1.  Check breathing.",
        "2.  Turn them on their side.",
      ].join("\n"),
    );
  });

  it("keeps the words of markup it has no Markdown for, and never the markup itself", () => {
    expect(markdownFromPastedHtml('<p>Before <span style="color:red" onclick="alert(1)">coloured</span> after</p><script>alert(1)</script>')).toBe("Before coloured after");
  });
});
