// The tense of the clause a time expression sits in, read from the tokens' forms (wink gives
// Universal POS and lemmas, not tense): "In January ... was approved" is past, "will ... in
// January" future. The verb group nearest the expression decides.

import type { ScanToken } from './scan.js';

export type Tense = 'past' | 'present' | 'future';

const FUTURE_WORDS = new Set(['will', "'ll", '’ll', 'shall', 'wo']);
const PAST_AUX = new Set(['was', 'were', 'had', "'d", 'did']);
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", '’s', "'re", '’re', "'m", '’m', 'has', 'have', "'ve", '’ve', 'does', 'do']);
const BE_PRESENT = new Set(['is', 'are', 'am', "'s", '’s', "'re", '’re', "'m", '’m', 'be', 'being']);
const MODALS = new Set(['could', 'would', 'might', 'should', 'must', 'may', 'can', 'ought']);
/** Modals that, without a perfect after them, speak of what is still to come ("would be paid in January"). */
const LOOKING_AHEAD = new Set(['would', 'might', 'may', 'should']);
const HAVE = new Set(['has', 'have', 'had', "'ve", '’ve', "'d", 'having']);
/** Verbs that, followed by "to", point ahead: "plans to", "is expected to", "intends to". */
const INTENT = new Set(['plan', 'intend', 'expect', 'schedule', 'aim', 'hope', 'prepare', 'want', 'propose', 'seek', 'promise', 'vow', 'pledge', 'due', 'set', 'go']);

/** A past-tense or past-participle form: "approved", "came", "said" (not "comes", "coming", "come"). */
function isPastForm(t: ScanToken): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  const w = t.lower;
  if (MODALS.has(w)) return false;
  if (w === t.lemma) return false;
  if (w.endsWith('ing')) return false;
  if (w.endsWith('ed')) return true;
  // third-person present: lemma + s / es / ies
  if (w === `${t.lemma}s` || w === `${t.lemma}es` || (t.lemma.endsWith('y') && w === `${t.lemma.slice(0, -1)}ies`)) return false;
  return /^[a-z]+$/.test(w);
}

function isPresentForm(t: ScanToken): boolean {
  if (t.pos !== 'VERB') return false;
  const w = t.lower;
  return w !== t.lemma && (w === `${t.lemma}s` || w === `${t.lemma}es` || (t.lemma.endsWith('y') && w === `${t.lemma.slice(0, -1)}ies`));
}

/** The tense a verb at index i carries, looking back over its auxiliaries; null for infinitives and the like. */
function tenseOfVerbAt(toks: readonly ScanToken[], i: number): Tense | null {
  const t = toks[i];
  if (FUTURE_WORDS.has(t.lower)) return 'future';
  // "would be paid", "may decide": ahead; "would have paid": behind
  if (LOOKING_AHEAD.has(t.lower) && t.pos === 'AUX') return perfectFollows(toks, i) ? 'past' : 'future';
  if (t.lower === 'going' && toks[i + 1]?.lower === 'to' && toks[i + 2]?.pos === 'VERB') return 'future';
  // "plans to", "is expected to" point ahead; "planned to", "had been scheduled to" are told from the past
  if (INTENT.has(t.lemma) && toks[i + 1]?.lower === 'to' && t.pos !== 'NOUN' && t.pos !== 'ADJ') {
    return isPastForm(t) && auxTense(toks, i) !== 'present' ? 'past' : 'future';
  }
  // "is to resume", "are to meet"
  if (BE_PRESENT.has(t.lower) && toks[i + 1]?.lower === 'to' && toks[i + 2]?.pos === 'VERB') return 'future';
  if (t.pos === 'AUX' || t.pos === 'VERB') {
    // "is scheduled to hold", "are expected to meet": the group looks ahead
    if ((PRESENT_AUX.has(t.lower) || PAST_AUX.has(t.lower)) && intentFollows(toks, i)) return PAST_AUX.has(t.lower) ? 'past' : 'future';
    if (PAST_AUX.has(t.lower)) return 'past';
    if (PRESENT_AUX.has(t.lower)) {
      // "has been", "have sent": the perfect speaks of the past
      if (HAVE.has(t.lower)) {
        for (let j = i + 1; j < Math.min(toks.length, i + 4); j++) {
          if (isPastForm(toks[j])) return 'past';
          if (toks[j].pos !== 'ADV' && toks[j].pos !== 'PART') break;
        }
      }
      return 'present';
    }
  }
  if (isPastForm(t)) {
    const aux = auxTense(toks, i);
    return aux === undefined ? 'past' : aux;
  }
  if (isPresentForm(t)) return 'present';
  return null;
}

/** "have" within the verb group after a modal at i ("would have", "may not have"). */
function perfectFollows(toks: readonly ScanToken[], i: number): boolean {
  for (let j = i + 1; j < Math.min(toks.length, i + 4); j++) {
    if (HAVE.has(toks[j].lower)) return true;
    if (toks[j].pos !== 'ADV' && toks[j].pos !== 'PART') return false;
  }
  return false;
}

