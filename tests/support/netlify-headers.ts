import path from "node:path";
import { parseAllHeaders } from "@netlify/headers-parser";

export interface HeaderRule {
  for: string;
  forRegExp: RegExp;
  values: Record<string, string>;
}

/**
 * The header rules Netlify would serve a built site with: its _headers file and netlify.toml,
 * read and merged by Netlify's own parser. Any syntax error fails the caller.
 */
export async function netlifyHeaderRules(siteDir: string, netlifyConfigPath = "netlify.toml"): Promise<HeaderRule[]> {
  const { headers, errors } = await parseAllHeaders({ headersFiles: [path.join(siteDir, "_headers")], netlifyConfigPath, configHeaders: [], minimal: false });
  if (errors.length > 0) throw new Error(`Netlify would refuse these headers:\n${errors.map((error) => error.message).join("\n")}`);
  return headers as HeaderRule[];
}

/** The headers a request path gets, as Netlify's header engine applies them: every matching rule in order, a later one replacing an earlier one's header of the same name. */
export function headersFor(rules: readonly HeaderRule[], requestPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.forRegExp.test(requestPath)) continue;
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
