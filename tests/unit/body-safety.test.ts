import { describe, expect, it } from "vitest";
import { checkBodySafety } from "../../src/checks/body";
import { bodyReferences } from "../../src/content/body-references";
import { formatProblem } from "../../src/checks/problems";

/**
 * One test per way a Markdown body could carry script or markup onto a page. Bodies are not
 * sanitized but refused (src/checks/body.ts), so each vector must yield a problem naming
 * its line; Markdown that only shows such text as text must yield none.
 */
function bodyProblems(markdown: string): string[] {
  const found = bodyReferences(markdown);
  return checkBodySafety("post.md", found.rawHtml, found.unsafeUrls).map(formatProblem);
}

const RAW_HTML = "raw HTML is not allowed";
const BAD_ADDRESS = "is not allowed (use https:, http:, mailto:, tel: or a relative link)";

describe("a body vector that is refused", () => {
  it.each([
    ["a <script> block", '<script>alert("x")</script>', RAW_HTML],
    ["a <script> inside a paragraph", 'Text <script>alert("x")</script> more text.', RAW_HTML],
    ["an on*= handler on an image", '<img src="x" onerror="alert(1)">', RAW_HTML],
    ["an on*= handler on SVG", '<svg onload="alert(1)"></svg>', RAW_HTML],
    ["an <iframe>", '<iframe src="https://example.org/"></iframe>', RAW_HTML],
    ["a <style> block", "<style>body { display: none }</style>", RAW_HTML],
    ["a <style> attribute", 'A <span style="position:fixed;inset:0">cover</span>.', RAW_HTML],
    ["an <object>", '<object data="https://example.org/x.swf"></object>', RAW_HTML],
    ["a <form>", '<form action="https://example.org/"><input name="q"></form>', RAW_HTML],
    ["a <meta> refresh", '<meta http-equiv="refresh" content="0;url=https://example.org/">', RAW_HTML],
    ["a javascript: link", "[click](javascript:alert(1))", BAD_ADDRESS],
    ["a javascript: link in mixed case", "[click](JaVaScRiPt:alert(1))", BAD_ADDRESS],
    ["a javascript: link with a tab in the scheme", "[click](<java\tscript:alert(1)>)", BAD_ADDRESS],
    ["a javascript: link behind an entity", "[click](&#106;avascript:alert(1))", BAD_ADDRESS],
    ["a javascript: autolink", "<javascript:alert(1)>", BAD_ADDRESS],
    ["a javascript: reference definition", "[x]: javascript:alert(1)", BAD_ADDRESS],
    ["a vbscript: link", "[click](vbscript:msgbox(1))", BAD_ADDRESS],
    ["a data: link", "[click](data:text/html;base64,PHNjcmlwdD4=)", BAD_ADDRESS],
    ["a data: image", "![x](data:image/svg+xml;base64,PHN2Zz4=)", BAD_ADDRESS],
    // Read in the renderer's dialect (footnotes, tables), not plain CommonMark's.
    ["a javascript: link inside a footnote", "See this.[^1]\n\n[^1]: [x](javascript:alert(1))", BAD_ADDRESS],
    ["a data: image inside a footnote", "See this.[^1]\n\n[^1]: ![x](data:image/svg+xml;base64,PHN2Zz4=)", BAD_ADDRESS],
    ["a javascript: link in a table cell split at a backtick", "| a | b |\n| - | - |\n| `x | [y](javascript:alert(1))` |", BAD_ADDRESS],
    ["raw HTML inside a footnote", "See this.[^1]\n\n[^1]: <img src=x onerror=alert(1)>", RAW_HTML],
    ["a tag after a comment on one line", "<!-- note --><img src=x onerror=alert(1)>", RAW_HTML],
    ["a comment the browser ends early (--!>)", "<!-- note --!><img src=x onerror=alert(1)> -->", RAW_HTML],
    ["a tag inside text that looks like a comment", "Text <!-- a -- <img src=x onerror=alert(1)> -->", RAW_HTML],
  ])("%s", (_, markdown, message) => {
    const problems = bodyProblems(`A first paragraph.\n\n${markdown}\n`);
    expect(problems.length).toBeGreaterThan(0);
    // The vector sits on the body's last line: the message must point there.
    const line = 3 + markdown.split("\n").length - 1;
    for (const problem of problems) expect(problem).toMatch(new RegExp(`^post\\.md: body: line ${line} of the body: .*${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  });
});

describe("Markdown that shows such text as text", () => {
  it.each([
    ["a code span", 'Write `<script>alert("x")</script>` to see it.'],
    ["a fenced code block", '```html\n<script>alert("x")</script>\n<img src="x" onerror="alert(1)">\n```'],
    ["an indented code block", '    <iframe src="https://example.org/"></iframe>'],
    ["HTML entities", "An escaped &lt;script&gt;alert(1)&lt;/script&gt; is text."],
    ["backslash escapes", "An escaped \\<script> is text."],
    ["an HTML comment", "<!-- an editor's note -->"],
    ["the safe schemes and a relative link", "[a](https://example.org/) [b](http://example.org/) [c](mailto:x@example.org) [d](tel:988) [e](/about/) [f](#ref-1)"],
    ["javascript: as plain words", "A sentence that mentions javascript: and data: in passing."],
  ])("%s is accepted", (_, markdown) => {
    expect(bodyProblems(`A first paragraph.\n\n${markdown}\n`)).toEqual([]);
  });
});
