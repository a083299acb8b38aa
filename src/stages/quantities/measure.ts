// What a figure measures: the noun phrase around it. "30 million tons of cargo" -> "cargo";
// "three radars" -> "radars"; "Russia’s share in military-technical cooperation in Armenia has
// decreased from 96% to 10%" -> "Russia’s share in military-technical cooperation".
import { word } from './lexer.js';
import type { Figure, Scope } from './recognise.js';

const NP_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const HEADS = new Set(['NOUN', 'PROPN']);
const LEADING_DETS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'about', 'around', 'nearly', 'almost', 'over']);
/** Prepositions a measured noun phrase may carry when a common noun follows ("share in cooperation"). */
const INNER_PREPS = new Set(['in', 'for', 'on']);
/** Words between a verb and its figure: "was about 9%", "reached nearly $5 billion". */
const HEDGES = new Set(['about', 'around', 'nearly', 'almost', 'some', 'roughly', 'approximately', 'over', 'under', 'just', 'only', 'more', 'less', 'than', 'at', 'to', 'up', 'down', 'by']);
/** Verbs that state an amount of their subject: "exports reached $5 billion", "the bill totalled 9%". */
const AMOUNT_VERBS = new Set([
  'be', 'reach', 'total', 'amount', 'stand', 'hit', 'exceed', 'top', 'account', 'make', 'hold', 'cost', 'weigh', 'measure',
  'number', 'equal', 'come', 'remain', 'stay', 'surpass', 'near', 'approach', 'grow', 'rise', 'fall', 'drop', 'increase', 'decrease',
]);

export interface MeasureSpan {
  /** Lexeme range [a, b). */
  a: number;
  b: number;
}

function tag(s: Scope, k: number): string {
  return s.tag(k)?.pos ?? '';
}

/** A word joined to the one before it by "-" or "’" ("military-technical", "Russia’s"). */
function isJoiner(s: Scope, k: number): boolean {
  const l = s.lx[k];
  return !!l && l.kind === 'sym' && (l.text === '-' || l.text === '’' || l.text === "'") && !l.space && !!s.lx[k + 1] && !s.lx[k + 1].space;
}

function npToken(s: Scope, k: number): boolean {
  const l = s.lx[k];
  if (!l) return false;
  if (isJoiner(s, k)) return true;
  const t = tag(s, k);
  if (NP_TAGS.has(t)) return true;
  if (t === 'PART' && (l.lower === 's' || l.lower === '’s' || l.lower === "'s")) return true;
  // participles as modifiers: "carrying capacity", "enriched uranium"
  if (t === 'VERB' && /(?:ing|ed)$/.test(l.lower) && HEADS.has(tag(s, k + 1))) return true;
  return false;
}

/** A simple noun phrase starting at `k` (determiner allowed): its end, or -1 without a noun. */
function simpleNp(s: Scope, k: number, limit: number, commonOnly = false): number {
  let m = k;
  if (tag(s, m) === 'DET' || LEADING_DETS.has(word(s.lx[m]))) m++;
  let lastHead = -1;
  while (m < limit && npToken(s, m)) {
    if (HEADS.has(tag(s, m))) {
      if (commonOnly && tag(s, m) === 'PROPN') return -1;
      lastHead = m;
    }
    m++;
  }
  return lastHead < 0 ? -1 : lastHead + 1;
}

/** "share in military-technical cooperation", "capacity of the western corridor": a head with its "of" chain. */
function chain(s: Scope, k: number, limit: number): MeasureSpan | null {
  let a = k;
  while (a < limit && (tag(s, a) === 'DET' || LEADING_DETS.has(word(s.lx[a])) || tag(s, a) === 'ADP' || tag(s, a) === 'ADV')) a++;
  let e = simpleNp(s, a, limit);
  if (e < 0) return null;
  for (;;) {
    const w = word(s.lx[e]);
    if (w === 'of') {
      const e2 = simpleNp(s, e + 1, limit);
      if (e2 < 0) break;
      e = e2;
    } else if (INNER_PREPS.has(w)) {
      const e2 = simpleNp(s, e + 1, limit, true);
      if (e2 < 0) break;
      e = e2;
    } else break;
  }
  return { a, b: e };
}

