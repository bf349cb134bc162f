import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { islandScripts } from "../../src/islands/islands";
import { islandsForBuild } from "../../src/build/pre-build";
import { isGatsbyRuntime } from "../../src/ssr/gatsby-runtime";
import { tagsFromMeta } from "../../src/search/pagefind";

const files = { "search-page": "/islands/search-page-B.js", "identity-link": "/islands/identity-link-C.js" };

describe("which islands a reader page loads", () => {
  it("gives the search page its search and the home page the invitation forwarder, and an article none", () => {
    expect(islandScripts("/blog/stopping-kratom-or-7-oh/", files)).toEqual([]);
    expect(islandScripts("/search/", files)).toEqual(["/islands/search-page-B.js"]);
    expect(islandScripts("/", files)).toEqual(["/islands/identity-link-C.js"]);
  });

  it("names only islands the build bundled: no invitation forwarder unless the admin logs in with Netlify Identity", () => {
    expect(islandsForBuild(true)).toContain("identity-link");
    expect(islandsForBuild(false)).not.toContain("identity-link");
    expect(islandScripts("/", { "search-page": files["search-page"] })).toEqual([]);
  });
});

describe("Gatsby's runtime, as static-entry.js adds it to a page", () => {
  // Elements shaped like those gatsby/cache-dir/static-entry.js creates.
  const sliceRenderer = () => null;
  const runtime = [
    createElement("script", { key: "script-loader", id: "gatsby-script-loader", dangerouslySetInnerHTML: { __html: 'window.pagePath="/"' } }),
    createElement("script", { key: "chunk-mapping", id: "gatsby-chunk-mapping", dangerouslySetInnerHTML: { __html: "window.___chunkMapping={}" } }),
    createElement(sliceRenderer, { key: "scripts", sliceId: "_gatsby-scripts" }),
    createElement("script", { key: "app", src: "/app-123.js", async: true }),
    createElement("link", { key: "app-preload", as: "script", rel: "preload", href: "/app-123.js" }),
    createElement("link", { key: "data", as: "fetch", rel: "preload", href: "/page-data/index/page-data.json" }),
  ];
  const kept = [
    createElement("script", { key: "theme", dangerouslySetInnerHTML: { __html: "theme" } }),
    createElement("script", { key: "island", type: "module", src: "/islands/search-page-B.js" }),
    createElement("script", { key: "ld", type: "application/ld+json", dangerouslySetInnerHTML: { __html: "{}" } }),
    createElement("link", { key: "canonical", rel: "canonical", href: "https://example.org/" }),
    createElement("link", { key: "feed", rel: "alternate", type: "application/rss+xml", href: "/rss.xml" }),
    "text",
  ];

  it("is recognised in every form, so production pages are left with none of it", () => {
    expect(runtime.filter((node) => !isGatsbyRuntime(node))).toEqual([]);
  });

  it("leaves the theme script, the islands, structured data and head links alone", () => {
    expect(kept.filter((node) => isGatsbyRuntime(node))).toEqual([]);
  });
});

describe("a search result's topics, from the index", () => {
  it("links each topic to its page", () => {
    expect(tagsFromMeta('[["Withdrawal","/tags/withdrawal/"],["7-OH","/tags/7-oh/"]]')).toEqual([
      { name: "Withdrawal", path: "/tags/withdrawal/" },
      { name: "7-OH", path: "/tags/7-oh/" },
    ]);
  });

  it("shows no topic it cannot trust: missing, garbled, or pointing anywhere but a topic page", () => {
    expect(tagsFromMeta(undefined)).toEqual([]);
    expect(tagsFromMeta("not json")).toEqual([]);
    expect(tagsFromMeta('{"a":1}')).toEqual([]);
    expect(tagsFromMeta('[["x","javascript:alert(1)"],["y","//evil.example/tags/"],["z",3]]')).toEqual([]);
  });
});
