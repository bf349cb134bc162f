import { US_JURISDICTIONS } from "./us-jurisdictions";

/** The most states one sentence may name before it is a list of states, which goes stale as laws change. */
export const MAX_STATES_IN_A_SENTENCE = 2;

const names = US_JURISDICTIONS.filter((jurisdiction) => jurisdiction.kind !== "federal")
  .map((jurisdiction) => jurisdiction.name)
  // Longest first, so "West Virginia" is read as itself and not as "Virginia".
  .sort((a, b) => b.length - a.length);
const STATE_NAME = new RegExp(`\\b(?:${names.map((name) => name.replace(/ /g, "\\s+")).join("|")})\\b`, "g");

/** The states a text names, each once, in the order it names them. */
export function statesNamed(text: string): string[] {
  return [...new Set([...text.matchAll(STATE_NAME)].map((match) => match[0].replace(/\s+/g, " ")))];
}

/** Sentences, split where a full stop, question or exclamation mark ends one (good enough for prose). */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z"“(])/);

/** Each sentence of `text` that names more states than a sentence should: the states it names. */
export function stateListsIn(text: string): string[][] {
  return sentences(text)
    .map(statesNamed)
    .filter((states) => states.length > MAX_STATES_IN_A_SENTENCE);
}