/** The subject noun phrase of the verb at `v`. */
function subjectOf(s: Scope, v: number): MeasureSpan | null {
  let e = v - 1;
  while (e >= 0 && (tag(s, e) === 'AUX' || tag(s, e) === 'ADV' || (tag(s, e) === 'PART' && word(s.lx[e]) === 'not'))) e--;
  if (e < 0 || !(HEADS.has(tag(s, e)) || tag(s, e) === 'NUM')) return null;
  let a = e;
  while (a - 1 >= 0 && !s.sentenceStart[a]) {
    const k = a - 1;
    const t = tag(s, k);
    // "In Pennsylvania the share": a determiner right after a noun starts the subject
    if (tag(s, a) === 'DET' && (HEADS.has(t) || t === 'ADJ')) break;
    if (npToken(s, k) || t === 'DET' || (t === 'ADP' && ['of', 'in', 'for', 'on', 'at', 'along', 'with', 'from', 'between', 'among', 'across'].includes(word(s.lx[k])))) a = k;
    else break;
  }
  return chain(s, a, e + 1);
}

/** What a transitive change word acts on: "boosts [oil output] by 5%", "cut [spending] to 2%". */
function objectOf(s: Scope, v: number, f: Figure): MeasureSpan | null {
  let limit = f.i;
  const w = word(s.lx[limit - 1]);
  if (w === 'by' || w === 'to' || w === 'from') limit--;
  if (word(s.lx[limit - 1]) === 'from') limit--;
  if (limit <= v + 1) return null;
  const m = chain(s, v + 1, limit);
  return m && m.b === limit ? m : null;
}

/** The noun phrase a figure measures, or null. `trigger` is the change word governing it, if any. */
export function measureOf(s: Scope, f: Figure, trigger: number | null): MeasureSpan | null {
  const lx = s.lx;
  // "cut [spending] to 2% of GDP": what the change word acts on
  const object = trigger !== null ? objectOf(s, trigger, f) : null;
  if (object) return object;
  // "30 million tons of cargo", "25% of cases"
  if (word(lx[f.j]) === 'of' && (f.unit || f.fraction)) {
    const e = simpleNp(s, f.j + 1, lx.length);
    if (e > 0) return chain(s, f.j + 1, e) ?? null;
  }
  // "three radars", "a 27-kilometer ring", "$5 billion deal"
  if (!f.multiplier && HEADS.has(tag(s, f.j)) || (tag(s, f.j) === 'ADJ' && HEADS.has(tag(s, f.j + 1)))) {
    const e = simpleNp(s, f.j, lx.length);
    if (e > 0 && (!f.unit || word(lx[f.i - 1]) === 'a' || word(lx[f.i - 1]) === 'an' || word(lx[f.i - 1]) === 'the')) return { a: f.j, b: e };
  }
  if (trigger !== null) return subjectOf(s, trigger);
  // "exports reached $5 billion", "the rate was about 9%": the verb right before the figure
  if (f.kind === 'time') return null;
  for (let k = f.i - 1; k >= Math.max(0, f.i - 4); k--) {
    const t = tag(s, k);
    const lemma = s.tag(k)?.lemma ?? '';
    if ((t === 'VERB' || t === 'AUX') && AMOUNT_VERBS.has(lemma)) return subjectOf(s, k);
    if (!(t === 'ADV' || t === 'ADP' || t === 'PART' || HEDGES.has(word(lx[k])))) break;
  }
  return null;
}

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'got', 'gets', 'gotten']);

/**
 * What a factor verb ("doubled", "halve") changes: its object when it has one ("would halve
 * [emissions]"), else its subject ("[profits] more than doubled", "[output] was halved").
 * `lead` is where the words qualifying the verb begin ("more than").
 */
export function factorMeasure(s: Scope, v: number, lead: number): MeasureSpan | null {
  const passive = BE_FORMS.has(word(s.lx[lead - 1])) || BE_FORMS.has((s.tag(lead - 1)?.lemma ?? '').toLowerCase());
  const next = s.lx[v + 1];
  if (!passive && next && !s.sentenceStart[v + 1] && s.blocked.at(next.start) < 0) {
    let limit = v + 1;
    while (limit < s.lx.length && !s.sentenceStart[limit] && s.lx[limit].kind !== 'sym' && s.blocked.at(s.lx[limit].start) < 0) limit++;
    // "doubled its output": the possessive stays out, as determiners do
    const from = POSSESSIVES.has(word(next)) ? v + 2 : v + 1;
    const m = chain(s, from, limit);
    if (m && m.b > m.a) return m;
  }
  return subjectOf(s, lead);
}