/** An intention verb with "to" within the verb group after an auxiliary at i ("is scheduled to"). */
function intentFollows(toks: readonly ScanToken[], i: number): boolean {
  for (let j = i + 1; j < Math.min(toks.length, i + 4); j++) {
    const t = toks[j];
    if (INTENT.has(t.lemma) && toks[j + 1]?.lower === 'to' && t.pos !== 'NOUN') return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART' && t.pos !== 'AUX') return false;
  }
  return false;
}

/** The tokens of the clause around [start, end): the sentence cut at quotation marks and semicolons. */
export function clauseOf(toks: readonly ScanToken[], start: number, end: number): readonly ScanToken[] {
  const boundary = (t: ScanToken) => /^(?:[“”"«»;]|``|''|—|–)$/.test(t.text);
  let a = 0;
  let b = toks.length;
  for (let i = 0; i < toks.length; i++) {
    if (!boundary(toks[i])) continue;
    if (toks[i].end <= start) a = i + 1;
    else if (toks[i].start >= end) { b = i; break; }
  }
  return toks.slice(a, b);
}

/** The tense the auxiliaries before a participle give it ("is being discussed", "has been approved"); undefined if none. */
function auxTense(toks: readonly ScanToken[], i: number): Tense | null | undefined {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const a = toks[j];
    if (FUTURE_WORDS.has(a.lower)) return 'future';
    if (a.lower === 'been' || a.lower === 'being' || a.lower === 'be') continue;
    if (BE_PRESENT.has(a.lower)) return 'present';
    if (HAVE.has(a.lower) || a.lower === 'was' || a.lower === 'were') return 'past';
    if (a.lower === 'to') return null;
    if (MODALS.has(a.lower)) return LOOKING_AHEAD.has(a.lower) ? 'future' : null;
    if (a.pos !== 'ADV' && a.pos !== 'PART' && a.pos !== 'AUX') break;
  }
  return undefined;
}

/**
 * The tense nearest the span [start, end) within its sentence's tokens; null when no verb tells.
 * Signals at equal distance prefer the one before the expression.
 */
export function tenseNear(toks: readonly ScanToken[], start: number, end: number): Tense | null {
  let best: Tense | null = null;
  let bestDist = Infinity;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.end > start && t.start < end) continue;
    const tense = tenseOfVerbAt(toks, i);
    if (!tense) continue;
    const dist = t.end <= start ? countBetween(toks, i, start, true) : countBetween(toks, i, end, false) + 0.5;
    if (dist < bestDist) {
      bestDist = dist;
      best = tense;
    }
  }
  return best;
}

function countBetween(toks: readonly ScanToken[], i: number, offset: number, before: boolean): number {
  let n = 0;
  if (before) for (let j = i + 1; j < toks.length && toks[j].start < offset; j++) n++;
  else for (let j = i - 1; j >= 0 && toks[j].end > offset; j--) n++;
  return n;
}

/** Does the sentence carry any past or future verb (used to tell a loose "today" from a dated one)? */
export function hasPastOrFuture(toks: readonly ScanToken[]): boolean {
  for (let i = 0; i < toks.length; i++) {
    const t = tenseOfVerbAt(toks, i);
    if (t === 'past' || t === 'future') return true;
  }
  return false;
}

/** Verbs that arrange something for later: "planned a rally", "has scheduled a news conference". */
const ARRANGE = new Set(['plan', 'schedule', 'slate', 'intend']);

/**
 * Does the clause, before `start`, arrange something for later ("planned to leave", "planned a
 * demonstration", "has scheduled a news conference", "were likely to buy")? A day of the week after
 * such words lies ahead of the time of telling, even in the past tense. A participle that only
 * describes ("a service planned at the university for Saturday", "as previously planned") does not
 * count, nor does a plan told in the past perfect ("had planned to").
 */
export function arrangesAhead(toks: readonly ScanToken[], start: number): boolean {
  for (let i = 0; i < toks.length && toks[i].end <= start; i++) {
    const t = toks[i];
    const next = toks[i + 1]?.lower;
    const arranging = (ARRANGE.has(t.lemma) && t.pos === 'VERB' && (next === 'to' || next === 'a' || next === 'an' || next === 'the'))
      || (t.lower === 'likely' && next === 'to');
    if (!arranging) continue;
    if (toks.slice(Math.max(0, i - 3), i).some((a) => a.lower === 'had' || a.lower === "'d")) continue;
    return true;
  }
  return false;
}

/** Is the clause told in the past perfect ("they had not called him a suspect")? */
export function pastPerfect(toks: readonly ScanToken[]): boolean {
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].lower !== 'had') continue;
    for (let j = i + 1; j < Math.min(toks.length, i + 4); j++) {
      if (isPastForm(toks[j])) return true;
      if (toks[j].pos !== 'ADV' && toks[j].pos !== 'PART') break;
    }
  }
  return false;
}
