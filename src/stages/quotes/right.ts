import type { Ctx } from './context.js';
import { isTimeWord, verbCue, type VerbCue } from './cues.js';
import { contentEnd, hasVerb, isClosingMark, isOpeningMark, isWh, npAfter, opensClause, skipAdjuncts, trimStart, type Range } from './phrases.js';

/** Subordinators that place the saying rather than open what was said ("said when asked about ..."). */
export const ADVERBIAL_WH = new Set(['when', 'as', 'while', 'after', 'before', 'since', 'because', 'where']);
const LOOSE = new Set(['say', 'tell', 'add', 'write', 'note', 'report', 'explain', 'recall', 'tweet', 'argue', 'insist', 'claim', 'acknowledge', 'admit', 'predict', 'warn', 'complain', 'concede', 'contend', 'declare', 'state', 'suggest', 'testify']);
/** Words that open a clause inside what was said ('said despite all that, ...'). */
const CLAUSE_OPENERS = new Set(['despite', 'because', 'if', 'although', 'though', 'unless', 'given', 'whether']);
const ASKING = new Set(['ask', 'wonder', 'question', 'explain', 'describe', 'recall', 'know', 'show', 'reveal']);

/**
 * Whether a clause without "that" starts at `j` ("said the plan failed"): a subject, then its verb.
 * After "say" a looser test is enough; other verbs also take plain objects ("maintains a lead").
 */
function zeroThatClause(ctx: Ctx, j: number, hi: number, loose: boolean): boolean {
  const toks = ctx.toks;
  if (loose) {
    // "said Obama's words and actions “amount to ...”": a quotation can carry the predicate
    let v = j;
    while (v <= hi && !(toks[v].pos === 'VERB' || toks[v].pos === 'AUX') && !(v > j && isOpeningMark(ctx, toks[v]))) v++;
    return v <= hi && v - j <= 12;
  }
  let k = j;
  if (toks[j].pos === 'PRON') k = j + 1;
  else {
    const np = npAfter(ctx, j, hi);
    if (!np) return false;
    k = np.last + 1;
  }
  while (k <= hi && (toks[k].pos === 'ADV' || toks[k].pos === 'PART')) k++;
  if (k > hi) return false;
  if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') return true;
  if (isOpeningMark(ctx, toks[k])) {
    for (let v = k + 1; v <= Math.min(hi, k + 4); v++) if (toks[v].pos === 'VERB' || toks[v].pos === 'AUX') return true;
  }
  return false;
}

/** Saying verbs whose object can be what was made known ("reported earnings", "described the meeting"); "announced the purchase of howitzers" reports an act, not a saying. */
const NP_CONTENT = new Set(['report', 'describe', 'reveal', 'disclose', 'confirm', 'deny', 'acknowledge', 'admit', 'mention', 'predict', 'reiterate', 'detail', 'outline', 'explain', 'concede', 'tweet', 'post']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'me', 'us', 'himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves']);
const TARGET_COMPLEMENT = new Set(['for', 'as', 'over', 'of']);
const TARGET_TOPIC = new Set(['about', 'on', 'in', 'regarding', 'concerning']);

/**
 * "criticized Azerbaijan about the elections": a bare name after an evaluation verb followed by a topic
 * is not what was said; "criticized Obama for proposing ...", "praised his handling of ...",
 * "attacked Clinton." carry content.
 */
function targetHasContent(ctx: Ctx, j: number, hi: number): boolean {
  const toks = ctx.toks;
  const obj = npAfter(ctx, j, hi, new Set(['&']));
  if (!obj) return true;
  let bare = true;
  for (let i = obj.first; i <= obj.last; i++) {
    const t = toks[i];
    if (!(t.pos === 'PROPN' || t.pos === 'PRON' && !/^(?:his|her|their|its|my|our|your)$/.test(t.lower) || (t.pos === 'DET' && i === obj.first) || t.pos === 'PUNCT' || /^\p{Lu}/u.test(t.text) && t.pos !== 'NOUN')) bare = false;
  }
  if (!bare) return true;
  const n = toks[obj.last + 1];
  if (!n || obj.last + 1 > hi) return true;
  // "attacked Clinton and Rubio", "praised Obama by name": the one evaluated is what is attributed;
  // "criticized Azerbaijan about the elections" only says what the criticism concerned
  return TARGET_COMPLEMENT.has(n.lower) || !TARGET_TOPIC.has(n.lower);
}

