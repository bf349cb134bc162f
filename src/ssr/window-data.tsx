import { type ReactElement, type ReactNode, isValidElement } from "react";
import { scriptSafeJson } from "./script-safe-json";

/**
 * Gatsby writes inline scripts into every page that set window globals: `window.pagePath=…`
 * (different on each page), `window.___chunkMapping=…` and `window.___webpackCompilationHash=…`
 * (different after each build). A Content-Security-Policy could only allow them with a hash per
 * page and per build. Their values move into JSON data blocks, which browsers never run, read
 * back by one script whose text never changes: one hash in netlify.toml covers every page.
 */

/** The ids Gatsby gives its inline scripts (gatsby/cache-dir/static-entry.js). */
const GATSBY_WINDOW_SCRIPTS = new Set(["gatsby-script-loader", "gatsby-chunk-mapping"]);
const DATA_ATTRIBUTE = "data-window-data";

/** Constant text: its hash is in netlify.toml's script-src. Reads every data block above it. */
export const windowDataScript = `(function(d){d.querySelectorAll("script[${DATA_ATTRIBUTE}]").forEach(function(s){var v=JSON.parse(s.textContent);for(var k in v)window[k]=v[k]})})(document)`;

type InlineScript = ReactElement<{ id?: string; dangerouslySetInnerHTML?: { __html: string } }>;

function isGatsbyWindowScript(node: ReactNode): node is InlineScript {
  return isValidElement<{ id?: string }>(node) && node.type === "script" && GATSBY_WINDOW_SCRIPTS.has(node.props.id ?? "");
}

const ASSIGNMENT = /window\.([\w$]+)=(.*?);(?=window\.|$)/g;

/** `/*<![CDATA[*\/window.a="x";window.b={…};/*]]>*\/` → { a: "x", b: {…} }; anything else is an error. */
export function windowAssignments(code: string): Record<string, unknown> {
  const body = code.replace(/^\/\*<!\[CDATA\[\*\//, "").replace(/\/\*\]\]>\*\/$/, "");
  const changedShape = () => new Error(`Gatsby's inline script changed shape and can no longer be moved out of the page for the CSP: ${code.slice(0, 120)}`);
  const values: Record<string, unknown> = {};
  let consumed = 0;
  for (const match of body.matchAll(ASSIGNMENT)) {
    try {
      values[match[1]!] = JSON.parse(match[2]!);
    } catch {
      throw changedShape();
    }
    consumed += match[0].length;
  }
  if (consumed !== body.length || consumed === 0) throw changedShape();
  return values;
}

/** The same data block and reader as HTML text, for scripts Gatsby stitches in after rendering. */
export function windowDataHtml(values: Record<string, unknown>): string {
  return `<script type="application/json" ${DATA_ATTRIBUTE}="">${scriptSafeJson(values)}</script><script>${windowDataScript}</script>`;
}

export function withWindowDataBlock(components: ReactNode[]): ReactNode[] {
  const gatsbyScripts = components.filter(isGatsbyWindowScript);
  if (gatsbyScripts.length === 0) return components;
  const values = Object.assign({}, ...gatsbyScripts.map((script) => windowAssignments(script.props.dangerouslySetInnerHTML?.__html ?? "")));
  const first = components.indexOf(gatsbyScripts[0]!);
  const rest = components.filter((node) => !isGatsbyWindowScript(node));
  return [
    ...rest.slice(0, first),
    <script key="gatsby-window-data" type="application/json" {...{ [DATA_ATTRIBUTE]: "" }} dangerouslySetInnerHTML={{ __html: scriptSafeJson(values) }} />,
    <script key="gatsby-window-data-reader" dangerouslySetInnerHTML={{ __html: windowDataScript }} />,
    ...rest.slice(first),
  ];
}
