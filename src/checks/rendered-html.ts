import { type DefaultTreeAdapterMap, parseFragment } from "parse5";
import type { Problem } from "./problems";
import { isUnsafeUrl } from "../content/safe-url";

type ChildNode = DefaultTreeAdapterMap["childNode"];
type Element = DefaultTreeAdapterMap["element"];

const HEADING = ["id"];
/**
 * Every element and attribute the site's Markdown renders to (gatsby-transformer-remark with
 * tables and footnotes, gatsby-remark-images, heading ids), and nothing else. Read from the
 * build's own output; a body that renders to anything outside it is refused.
 */
const ALLOWED: Record<string, readonly string[]> = {
  p: [],
  h1: HEADING,
  h2: HEADING,
  h3: HEADING,
  h4: HEADING,
  h5: HEADING,
  h6: HEADING,
  em: [],
  strong: [],
  del: [],
  code: ["class"],
  pre: [],
  blockquote: [],
  ul: ["class"],
  ol: ["start", "class"],
  li: ["id", "class"],
  hr: [],
  br: [],
  a: ["href", "title", "class"],
  sup: ["id"],
  div: ["class"],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ["align"],
  td: ["align"],
  input: ["type", "checked", "disabled"],
  img: ["src", "alt", "title", "class", "loading", "decoding", "style"],
  picture: [],
  source: ["srcset", "sizes", "type"],
  span: ["class", "style"],
};

/** The classes the renderer gives; `style` is allowed only beside a gatsby-remark-images class. */
const ALLOWED_CLASS = /^(gatsby-resp-image-(wrapper|background-image|image)|footnotes|footnote-ref|footnote-backref|contains-task-list|task-list-item|language-[\w+-]+)$/;
const IMAGE_CLASS = /^gatsby-resp-image-/;
const URL_ATTRIBUTES = new Set(["href", "src"]);

interface Finding {
  what: string;
  /** Text to look for in the Markdown, to name the line it came from. */
  needle: string;
}

function attributeFindings(element: Element): Finding[] {
  const tag = element.tagName;
  const allowed = ALLOWED[tag] ?? [];
  const classes =
    element.attrs
      .find((attribute) => attribute.name === "class")
      ?.value.split(/\s+/)
      .filter(Boolean) ?? [];
  const findings: Finding[] = [];
  for (const { name, value } of element.attrs) {
    if (!allowed.includes(name) || (name === "style" && !classes.some((value) => IMAGE_CLASS.test(value)))) {
      findings.push({ what: `a ${name}= attribute on <${tag}>`, needle: name });
    } else if (name === "class") {
      for (const value of classes.filter((value) => !ALLOWED_CLASS.test(value))) findings.push({ what: `the class "${value}" on <${tag}>`, needle: value });
    } else if (name === "type" && tag === "input" && value !== "checkbox") {
      findings.push({ what: `an <input type="${value}">`, needle: "<input" });
    } else if (URL_ATTRIBUTES.has(name) && isUnsafeUrl(value)) {
      findings.push({ what: `the address ${JSON.stringify(value.slice(0, 60))}`, needle: value.slice(0, 20) });
    } else if (name === "srcset") {
      for (const candidate of value.split(",").map((part) => part.trim().split(/\s+/)[0] ?? "")) {
        if (isUnsafeUrl(candidate)) findings.push({ what: `the address ${JSON.stringify(candidate.slice(0, 60))}`, needle: candidate.slice(0, 20) });
      }
    }
  }
  return findings;
}

function findingsIn(nodes: readonly ChildNode[]): Finding[] {
  return nodes.flatMap((node): Finding[] => {
    if (!("tagName" in node)) return [];
    const own = node.tagName in ALLOWED ? attributeFindings(node) : [{ what: `a <${node.tagName}> element`, needle: `<${node.tagName}` }];
    const children = node.tagName === "template" ? (node as DefaultTreeAdapterMap["template"]).content.childNodes : node.childNodes;
    return [...own, ...findingsIn(children)];
  });
}

/** The 1-based line of the body holding `needle`, or null where it cannot be found as written. */
function lineOf(body: string, needle: string): number | null {
  const lines = body.toLowerCase().split("\n");
  const index = lines.findIndex((line) => line.includes(needle.toLowerCase()));
  return index === -1 ? null : index + 1;
}

/**
 * Reads a body's rendered HTML as a browser would (parse5) and refuses anything the site's
 * Markdown does not render to. This is the last word on what reaches a page and the feed: it
 * sees the renderer's output, whatever any parser thought of the Markdown.
 */
export function renderedHtmlProblems(file: string, html: string, body: string): Problem[] {
  const findings = findingsIn(parseFragment(html).childNodes);
  const unique = [...new Map(findings.map((finding) => [finding.what, finding])).values()];
  return unique.map(({ what, needle }) => {
    const line = lineOf(body, needle);
    return {
      file,
      field: "body",
      message: `${line === null ? "the body" : `line ${line} of the body`} would put ${what} on the page; write Markdown only (no HTML, and links with https:, http:, mailto:, tel: or sms:)`,
    };
  });
}