/** What follows a reporting verb. */
export type RightKind = 'that' | 'quote' | 'colon' | 'clause' | 'np' | 'inf' | 'comma' | 'none';

export interface Right {
  kind: RightKind;
  /** A comma separates the verb from its content ("Perhaps, he said, this ..."). */
  viaComma?: boolean;
  /** The content ends at the first comma outside quotation marks. */
  clauseOnly?: boolean;
  /** First token of the content. */
  start: number;
}

/** What the verb at `k` (already past the cue) takes as its content. */
export function rightOf(ctx: Ctx, verb: VerbCue, k: number, hi: number): Right {
  const toks = ctx.toks;
  const none: Right = { kind: 'none', start: -1 };
  let j = skipAdjuncts(ctx, k, hi);
  if (j > hi) return none;
  const t = toks[j];
  // "said in a statement, according to The Blaze": the attribution goes on, nothing more was said
  if (t.lower === 'according' && toks[j + 1]?.lower === 'to') return none;
  if (t.text === ':') return { kind: 'colon', start: j + 1 };
  if (t.text === ',' || t.text === '—' || t.text === '–') {
    if (isOpeningMark(ctx, toks[j + 1])) return { kind: 'quote', start: j + 1, viaComma: true };
    if (j + 1 <= hi) return { kind: 'comma', start: j + 1 };
    return none;
  }
  // "said on “Morning Joe,” adding ...": the comma closing a skipped title separates like any comma
  if (j > k && isClosingMark(ctx, toks[j - 1]) && toks[j - 2]?.text === ',') {
    if (isOpeningMark(ctx, t)) return { kind: 'quote', start: j, viaComma: true };
    return { kind: 'comma', start: j };
  }
  if (isOpeningMark(ctx, t)) return { kind: 'quote', start: j };
  // "said that, if elected, he would ...": an aside may follow "that"
  const aside = toks[j + 1]?.text === ',' && j + 2 <= hi && (toks[j + 2].pos !== 'PUNCT' || isOpeningMark(ctx, toks[j + 2]));
  if (t.lower === 'that' && j + 1 <= hi && (toks[j + 1].pos !== 'PUNCT' || isOpeningMark(ctx, toks[j + 1]) || aside)) {
    // "said of a list that included ...": after a skipped phrase, "that" + verb is a relative clause
    if (j > k && (toks[j + 1].pos === 'VERB' || toks[j + 1].pos === 'AUX')) return none;
    return { kind: 'that', start: j };
  }
  if (verb.cognitive && verb.infinitive && t.lower === 'to' && toks[j + 1]?.pos === 'VERB') return { kind: 'inf', start: j };
  if (verb.quoteOnly || verb.cognitive && !opensClause(t) && t.lower !== 'that') return none;
  if (isWh(t) && j + 1 <= hi && verb.frame !== 'np' && !verb.cognitive && !(ADVERBIAL_WH.has(t.lower) && !ASKING.has(verb.lemma))) return { kind: 'clause', start: j };
  if (t.lower === 'to' && toks[j + 1]?.pos === 'VERB' && (verb.infinitive || verb.frame === 'urge' || verb.frame === 'tell')) return { kind: 'inf', start: j };
  if (verb.frame === 'name') {
    // "called the agreement “an historic step forward”", "described him as ...", "what X called “...”"
    const obj = npAfter(ctx, j, hi);
    const m = obj ? obj.last + 1 : j;
    const n = toks[m];
    if (!n || m > hi) return none;
    if (verb.asOnly) return n.lower === 'as' && obj ? { kind: 'np', start: j, clauseOnly: true } : none;
    const named = isOpeningMark(ctx, n) || n.lower === 'as' || (obj && (n.pos === 'DET' || n.pos === 'ADJ' || n.pos === 'NOUN' || n.pos === 'PROPN' || (n.pos === 'VERB' && /ed$/.test(n.lower))));
    const quoted = !obj && isOpeningMark(ctx, t);
    // "called him a political opportunist", "call him competent": a pronoun object, then what it was called
    const pronounObject = !!obj && obj.last > obj.first && OBJECT_PRONOUNS.has(t.lower);
    if (named || quoted || pronounObject) return { kind: 'np', start: j, clauseOnly: true };
    // "called her fallen son her hero": the object ran into what it was called (a determiner after its head)
    if (obj && !verb.asOnly) {
      for (let d = obj.first + 1; d <= obj.last; d++) {
        const head = toks[d - 1];
        if ((toks[d].pos === 'DET' || POSSESSIVES.has(toks[d].lower)) && /^(?:NOUN|PROPN)$/.test(head.pos) && /^\p{Ll}/u.test(head.text)) return { kind: 'np', start: j, clauseOnly: true };
      }
    }
    // "called Ford’s plans to open a plant in Mexico “an absolute disgrace”": the name comes later, quoted
    for (let q = m + 1; q <= Math.min(hi, m + 15); q++) {
      if (toks[q].text === ',' || toks[q].text === ';' || toks[q].pos === 'AUX') break;
      if (isOpeningMark(ctx, toks[q])) return { kind: 'np', start: j, clauseOnly: true };
    }
    // "described the meeting with the president": what was described
    if (NP_CONTENT.has(verb.lemma) && obj && t.pos !== 'PRON') return { kind: 'np', start: j };
    return none;
  }
  if (verb.frame === 'np') {
    // "is questioning whether ...": what is asked
    if (isWh(t) && ASKING.has(verb.lemma) && !ADVERBIAL_WH.has(t.lower) && j + 1 <= hi) return { kind: 'clause', start: j };
    // "supported reducing the sentences": a gerund is an object too
    const gerundObj = verb.attitude && t.pos === 'VERB' && /ing$/.test(t.lower);
    if (t.pos === 'PUNCT' || t.pos === 'AUX' || (t.pos === 'VERB' && !gerundObj)) return none;
    if (verb.attitude && (t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.lower === 'to' || t.lower === 'it' && toks[j + 1]?.pos !== 'PUNCT')) return none;
    if (verb.target && !targetHasContent(ctx, j, hi)) return none;
    return { kind: 'np', start: j };
  }
  if (verb.frame === 'tell' || verb.frame === 'urge') {
    const obj = npAfter(ctx, j, hi);
    // "asked Trump about his remarks": what the question was about
    if (obj && verb.lemma === 'ask' && toks[obj.last + 1]?.lower === 'about' && obj.last + 2 <= hi) return { kind: 'np', start: obj.last + 1, clauseOnly: true };
    if (obj) {
      const m = skipAdjuncts(ctx, obj.last + 1, hi);
      const n = toks[m];
      if (m > hi) return none;
      const start = verb.frame === 'urge' ? j : m;
      if (n.text === ':') return { kind: 'colon', start: m + 1 };
      if (isOpeningMark(ctx, n)) return { kind: 'quote', start: m };
      if (n.text === ',' && isOpeningMark(ctx, toks[m + 1])) return { kind: 'quote', start: m + 1, viaComma: true };
      if ((n.lower === 'that' && !/^(?:VERB|AUX)$/.test(toks[m + 1]?.pos ?? '')) || (isWh(n) && !ADVERBIAL_WH.has(n.lower))) return { kind: 'that', start };
      if (n.lower === 'to' && toks[m + 1]?.pos === 'VERB') return { kind: 'inf', start };
      if (verb.frame === 'tell' && n.lower !== 'that' && opensClause(n) && hasVerb(ctx, m, Math.min(hi, m + (n.pos === 'PRON' ? 3 : 8)))) return { kind: 'clause', start: m };
      // "told POLITICO Florida the state's standards are ...": the object ran into the clause's subject
      let adverbsOnly = true;
      for (let a = obj.last + 1; a < m; a++) if (toks[a].pos !== 'ADV' && toks[a].pos !== 'PART') adverbsOnly = false;
      if (verb.frame === 'tell' && (n.pos === 'AUX' || n.pos === 'VERB') && adverbsOnly) {
        for (let d = obj.first + 1; d <= obj.last; d++) if (toks[d].pos === 'DET' || (toks[d].pos === 'PRON' && toks[d].lower !== 'who')) return { kind: 'clause', start: d };
      }
      if (n.text === ',') return { kind: 'comma', start: m + 1 };
      return none;
    }
  }
  // "polls show Trump leading", "the survey shows voters fear ...": what a record shows needs no verb
  if (verb.evidential && opensClause(t) && t.lower !== 'that' && !(t.pos === 'PRON' && !/^(?:he|she|they|it|we|i|you)$/.test(t.lower))) return { kind: 'clause', start: j };
  // "55 percent said so", "he said no", "61 percent say the same of Clinton": a pro-form stands for what was said
  if (verb.frame === 'say' && !verb.cognitive) {
    const n = toks[j + 1];
    const ends = !n || j + 1 > hi || n.pos === 'PUNCT' || n.pos === 'ADP' || n.pos === 'CCONJ' || n.pos === 'SCONJ' || isTimeWord(n);
    // (the tokenizer may keep a sentence's full stop on the word: "said no.")
    if (/^(?:so|yes|no)\.?$/.test(t.lower) && ends) return { kind: 'np', start: j, clauseOnly: true };
    // "by the time he said that.": a demonstrative stands for words given before
    if (/^(?:that|this)$/.test(t.lower) && (!n || j + 1 > hi || /^[.!?]$/.test(n.text))) return { kind: 'np', start: j, clauseOnly: true };
    if (t.lower === 'the' && n?.lower === 'same' && j + 1 <= hi) return { kind: 'np', start: j, clauseOnly: true };
  }
  // "says despite all that, Obama wasn't ...", "said just because X did not mean ...": a clause opened by
  // a concessive or causal word is still what was said
  if (LOOSE.has(verb.lemma) && !verb.cognitive) {
    let c = k;
    while (c <= hi && c - k < 2 && toks[c].pos === 'ADV' && !CLAUSE_OPENERS.has(toks[c].lower)) c++;
    if (c <= hi && CLAUSE_OPENERS.has(toks[c].lower) && c + 1 <= hi && zeroThatClause(ctx, c + 1, hi, true)) return { kind: 'clause', start: c };
  }
  const gerund = t.pos === 'VERB' && /ing$/.test(t.lower) && verb.frame === 'say';
  if ((opensClause(t) || gerund) && !verb.infinitive && zeroThatClause(ctx, j, hi, LOOSE.has(verb.lemma))) return { kind: 'clause', start: j };
  // "reported earnings of $8.42 a share", "described the meeting", "revealed his plan": what was
  // made known is a noun phrase
  if (NP_CONTENT.has(verb.lemma) && (opensClause(t) && t.pos !== 'PRON' || POSSESSIVES.has(t.lower)) && npAfter(ctx, j, hi)) return { kind: 'np', start: j };
  // "announced his candidacy", "announced her decision": a speaker's own news ("announced the purchase
  // of howitzers" reports an act)
  if (verb.lemma === 'announce' && POSSESSIVES.has(t.lower) && npAfter(ctx, j, hi)) return { kind: 'np', start: j, clauseOnly: true };
  return none;
}


/** The content taken by the reporting verb at token `v` ("as saying that ..."), to the end of its unit. */
export function rightContent(ctx: Ctx, v: number, hi: number): Range | null {
  const verb = verbCue(ctx.toks[v], ctx.toks[v + 1]);
  if (!verb) return null;
  const r = rightOf(ctx, verb, verb.particle ? v + 2 : v + 1, hi);
  if (r.kind === 'none' || r.kind === 'comma') return null;
  const a = trimStart(ctx, r.start, hi);
  const b = contentEnd(ctx, a, hi);
  return b >= a ? { first: a, last: b } : null;
}
