import { readFileSync } from "node:fs";
import { parse } from "smol-toml";

export interface HeaderRule {
  for: string;
  values: Record<string, string>;
}

/** The [[headers]] tables of netlify.toml, in file order, read by a TOML parser. */
export function netlifyHeaderRules(file = "netlify.toml"): HeaderRule[] {
  const config = parse(readFileSync(file, "utf8")) as { headers?: Array<{ for: string; values: Record<string, string> }> };
  return (config.headers ?? []).map((rule) => ({ for: rule.for, values: rule.values }));
}

/** Netlify's path patterns: `*` matches any run of characters, slashes included. */
function pathPattern(rule: string): RegExp {
  const escaped = rule.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join(".*")}$`);
}

/** The headers a request path gets: every matching rule in order, a later rule replacing an earlier one's header of the same name. */
export function headersFor(rules: readonly HeaderRule[], requestPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!pathPattern(rule.for).test(requestPath)) continue;
    for (const [name, value] of Object.entries(rule.values)) {
      for (const existing of Object.keys(headers)) if (existing.toLowerCase() === name.toLowerCase()) delete headers[existing];
      headers[name] = value;
    }
  }
  return headers;
}

/** One directive of a Content-Security-Policy, as a list of its sources. */
export function cspDirective(policy: string, name: string): string[] {
  const directive = policy
    .split(";")
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name);
  return directive ? directive.slice(1) : [];
}
