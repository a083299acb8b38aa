import type { Token } from '../../core/types.js';
import { isCapitalised } from './chunks.js';

/** Arabic articles written before a place's name, apart or hyphenated: "al-Hilla", "Al Qaim", "Ar Raqqah". */
const ARTICLE = /^(?:al|el|ar|as|ad|az|an|at|ash)[-\s]+(?=\p{Lu})/iu;
const APOSTROPHES = /['’‘ʼʻ`]/g;

/**
 * Other spellings under which a gazetteer may list a place written in one transliteration: without the
 * Arabic article ("al-Hilla" → "Hilla"), without apostrophes ("Qa'im" → "Qaim"), with or without the
 * final h ("Hilla" → "Hillah", "Raqqah" → "Raqqa"). Only to tell that a name is a place; the geocoder
 * resolves the name as written.
 */
export function placeSpellings(name: string): string[] {
  const out = new Set<string>();
  const bare = name.replace(ARTICLE, '');
  for (const base of new Set([name, bare])) {
    const plain = base.replace(APOSTROPHES, '');
    for (const v of [base, plain]) {
      out.add(v);
      if (/[aeiou]h$/i.test(v)) out.add(v.slice(0, -1));
      else if (/[aeiou]$/i.test(v)) out.add(`${v}h`);
    }
  }
  out.delete(name);
  return [...out];
}

// (not "from" or "to", which as often join people: "independence from Portugal and Pedro I became emperor")
const LIST_LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'around', 'across', 'throughout', 'within', 'inside']);

/**
 * Whether the name [a, b] is an item of a list of names that a locative preposition opens: "in Qamenas,
 * Sarmin and Talamenes", "near Tikrit and Baiji". The list must close with "and" or "or", so that
 * "in Paris, Smith said" is no list.
 */
export function inLocativeList(tokens: readonly Token[], a: number, b: number): boolean {
  const sentence = tokens[a].sentence;
  const same = (k: number) => k >= 0 && k < tokens.length && tokens[k].sentence === sentence;
  // where the name ending at `end` begins: capitalised words and the hyphens inside them ("Ras al-Ain")
  const nameStart = (end: number): number => {
    let s = end;
    while (same(s - 1) && (isCapitalised(tokens[s - 1]) || (s - 2 >= 0 && !tokens[s].space && tokens[s - 1].text === '-'))) s--;
    return s;
  };
  const isSep = (k: number) => same(k) && (tokens[k].text === ',' || tokens[k].text === 'and' || tokens[k].text === 'or');
  if (!isSep(a - 1)) return false;
  // the list closes with "and"/"or": before this name, or after it through more names
  let closed = tokens[a - 1].text !== ',';
  for (let k = b + 1; !closed && isSep(k) && same(k + 1) && isCapitalised(tokens[k + 1]); ) {
    if (tokens[k].text !== ',') closed = true;
    let e = k + 1;
    while (same(e + 1) && isCapitalised(tokens[e + 1])) e++;
    k = e + 1;
  }
  if (!closed) return false;
  // walk back over the names before to the preposition opening the list
  let k = a - 1;
  for (let items = 0; items < 8 && isSep(k); items++) {
    const end = k - 1;
    if (!same(end) || !isCapitalised(tokens[end])) return false;
    const start = nameStart(end);
    if (same(start - 1) && LIST_LOCATIVE.has(tokens[start - 1].text.toLowerCase())) return true;
    k = start - 1;
  }
  return false;
}
