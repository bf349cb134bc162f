import american from "dictionary-en";
import british from "dictionary-en-gb";
import nspell from "nspell";

// The dictionaries are read as bytes; nspell's types ask for Buffers.
const us = nspell({ aff: Buffer.from(american.aff), dic: Buffer.from(american.dic) });
const gb = nspell({ aff: Buffer.from(british.aff), dic: Buffer.from(british.dic) });

/**
 * Spellings both dictionaries accept where US style prefers the other (the US Hunspell list
 * keeps "grey" and "judgement" as variants). Merriam-Webster gives "gray", "judgment", "toward".
 */
const US_PREFERS: Record<string, string> = { grey: "gray", judgement: "judgment", towards: "toward", amongst: "among", whilst: "while", learnt: "learned", spelt: "spelled" };

/**
 * Words that are British spellings: the British English dictionary knows them and the American
 * one does not (colour, centre, diarrhoea, counselling), or US style prefers another variant.
 * Names and terms neither dictionary knows (Vicknasingam, mitragynine) are not spellings of
 * either country, so they pass.
 */
export function britishSpellings(text: string): string[] {
  const words = text.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  const found = words.filter((word) => {
    const lower = word.toLowerCase();
    if (lower in US_PREFERS) return true;
    return gb.correct(word) && !us.correct(word) && !us.correct(lower);
  });
  return [...new Set(found)];
}
