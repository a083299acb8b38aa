import type { Token } from '../../core/types.js';

// Clause structure around a trigger, read off the tagged tokens: what governs it, whether it sits
// in a relative or background clause, what its object is.

/** Lemma of a token as the trigger table knows it (wink lemmatises nouns and verbs). */
export const lemmaOf = (t: Token) => (t.lemma || t.text).toLowerCase();

/** A verb, or a word the tagger took for an adjective right after a modal or "to" ("would free"). */
export function isVerbLike(tokens: readonly Token[], k: number): boolean {
  if (tokens[k].pos === 'VERB') return true;
  const prev = tokens[k - 1]?.text.toLowerCase() ?? '';
  if (tokens[k].pos !== 'ADJ') return false;
  // "a report ... alleged that": a past form before "that" is the verb
  if (/ed$/i.test(tokens[k].text) && tokens[k + 1]?.text.toLowerCase() === 'that' && ['NOUN', 'PROPN'].includes(tokens[k - 1]?.pos ?? '')) return true;
  // "was ransacked by": a participle after "be" is a passive verb
  if (/ed$/i.test(tokens[k].text) && /^(is|are|was|were|be|been|being)$/i.test(prev)) return true;
  return ['will', 'would', 'to', 'shall', 'can', 'could', 'may', 'might', 'must', "'ll"].includes(prev);
}

/** The word before token `k`, skipping determiners and adjectives ("with the EU", "against neighbouring Armenia"). */
export function wordBefore(tokens: readonly Token[], k: number): string {
  let j = k - 1;
  while (j > 0 && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ')) j--;
  return tokens[j]?.text.toLowerCase() ?? '';
}

/** The trigger a verb governs through "to", with a short adjunct between: "vowed on Thursday to wage war". */
export function governedTrigger(tokens: readonly Token[], i: number, last: number): number | undefined {
  for (let k = i + 1; k <= Math.min(last - 1, i + 5); k++) {
    if (tokens[k].text.toLowerCase() === 'to') {
      const v = tokens[k + 1]?.pos === 'ADV' ? k + 2 : k + 1;
      return tokens[v] && isVerbLike(tokens, v) ? v : undefined;
    }
    if (!['ADP', 'PROPN', 'ADV', 'NUM', 'DET'].includes(tokens[k].pos)) return undefined;
  }
  return undefined;
}

/** The verb whose object a noun is, skipping its modifiers ("hold an emergency meeting"), or -1. */
export function verbBeforeNoun(tokens: readonly Token[], i: number, first: number): number {
  let k = i - 1;
  while (k >= first && i - k <= 5 && ['DET', 'ADJ', 'NUM', 'NOUN'].includes(tokens[k].pos)) k--;
  return k >= first && tokens[k].pos === 'VERB' ? k : -1;
}

/** The event noun a verb takes as its object: "promised aid", "offered talks", "promised raids". */
export function objectNoun(tokens: readonly Token[], i: number, last: number): number | undefined {
  let k = i + 1;
  while (k <= last && k - i <= 4 && ['DET', 'ADJ', 'NUM'].includes(tokens[k].pos)) k++;
  return k <= last && tokens[k].pos === 'NOUN' ? k : undefined;
}

/** Whether a passive verb has a "by" agent phrase within a few words ("was approved by the ministers"). */
export function agentPhrase(tokens: readonly Token[], i: number, last: number): boolean {
  for (let k = i + 1; k <= Math.min(last, i + 8); k++) {
    if (tokens[k].text.toLowerCase() === 'by') return true;
    if (tokens[k].text === ',' || tokens[k].pos === 'VERB') return false;
  }
  return false;
}

/** "All this is being discussed", "this decision was approved": a back-reference, not a new event. */
export function demonstrativeSubject(tokens: readonly Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= Math.max(first, i - 6); k--) {
    const w = tokens[k].text.toLowerCase();
    if (w === 'this' || w === 'these' || w === 'those' || w === 'it') return true;
    if (tokens[k].pos === 'PUNCT') break;
  }
  return false;
}

/** The verb governing a trigger through "to" ("agreed to lift", "wants to help"), if any. */
export function governor(tokens: readonly Token[], i: number, first: number): number | undefined {
  let k = i - 1;
  if (k > first && tokens[k].pos === 'ADV') k--;
  if (k <= first || tokens[k].text.toLowerCase() !== 'to') return undefined;
  k--;
  if (k >= first && tokens[k].pos === 'ADV') k--;
  return k >= first && tokens[k].pos === 'VERB' ? k : undefined;
}

const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|then|now|today|yesterday|recently)$/i;

/** Whether a trigger sits in a relative clause ("the group that has seized") or a background clause ("after ... clashed"). */
export function isSubordinate(tokens: readonly Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first; k--) {
    const w = tokens[k].text.toLowerCase();
    if (w === ';' || w === ':') return false;
    if (w === 'who' || w === 'which' || w === 'whom') return true;
    // "the group that has seized": a relative "that" opens with its verb ("statements that X is" is a complement)
    if (w === 'that' && k > first && ['NOUN', 'PROPN'].includes(tokens[k - 1].pos) && ['VERB', 'AUX', 'ADV'].includes(tokens[k + 1]?.pos)) return true;
    // ("until 2026", "since Monday" are time phrases, not clauses)
    if ((w === 'after' || w === 'since' || w === 'until' || w === 'before') && k + 1 < i && !['VERB', 'PUNCT', 'NUM'].includes(tokens[k + 1].pos) && !TIME_WORDS.test(tokens[k + 1].text)) {
      // "after crowds trashed its embassy": a clause with its own verb
      if (tokens.slice(k + 1, i).every((x) => x.pos !== 'VERB')) return true;
    }
  }
  return false;
}
