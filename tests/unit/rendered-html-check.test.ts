import { describe, expect, it } from "vitest";
import { renderedHtmlProblems } from "../../src/checks/rendered-html";
import { formatProblem } from "../../src/checks/problems";

const check = (html: string, body = html) => renderedHtmlProblems("post.md", html, body).map(formatProblem);

describe("a rendered body that is refused", () => {
  it.each([
    ["a script element", "<p>Hi</p><script>alert(1)</script>", "a <script> element"],
    ["an event handler", '<p><img src="/a.jpg" onerror="alert(1)"></p>', "a onerror= attribute on <img>"],
    ["a javascript: link", '<p><a href="javascript:alert(1)">x</a></p>', 'the address "javascript:alert(1)"'],
    ["a javascript: link with an entity in its scheme", '<p><a href="&#106;avascript:alert(1)">x</a></p>', 'the address "javascript:alert(1)"'],
    ["a data: image", '<p><img src="data:image/svg+xml;base64,PHN2Zz4="></p>', 'the address "data:image/svg+xml;base64,PHN2Zz4="'],
    ["a meta refresh", '<meta http-equiv="refresh" content="0;url=https://example.org/">', "a <meta> element"],
    ["a style element", "<style>body{display:none}</style>", "a <style> element"],
    ["a form", '<form action="https://example.org/"><input name="q"></form>', "a <form> element"],
    ["a style attribute on a plain span", '<span style="position:fixed;inset:0">x</span>', "a style= attribute on <span>"],
    ["a tag the browser finds after a comment Markdown thought went on", "<!-- x --!><img src=x onerror=alert(1)> -->", "a onerror= attribute on <img>"],
    ["a script hidden in a template", "<template><script>alert(1)</script></template>", "a <template> element"],
    ["an unknown class", '<p class="modal-overlay">x</p>', "a class= attribute on <p>"],
  ])("%s", (_, html, what) => {
    const problems = check(html);
    expect(
      problems.some((problem) => problem.includes(`would put ${what} on the page`)),
      problems.join("\n"),
    ).toBe(true);
  });

  it("names the line of the Markdown the element came from", () => {
    expect(check('<p><img src="x" onerror="alert(1)"></p>', "First line.\n\nSecond line with onerror in it.")[0]).toMatch(/^post\.md: body: line 3 of the body would put/);
  });
});

describe("a rendered body that is accepted", () => {
  it.each([
    ["prose", "<p>A <em>short</em> <strong>line</strong> with <code>code</code> and <del>this</del>.</p>"],
    ["a heading with its id", '<h2 id="what-is-kratom">What is kratom</h2>'],
    ["links with safe addresses", '<p><a href="https://www.fda.gov/">a</a> <a href="#ref-1">[1]</a> <a href="/about/">b</a> <a href="tel:988">c</a></p>'],
    ["a table", '<table><thead><tr><th align="left">a</th></tr></thead><tbody><tr><td align="right">b</td></tr></tbody></table>'],
    [
      "footnotes",
      '<p>x<sup id="fnref-1"><a href="#fn-1" class="footnote-ref">1</a></sup></p><div class="footnotes"><hr><ol><li id="fn-1">n<a href="#fnref-1" class="footnote-backref">↩</a></li></ol></div>',
    ],
    ["a task list", '<ul><li><input type="checkbox" checked disabled> done</li></ul>'],
    ["a comment", "<!-- an editor's note --><p>x</p>"],
    [
      "gatsby-remark-images' picture",
      '<span class="gatsby-resp-image-wrapper" style="max-width: 760px"><span class="gatsby-resp-image-background-image" style="background-image: url(\'data:image/jpeg;base64,AAAA\')"></span><picture><source srcset="/static/a/b.avif 190w" sizes="(max-width: 760px) 100vw" type="image/avif"><img class="gatsby-resp-image-image" src="/static/a/b.jpg" alt="x" title="" loading="lazy" decoding="async" style="width:100%"></picture></span>',
    ],
  ])("%s", (_, html) => {
    expect(check(html)).toEqual([]);
  });
});
