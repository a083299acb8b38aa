import type { Token } from '../../core/types.js';
import type { Knowledge } from '../../kb/index.js';
import { FAC_HEADS, LOC_HEADS, ORG_HEADS, TITLE_HEADS, TITLE_WORDS } from './lexicon.js';

/** Verbs of saying after a name: people and organisations speak, places rarely do. */
const SAY = new Set(['said', 'says', 'told', 'added', 'asked', 'announced', 'reported', 'stated', 'wrote', 'explained', 'warned']);
const LOCATIVE = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'across', 'outside', 'inside']);

const shapeOf = (w: string) => w.replace(/\p{Lu}+/gu, 'X').replace(/\p{Ll}+/gu, 'x').replace(/\d+/g, 'd');

/** Sparse features of a capitalised chunk the rules cannot place: its words, shape, context, gazetteers. */
export function chunkFeatures(tokens: readonly Token[], a: number, b: number, kb: Knowledge, sentStart: boolean): string[] {
  const f: string[] = ['bias'];
  const words = tokens.slice(a, b + 1).map((t) => t.text);
  const lower = words.map((w) => w.toLowerCase());
  const n = words.length;
  f.push(`len=${Math.min(n, 4)}`);
  for (const w of lower) f.push(`w=${w}`);
  f.push(`first=${lower[0]}`, `last=${lower[n - 1]}`);
  const last = words[n - 1];
  f.push(`suf3=${last.slice(-3).toLowerCase()}`, `suf2=${last.slice(-2).toLowerCase()}`, `pre3=${words[0].slice(0, 3).toLowerCase()}`);
  f.push(`shape=${words.map(shapeOf).join(' ').slice(0, 24)}`);
  if (words.every((w) => /^\p{Lu}{2,}$/u.test(w))) f.push('allcaps');
  if (words.some((w) => /\d/.test(w))) f.push('digit');
  if (words.some((w) => w.includes('-'))) f.push('hyphen');
  if (sentStart) f.push('sentstart');
  const same = (k: number) => k >= 0 && k < tokens.length && tokens[k].sentence === tokens[a].sentence;
  const ctx = (k: number, tag: string) => {
    if (!same(k)) return f.push(`${tag}=<s>`);
    const t = tokens[k];
    f.push(`${tag}=${t.text.toLowerCase()}`, `${tag}pos=${t.pos}`);
  };
  ctx(a - 1, 'p1');
  ctx(b + 1, 'n1');
  if (same(a - 2)) f.push(`p2=${tokens[a - 2].text.toLowerCase()}`);
  if (same(b + 2)) f.push(`n2=${tokens[b + 2].text.toLowerCase()}`);
  if (same(a - 1) && same(b + 1)) f.push(`p1n1=${tokens[a - 1].text.toLowerCase()}_${tokens[b + 1].text.toLowerCase()}`);
  for (const w of lower) {
    if (ORG_HEADS[w] !== undefined) f.push('orghead');
    if (LOC_HEADS.has(w) || FAC_HEADS.has(w)) f.push('lochead');
    if (TITLE_HEADS.has(w)) f.push('titleword');
  }
  const places = kb.places(words.join(' '));
  if (places.length) {
    const pop = places[0].population;
    f.push('place', `placepop=${pop > 1e6 ? 'M' : pop > 1e5 ? 'L' : pop > 1e4 ? 'm' : 's'}`);
  } else if (n === 1 && kb.places(words[0]).length) f.push('placeword');
  // gazetteers: given names, initials, surnames of known people, states and provinces
  if (kb.isFirstName(words[0])) f.push(n > 1 ? 'firstname-first' : 'firstname-only');
  if (n > 1 && /^\p{Lu}\.$/u.test(words[0])) f.push('initial-first');
  if (n > 1 && kb.personBySurname(words[n - 1])) f.push('known-surname-last');
  if (kb.admin1(words.join(' '))) f.push('admin1');
  if (kb.organization(words.join(' '))) f.push('known-org');
  // context classes: a title before, a verb of saying after, a locative preposition before, a score after
  if (same(a - 1) && TITLE_WORDS.has(tokens[a - 1].text.toLowerCase()) && tokens[a - 1].text.toLowerCase() !== 'of') f.push('p1-title');
  if (same(b + 1) && SAY.has(tokens[b + 1].text.toLowerCase())) f.push('n1-say');
  if (same(a - 1) && LOCATIVE.has(tokens[a - 1].text.toLowerCase())) f.push('p1-locative');
  if (same(b + 1) && /^\d{1,3}$/.test(tokens[b + 1].text)) f.push('n1-smallnum');
  if (same(b + 1) && /^['’]s$/.test(tokens[b + 1].text)) f.push('n1-possessive');
  if (kb.countryByDemonym(words[0])) f.push('demonym-first');
  if (kb.countryByName(words[n - 1]) || kb.countryByDemonym(words[n - 1])) f.push('country-last');
  return f;
}
