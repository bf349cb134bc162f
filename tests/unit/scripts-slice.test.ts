import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { type DefaultTreeAdapterMap, defaultTreeAdapter, parse } from "parse5";
import { describe, expect, it } from "vitest";
import { constantScriptsSlice, withConstantScripts } from "../../src/build/scripts-slice";
import { readerPolicy } from "../../src/build/headers";
import { cspDirective } from "../support/netlify-headers";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** Captured from a real `gatsby build` of the fixture site: the scripts slice, and /blog/ as Gatsby wrote it before the rewrite. */
const slice = readFileSync("tests/fixtures/gatsby-output/_gatsby-scripts-1.html", "utf8");
const page = readFileSync("tests/fixtures/gatsby-output/blog-index.html", "utf8");

function scripts(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Node): void => {
    if (defaultTreeAdapter.isElementNode(node) && node.tagName === "script") found.push(node);
    if ("childNodes" in node) node.childNodes.forEach(walk);
  };
  walk(parse(html));
  return found;
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;
const text = (element: Element) => element.childNodes.map((child) => (defaultTreeAdapter.isTextNode(child) ? child.value : "")).join("");

/** Inline scripts a browser would run, as CSP hashes; JSON data blocks never run. */
function inlineScriptHashes(html: string): string[] {
  return scripts(html)
    .filter((script) => attribute(script, "src") === undefined && attribute(script, "type") !== "application/json")
    .map((script) => `'sha256-${createHash("sha256").update(text(script)).digest("base64")}'`);
}

const allowedScripts = cspDirective(readerPolicy(), "script-src");
const rewritten = withConstantScripts("blog/index.html", page, slice, constantScriptsSlice(slice))!;

describe("the one rewrite of Gatsby's output: its scripts slice", () => {
  it("is needed: as Gatsby writes it, the page runs inline scripts the CSP does not allow", () => {
    expect(inlineScriptHashes(page).filter((hash) => !allowedScripts.includes(hash)).length).toBeGreaterThan(0);
  });

  it("leaves the page only inline scripts whose hashes the reader policy allows", () => {
    expect(inlineScriptHashes(rewritten).filter((hash) => !allowedScripts.includes(hash))).toEqual([]);
  });

  it("keeps every value Gatsby's scripts set, in data blocks the constant script reads", () => {
    const values = Object.assign(
      {},
      ...scripts(rewritten)
        .filter((script) => attribute(script, "type") === "application/json")
        .map((script) => JSON.parse(text(script)) as object),
    );
    const original = scripts(slice.includes("<html") ? slice : `<body>${slice}</body>`).filter((script) => attribute(script, "src") === undefined);
    expect(original.length).toBe(2);
    const chunkMapping = /window\.___chunkMapping=(".*");/.exec(text(original[0]!))![1]!;
    expect(values.___chunkMapping).toBe(JSON.parse(chunkMapping));
    expect(values.___webpackCompilationHash).toBe(/"(\w+)"/.exec(text(original[1]!))![1]);
    expect(typeof values.pagePath).toBe("string");
  });

  it("keeps the app's script files, in order", () => {
    const sources = (html: string) => scripts(html).flatMap((script) => attribute(script, "src") ?? []);
    expect(sources(rewritten)).toEqual(sources(page));
    expect(sources(rewritten).length).toBe(3);
  });

  it("refuses a slice whose inline script does more than set window values", () => {
    expect(() => constantScriptsSlice('<script>window.___chunkMapping="{}";fetch("/x");</script><script src="/app.js"></script>')).toThrow(/changed shape/);
  });

  it("refuses a page that carries Gatsby's scripts in a form it does not know", () => {
    expect(() => withConstantScripts("x.html", page.replace(slice, slice.replace("async", "defer")), slice, "")).toThrow(/x\.html carries Gatsby's scripts/);
  });
});
