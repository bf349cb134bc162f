/**
 * Writing systems whose letters can pass for one another in an address (Cyrillic "а" for Latin
 * "a"). Japanese mixes three scripts by design, so they count as one.
 */
const SCRIPTS: ReadonlyArray<[string, RegExp]> = [
  ["Latin", /\p{Script=Latin}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Armenian", /\p{Script=Armenian}/u],
  ["Georgian", /\p{Script=Georgian}/u],
  ["Cherokee", /\p{Script=Cherokee}/u],
  ["Hebrew", /\p{Script=Hebrew}/u],
  ["Arabic", /\p{Script=Arabic}/u],
  ["Japanese", /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["Hangul", /\p{Script=Hangul}/u],
  ["Thai", /\p{Script=Thai}/u],
  ["Devanagari", /\p{Script=Devanagari}/u],
];

function scriptsOf(label: string): Set<string> {
  const scripts = new Set<string>();
  for (const character of label) {
    if (!/\p{L}/u.test(character)) continue;
    scripts.add(SCRIPTS.find(([, pattern]) => pattern.test(character))?.[0] ?? "other");
  }
  return scripts;
}

/**
 * The part of an address's domain that mixes writing systems ("fdа" with a Cyrillic "а" in
 * https://fdа.gov/), with the systems it mixes; null when every part keeps to one. Read from
 * the address as typed: URL() would turn such a domain into "xn--" letters first.
 */
export function mixedScriptDomainLabel(address: string): { label: string; scripts: string[] } | null {
  const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(address.trim())?.[1] ?? "";
  for (const label of host.split(".")) {
    const scripts = scriptsOf(label);
    if (scripts.size > 1) return { label, scripts: [...scripts] };
  }
  return null;
}
