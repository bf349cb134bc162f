import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { CONTROL_CHARACTER, controlCharacterName } from "../content/plain-text";

/** The XML files subscribers and search engines read: each must parse, or the build fails naming it. */
export const PUBLISHED_XML = ["rss.xml", "sitemap-index.xml", "sitemap-0.xml"];

/**
 * Reads every published XML file back after the build. A feed that does not parse is lost on
 * every subscriber at once while the build reports success; the content checks should keep
 * such text out, and this makes sure nothing else let it in. fast-xml-parser checks the
 * structure; characters XML 1.0 forbids (control characters) are looked for directly.
 */
export async function checkPublishedXml(publicDir: string): Promise<string> {
  const checked: string[] = [];
  for (const name of PUBLISHED_XML) {
    const file = path.join(publicDir, name);
    if (!existsSync(file)) continue;
    const xml = await readFile(file, "utf8");
    const result = XMLValidator.validate(xml);
    if (result !== true) throw new Error(`${name} is not well-formed XML: ${result.err.msg} (line ${result.err.line})`);
    const forbidden = CONTROL_CHARACTER.exec(xml);
    if (forbidden) {
      const line = xml.slice(0, forbidden.index).split("\n").length;
      throw new Error(`${name} has the control character ${controlCharacterName(forbidden[0])} on line ${line}, which XML does not allow; feed readers would reject the file`);
    }
    checked.push(name);
  }
  return checked.join(", ");
}
