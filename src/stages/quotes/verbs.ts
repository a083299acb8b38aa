import type { Ctx, Tok } from './context.js';
import { isParticiple, isTimeWord, lexiconCue, verbCue, type VerbCue } from './cues.js';
import { makeFound, type Found } from './found.js';
import { attributionAt, contentEnd, hasVerb, isClosingMark, isOpeningMark, npAfter, skipAdjuncts, SOURCE_NP_LINKS, SOURCING, subjectBefore, trimEnd, trimStart, type Range } from './phrases.js';
import { ADVERBIAL_WH, rightOf, type Right } from './right.js';
import { appositiveSubject, CLAUSE_EDGE, mainSubject } from './subjects.js';

/** One reporting verb read in its sentence. */
interface Frame {
  cue: Range;
  verb: VerbCue;
  source: Range | null;
  inverted: boolean;
  participle: boolean;
  right: Right;
  /** Content before the attribution ("..., she said"): its token range. */
  left: Range | null;
  /** Index of the comma (or mark) that ends the left content. */
  leftBoundary: number;
  /** "what the senators said was ...", "which Trump called “a disgrace”": the relative pronoun standing for what was said, or -1. */
  relative: number;
  unit: number;
}

const RIGHT_RANK = 10;
/**
 * Participles that set the scene of a saying ("Asked about the deal, she said, ..."); other opening
 * participle phrases are said ("Bringing the show back, he said, feels right").
 */
const SCENE = new Set(['ask', 'speak', 'talk', 'respond', 'refer', 'press', 'interview', 'question', 'address', 'appear', 'write', 'comment', 'testify', 'reply', 'answer', 'discuss', 'reflect', 'look', 'point', 'meet', 'campaign', 'visit', 'stand', 'sit', 'challenge', 'confront']);
const RELATIVE_HEAD = /^(?:which|that|who|whom|what)$/;

function isBeAux(t: Tok | undefined): boolean {
  return !!t && t.pos === 'AUX' && t.lemma === 'be';
}

/** Nouns for those a report relies on. */
const SOURCE_HEADS = /^(?:sources?|officials?|people|persons?|diplomats?|spokes(?:man|woman|men|women|person|people)|representatives?|insiders?|witnesses|residents|aides?|advisers?|advisors?|ministry|ministries|agency|agencies|office|service|police|government|embassy|authorities|military|command|data|statement|statements|report|reports|newspaper|channel|outlet|publication|media)$/;

/** Whether the noun phrase at `k` names a source: a name, or a noun of the kind above. */
function citesSource(ctx: Ctx, k: number, hi: number): boolean {
  const np = npAfter(ctx, k, hi, SOURCE_NP_LINKS);
  if (!np) return false;
  const words = ctx.toks.slice(np.first, np.last + 1);
  // the head is the last noun before any "of"/"in"/... ("sources in the government", "a spokesman for the ministry")
  let head = words.length - 1;
  for (let x = 1; x < words.length; x++) {
    if (SOURCE_NP_LINKS.has(words[x].lower)) {
      head = x - 1;
      break;
    }
  }
  const h = words[head];
  const named = words.slice(0, head + 1);
  return SOURCE_HEADS.test(h.lower) || (named.some((w) => w.pos === 'PROPN') && named.every((w) => w.pos === 'PROPN' || w.pos === 'DET' || /^['’]s$/.test(w.text)));
}

/** Words opening a clause that a comma closes before the main clause: "If X agreed, ...". */
const CONDITION_OPENERS = /^(?:if|unless|when|whenever|once|because|since|although|though|after|before|until|while|with|without)$/;

/**
 * Where the subject before the verb at `c` ends: "He’s comparing", "who's called for" read "’s" as
 * "is"/"has", not as a possessive ("Rubio's proposed credit" keeps it: a noun follows the participle).
 */
function contracted(ctx: Ctx, c: number, lo: number): number {
  const toks = ctx.toks;
  let k = c - 1;
  while (k > lo && toks[k].pos === 'ADV') k--;
  const t = toks[k];
  if (k <= lo || !/^['’]s$/.test(t.text)) return c - 1;
  const v = toks[c];
  const modifier = /ed$/.test(v.lower) && (toks[c + 1]?.pos === 'NOUN' || toks[c + 1]?.pos === 'ADJ');
  return v.pos === 'VERB' && /(?:ing|ed|en)$/.test(v.lower) && !modifier ? k - 1 : c - 1;
}

/** Whether the verb at `c` is negated ("did not respond", "never responded"). */
function negatedBefore(ctx: Ctx, c: number, lo: number): boolean {
  for (let k = c - 1; k >= lo && k >= c - 3; k--) {
    const t = ctx.toks[k];
    if (/^(?:not|n't|n’t|never)$/.test(t.lower)) return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/** Whether nothing but adjuncts (or an addressee) follows the attribution: "..., X said (in a statement)." */
function endsAfter(ctx: Ctx, verb: VerbCue, k: number, hi: number): boolean {
  const toks = ctx.toks;
  let j = skipAdjuncts(ctx, k, hi);
  if (j <= hi && (verb.frame === 'tell' || verb.frame === 'urge') && toks[j].pos !== 'PUNCT') {
    const obj = npAfter(ctx, j, hi);
    if (obj) j = skipAdjuncts(ctx, obj.last + 1, hi);
  }
  if (j > hi) return true;
  const t = toks[j];
  if (/^[.!?;,:—–]$/.test(t.text) || isOpeningMark(ctx, t)) return true;
  if (trimEnd(ctx, j, hi) < j) return true;
  // "“...,” Clinton said answering a question": a participle (which the tagger may read as a noun)
  if (/^\p{Ll}+ing$/u.test(t.text) && (t.pos === 'VERB' || t.pos === 'NOUN')) return true;
  // "..., Clinton said shortly after she called Sanders" / "said in a statement provided to POLITICO"
  if (t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'VERB' || ADVERBIAL_WH.has(t.lower)) return t.lower !== 'that';
  if (/^(?:who|whose|which)$/.test(t.lower) || t.pos === 'AUX') return true;
  // "“...,” she said and quickly hung up"
  if (t.pos === 'CCONJ') return true;
  if (t.lower === 'that' && /^(?:VERB|AUX)$/.test(toks[j + 1]?.pos ?? '')) return true;
  return false;
}

/**
 * "X, expected in 2029, is ...", "The line, announced last year, will open": a past participle after a
 * comma, then a short phrase with no verb, then a comma and the sentence's own verb.
 */
function reducedRelative(ctx: Ctx, c: number, u: number): boolean {
  const toks = ctx.toks;
  const t = toks[c];
  if (!/(?:ed|en|wn)$/.test(t.lower)) return false;
  // what follows says when, where or by whom ("expected in 2029", "announced last year"), not what
  const next = toks[c + 1];
  if (!next || next.unit !== u || !(next.pos === 'ADP' || isTimeWord(next))) return false;
  for (let j = c + 1; j <= c + 7 && toks[j]?.unit === u; j++) {
    const x = toks[j];
    if (x.text === ',') return toks[j + 1]?.unit === u && (toks[j + 1].pos === 'AUX' || toks[j + 1].pos === 'VERB');
    if (x.pos === 'VERB' || x.pos === 'AUX' || x.quote >= 0) return false;
  }
  return false;
}

/** Whether the noun phrase ending before token `c` is governed by a verb or preposition ("denied media reports"). */
function governedNoun(ctx: Ctx, c: number, lo: number): boolean {
  const toks = ctx.toks;
  let j = c - 1;
  while (j >= lo && /^(?:PROPN|NOUN|ADJ|DET|NUM)$/.test(toks[j].pos)) {
    // "Six in 10 say": a proportion is one phrase
    if (j - 2 >= lo && toks[j - 1].lower === 'in' && toks[j].pos === 'NUM' && toks[j - 2].pos === 'NUM') j -= 2;
    j--;
  }
  if (j < lo) return false;
  // "voters in all five states support ...": a preposition inside the subject, after its head noun
  if (toks[j].pos === 'ADP' && /^(?:in|from|across|of)$/.test(toks[j].lower) && j - 1 >= lo && /^(?:NOUN|PROPN)$/.test(toks[j - 1].pos) && /s$/.test(toks[j - 1].lower) && verbalAttitude(toks[c])) return false;
  return toks[j].pos === 'VERB' || toks[j].pos === 'ADP';
}

/** An attitude verb in its bare form ("support", "oppose"), which a plural subject may take. */
function verbalAttitude(t: Tok): boolean {
  const v = verbCue({ ...t, pos: 'VERB' }, undefined);
  return !!v && !!v.attitude && !/s$/.test(t.lower);
}

/** Reads the reporting verb at token `c`; null when it does not attribute anything. */
function readFrame(ctx: Ctx, c: number, verb: VerbCue, u: number, earlier: Frame[]): Frame | null {
  const toks = ctx.toks;
  const unit = ctx.units[u];
  const lo = unit.first;
  const hi = unit.last;
  const t = toks[c];
  const cueLast = verb.particle ? c + 1 : c;
  const prev = c > lo ? toks[c - 1] : undefined;
  // "to say", "was said": not this rule's business
  if (prev && prev.lower === 'to') return null;
  // "the first stage, expected in 2029, is designed ...": a participle phrase between commas describes the noun before it
  if (prev?.text === ',' && reducedRelative(ctx, c, toks[c].unit)) return null;
  // "did not respond to messages": no answer is no saying
  if (verb.lemma === 'respond' && negatedBefore(ctx, c, lo)) return null;
  let p = c - 1;
  while (p >= lo && (toks[p].pos === 'ADV' || toks[p].pos === 'PART')) p--;
  // "He’s criticized the plan": a contracted "has" with an object, not a passive
  const after = toks[(verb.particle ? c + 1 : c) + 1];
  const hasContracted = p >= lo && /^['’]s$/.test(toks[p].text) && !!after && after.lower !== 'by' && after.pos !== 'PUNCT';
  if (isBeAux(toks[p]) && p >= lo && !/ing$/.test(t.lower) && !hasContracted) return null;
  // "is being discussed": a passive with a participle the tagger read as a verb
  if (p >= lo && /^(?:being|been)$/.test(toks[p].lower) && /ed$/.test(t.lower)) return null;
  // "the say", "a report"; but "Some said ...", "Many say ...": a quantifier stands as the subject
  if (p >= lo && toks[p].pos === 'DET' && p === c - 1 && !/^(?:some|many|most|both|few|several|others)$/.test(toks[p].lower)) return null;

  let source: Range | null = null;
  let inverted = false;
  let participle = false;
  let shared = false;
  const afterComma = !!prev && (prev.text === ',' || (isClosingMark(ctx, prev) && toks[c - 2]?.text === ','));
  if (isParticiple(t) && prev && (afterComma || /^(?:while|when|before|after|by|—|–)$/.test(prev.lower))) {
    // "Reuters reported, citing two sources": whom a report relies on is no saying of its own
    // ("citing low growth", a reason, still is)
    if (afterComma && SOURCING.has(t.lower) && citesSource(ctx, c + 1, hi)) return null;
    participle = true;
    const last = earlier.length ? earlier[earlier.length - 1] : null;
    source = last?.source ?? mainSubject(ctx, lo, c - 2);
  } else {
    const startsClause = !prev || prev.text === ',' || isClosingMark(ctx, prev) || prev.text === '—' || prev.text === '–' || prev.text === ':';
    let subj = startsClause ? null : subjectBefore(ctx, contracted(ctx, c, lo), lo);
    if (!subj && prev && (prev.text === ',' || prev.text === '—' || prev.text === '–')) subj = appositiveSubject(ctx, c - 1, lo);
    // "Trump, who has relied on populist fervor, has said ...": an auxiliary between the apposition and the verb
    if (!subj) {
      let q = c - 1;
      while (q > lo && (toks[q].pos === 'AUX' || toks[q].pos === 'ADV' || toks[q].pos === 'PART')) q--;
      // (or an adverb: "The survey, conducted for the group, also found that ...")
      if (q < c - 1 && q > lo && (toks[q].text === ',' || toks[q].text === '—' || toks[q].text === '–')) subj = appositiveSubject(ctx, q, lo);
    }
    // "Clark said ... but said ...": the subject is shared
    // ("... and also hinted she might ...": adverbs may stand between)
    let conj = c - 1;
    while (conj > lo && toks[conj].pos === 'ADV') conj--;
    if (!subj && conj > lo && (toks[conj].lower === 'and' || toks[conj].lower === 'but')) {
      const last = earlier.length ? earlier[earlier.length - 1] : null;
      subj = last?.source ?? mainSubject(ctx, lo, conj - 1);
      if (subj) shared = true;
    }
    if (subj) source = subj;
    else if (startsClause && !verb.particle && !verb.attitude && c + 1 <= hi) {
      const np = npAfter(ctx, c + 1, hi);
      const after = np ? toks[np.last + 1] : undefined;
      // ("“...,” wrote a man calling himself Paul": a participle may describe the source)
      if (np && (!after || np.last + 1 > hi || /^[,.:;!?—–]$/.test(after.text) || after.pos === 'ADP' || /^(?:who|whose|in|when|as|while|before|after)$/.test(after.lower) || isOpeningMark(ctx, after) || (after.pos === 'VERB' && /ing$/.test(after.lower) && isClosingMark(ctx, prev)))) {
        source = np;
        inverted = true;
      }
    }
    // "Gov. John Kasich (R-OH), said, ..."
    if (!source && prev && prev.text === ',' && c - 2 >= lo) {
      const np = subjectBefore(ctx, c - 2, lo);
      const edge = np ? toks[np.first - 1] : undefined;
      if (np && (!edge || np.first - 1 < lo || CLAUSE_EDGE.test(edge.lower)) && toks.slice(np.first, np.last + 1).some((x) => x.pos === 'PROPN')) {
        source = np;
      }
    }
    if (!source) return null;
  }

  // "Let us recall that ...", "let's not forget": the writer addressing the reader
  if (source && /^(?:us|'s|’s)$/.test(toks[source.last].lower) && /^let/.test(toks[source.first].lower)) return null;
  if (source && source.first - 1 >= lo && /^(?:let's|let’s)$/.test(toks[source.first - 1].lower)) return null;
  // "I think", "you believe", "as you know": the writer's or reader's own view is not an attribution
  if (verb.cognitive && source && source.first === source.last && /^(?:you)$/.test(toks[source.first].lower)) return null;
  // "would you vote for her?": an attitude put to the reader is rhetorical
  if (verb.frame === 'np' && source && source.first === source.last && toks[source.first].lower === 'you') return null;
  // "those who want to ...": a desire in a relative clause says who is meant
  if (verb.desire && source && (source.antecedent || RELATIVE_HEAD.test(toks[source.first].lower))) return null;

  // "The changes, which officials said will take effect ...": a relative clause with a gap after the verb
  let gapped = false;
  let relative = -1;
  if (source && !inverted && !participle && !source.antecedent) {
    const head = toks[source.first];
    const rel = RELATIVE_HEAD.test(head.lower) && source.last > source.first ? source.first : RELATIVE_HEAD.test(toks[source.first - 1]?.lower ?? '') ? source.first - 1 : -1;
    let v = cueLast + 1;
    while (v <= hi && toks[v].pos === 'ADV') v++;
    if (rel >= 0 && v <= hi && (toks[v].pos === 'VERB' || toks[v].pos === 'AUX' || (toks[v].pos === 'ADJ' && /ed$/.test(toks[v].lower)))) gapped = true;
    if (rel >= 0 && toks[rel].lower !== 'who' && (gapped || verb.frame === 'name')) relative = rel;
    if (rel === source.first) source = { first: source.first + 1, last: source.last };
  }

  // what follows
  let right: Right;
  if (gapped) {
    right = { kind: 'clause', start: cueLast + 1, clauseOnly: true };
  } else if (inverted) {
    // after the source: an apposition, then perhaps the rest of a split quotation
    let k = source!.last + 1;
    if (toks[k]?.text === ',' && !isOpeningMark(ctx, toks[k + 1])) {
      const app = npAfter(ctx, k + 1, hi);
      if (app) k = app.last + 1;
    }
    right = rightOf(ctx, verb, k, hi);
    if (right.kind !== 'quote' && right.kind !== 'comma') right = { kind: 'none', start: -1 };
  } else {
    right = rightOf(ctx, verb, cueLast + 1, hi);
  }
  if (right.kind === 'comma' && right.start <= hi) {
    const n = toks[right.start];
    if (verbCue(n, toks[right.start + 1]) && isParticiple(n)) right = { kind: 'none', start: -1 };
    else if (n.lower === 'according') right = { kind: 'none', start: -1 };
    else if (n.lower === 'who' || n.lower === 'which') right = { kind: 'none', start: -1 };
    // "..., Mr. Biden said, clutching the lectern": a participle phrase tells how it was said
    else if (isParticiple(n) && !verbCue(n, toks[right.start + 1])) right = { kind: 'none', start: -1 };
    // "said in a speech, as he called for ...": a clause about the saying, not a fragment of it; but
    // "Lenox was a juggernaut, he said, until it went bankrupt" goes on with what was said
    else if (/^(?:as|while|when|where)$/.test(n.lower)) right = { kind: 'none', start: -1 };
    // "If Lukashenko agreed, experts say, the war would spread": after a conditional or temporal
    // clause the comma opens the main clause, not what was agreed; nor is another attribution content
    else if (source && !inverted && CONDITION_OPENERS.test(toks[source.first - 1]?.lower ?? '') && (source.first - 1 === lo || toks[source.first - 2]?.text === ',')) right = { kind: 'none', start: -1 };
    else if (attributionAt(ctx, right.start, hi)) right = { kind: 'none', start: -1 };
  }

  // "Graham, who has called for 20,000 troops, spoke": a relative clause ends at its comma
  if (source?.antecedent && (right.kind === 'that' || right.kind === 'clause' || right.kind === 'np' || right.kind === 'inf')) right = { ...right, clauseOnly: true };

  // what precedes
  let left: Range | null = null;
  let leftBoundary = -1;
  const before = inverted ? c - 1 : participle || shared || gapped || source!.antecedent ? -1 : source!.first - 1;
  // "His leverage, they believe, isn't going anywhere": a verb of thinking set off by commas on both
  // sides holds what is around it, as a verb of saying does
  const aside = right.kind === 'comma' && before >= lo && /^[,—–]$/.test(toks[before].text) && !!verb.cognitive && !verb.attitude;
  if (before >= lo && (!verb.cognitive || aside) && !verb.attitude && verb.frame !== 'name') {
    let b = before;
    const tb = toks[b];
    if (tb.text === ',' || tb.text === '—' || tb.text === '–' || tb.text === '-') {
      leftBoundary = b;
      b--;
      if (b >= lo) left = { first: lo, last: b };
    } else if (isClosingMark(ctx, tb)) {
      leftBoundary = b + 1;
      left = { first: lo, last: b };
    }
  }
  // "“She is a mother of three,” another friend, Mariam Emara, told CNN": the words between the closing
  // mark and the name describe the source
  if (left && source && !inverted && !isClosingMark(ctx, toks[left.last])) {
    let m = left.last;
    while (m > left.first && left.last - m <= 6 && !isClosingMark(ctx, toks[m]) && toks[m].pos !== 'VERB' && toks[m].pos !== 'AUX') m--;
    if (m > left.first && m < left.last && isClosingMark(ctx, toks[m]) && npAfter(ctx, m + 1, left.last)?.last === left.last) {
      source = { first: m + 1, last: source.last };
      left = { first: left.first, last: m };
    }
  }
  if (left) {
    const lastTok = toks[left.last];
    const leftIsQuote = isClosingMark(ctx, lastTok);
    const words = left.last - left.first + 1;
    // "“...,” the former president told a crowd that the campaign estimated at 3,000": after a
    // quotation, what follows "told" is the audience, not more words
    if (leftIsQuote && verb.frame === 'tell' && !inverted && (right.kind === 'that' || right.kind === 'clause') && !right.viaComma) right = { kind: 'none', start: -1 };
    // "“...,” Clinton said answering a question": a participle after the verb tells how it was said
    if (leftIsQuote && right.kind === 'clause' && !right.viaComma && isParticiple(toks[right.start]) && !verbCue(toks[right.start], toks[right.start + 1])) right = { kind: 'none', start: -1 };
    const useLeft =
      right.kind === 'none' ? (words >= 3 || leftIsQuote) && (endsAfter(ctx, verb, inverted ? source!.last + 1 : cueLast + 1, hi) || (leftIsQuote && verb.frame === 'tell'))
      : right.kind === 'quote' ? leftIsQuote || right.viaComma === true
      : right.kind === 'comma' ? words >= 1
      : right.viaComma === true;
    // "Asked about X, she said, “...”": a participle phrase sets the scene, it is not part of the quote
    if (useLeft && right.kind !== 'none' && toks[left.first].pos === 'VERB' && /(?:ed|ing)$/.test(toks[left.first].lower) && (right.kind !== 'comma' || SCENE.has(toks[left.first].lemma))) left = null;
    else if (!useLeft) left = null;
    // "Some candidates — for instance, X — have called for ...": before a verb of stance only a quotation is what was said
    else if (verb.frame === 'np' && !leftIsQuote) left = null;
  }
  if (right.kind === 'comma') {
    const restHasVerb = hasVerb(ctx, right.start, hi);
    if (!restHasVerb) right = { kind: 'none', start: -1 };
  }
  if (right.kind === 'none' && !left) {
    // "Caddell continued:" closing a paragraph before a quotation
    return null;
  }
  if (verb.quoteOnly && right.kind !== 'quote' && right.kind !== 'colon' && !(left && isClosingMark(ctx, toks[left.last]))) return null;
  if (verb.lexicon && !lexiconFrame(ctx, verb, source, participle, right, left)) return null;
  return { cue: { first: c, last: cueLast }, verb, source, inverted, participle, right, left, leftBoundary, relative, unit: u };
}

/**
 * A verb from the WordNet tier attributes only in the plainest frames, since its saying sense need not
 * be the one meant: a that-clause, a quotation or a colon after it, a quotation before it, or (for a
 * verb of saying, not of thinking) a bare clause. The subject has to be one that speaks: a name or a
 * person pronoun ("the win means that ..." and "meaning that ..." are not sayings).
 */
function lexiconFrame(ctx: Ctx, verb: VerbCue, source: Range | null, participle: boolean, right: Right, left: Range | null): boolean {
  if (!source || participle) return false;
  const toks = ctx.toks;
  // (a capitalised quantifier opening the sentence is no name: "None of this means that ...")
  const speaker = toks.slice(source.first, source.last + 1).some((x) => (x.pos === 'PROPN' && !NOT_NAMES.test(x.lower)) || (x.pos === 'PRON' && SPEAKER_PRONOUN.test(x.lower)));
  if (!speaker) return false;
  if (right.kind === 'that' || right.kind === 'quote' || right.kind === 'colon') return true;
  if (right.kind === 'clause' && !verb.cognitive) return true;
  return !!left && isClosingMark(ctx, toks[left.last]);
}
const SPEAKER_PRONOUN = /^(?:he|she|they|we|i)$/;
const NOT_NAMES = /^(?:none|nothing|nobody|all|each|every|some|any|this|that|these|those|it|much|little)$/;

const OBJECT_BREAKS = new Set(['while', 'after', 'because', 'when', 'since', 'before', 'although', 'though', 'until', 'whereas', 'unless']);

/**
 * Where the object of an attitude or a phrasal cue ends: "push for free trade, Mr. Trump has ...",
 * "asked for a photo and Clinton said ...", "called for a special prosecutor after the report": a
 * pause, a subordinate clause, or a new clause coordinated with the sentence ends what is held.
 */
function objectEnd(ctx: Ctx, a: number, b: number): number {
  const toks = ctx.toks;
  for (let i = a + 1; i <= b; i++) {
    const t = toks[i];
    if (t.quote >= 0) continue;
    // "blasted the Federal Bureau of Investigation (FBI) Tuesday for ...": a bracket inside the object is skipped
    if (t.text === '(') {
      let m = i + 1;
      while (m <= b && m - i <= 6 && toks[m].text !== ')') m++;
      if (m <= b && toks[m].text === ')') {
        i = m;
        continue;
      }
    }
    if (t.text === ',' || t.text === ';' || t.text === '—' || t.text === '–' || t.text === '(') return trimEnd(ctx, a, i - 1);
    if (OBJECT_BREAKS.has(t.lower) && (t.pos === 'SCONJ' || t.pos === 'ADP')) return trimEnd(ctx, a, i - 1);
    if ((t.lower === 'and' || t.lower === 'but') && i + 2 <= b) {
      // "and Clinton said", "but he declined": a subject and its verb open a clause of their own
      let v = i + 1;
      while (v <= b && v - i <= 4 && (toks[v].pos === 'PROPN' || toks[v].pos === 'PRON' || toks[v].pos === 'DET' || toks[v].pos === 'NOUN')) v++;
      if (v > i + 1 && v <= b && (toks[v].pos === 'VERB' || toks[v].pos === 'AUX')) return trimEnd(ctx, a, i - 1);
    }
  }
  return b;
}

/** Quotes attributed by reporting verbs: "X said (that) ...", "“...,” said X", "..., X added", split quotations. */
export function findVerbQuotes(ctx: Ctx, used: Set<number>): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  for (let u = 0; u < ctx.units.length; u++) {
    const unit = ctx.units[u];
    const frames: Frame[] = [];
    for (let c = unit.first; c <= unit.last; c++) {
      const t = toks[c];
      if (t.quote >= 0 || used.has(c)) continue;
      const verb = verbCue(t, c + 1 <= unit.last ? toks[c + 1] : undefined, c > unit.first ? toks[c - 1] : undefined, c + 2 <= unit.last ? toks[c + 2] : undefined) ?? lexiconCue(t);
      if (!verb) continue;
      // "Hope Hicks", "Will Rogers": a capitalised verb inside an ordinary sentence is a name
      if (!t.opensUnit && !unit.titleCase && /^\p{Lu}/u.test(t.text)) continue;
      // "denied media reports that ...": a verb the tagger read as a noun needs a subject of its own,
      // not the object of a verb or preposition before it
      if (t.pos === 'NOUN' && governedNoun(ctx, c, unit.first)) continue;
      // "so-called", "his oft-stated goal", "the now-derided": the end of a hyphenated modifier
      if (c - 2 >= unit.first && toks[c - 1].text === '-' && toks[c - 1].end === t.start && toks[c - 2].end === toks[c - 1].start && toks[c - 2].lower !== 'e') continue;
      const f = readFrame(ctx, c, verb, u, frames);
      if (f) frames.push(f);
    }
    if (!frames.length) continue;
    // content running right stops where another attribution's content begins
    const cuts: number[] = [];
    for (const f of frames) if (f.left && f.leftBoundary > 0) cuts.push(f.leftBoundary);
    for (const f of frames) {
      const src = f.source;
      if (f.left) {
        let first = f.left.first;
        // "(“I want my dues back,” wrote ...": the quotation alone when a bracket or colon opens it
        const lastTok = toks[f.left.last];
        if (isClosingMark(ctx, lastTok)) {
          const q = ctx.quotes[lastTok.quote];
          let open = -1;
          for (let i = f.left.first; i <= f.left.last; i++) {
            if (toks[i].start === q.start) {
              open = i;
              break;
            }
          }
          if (open > f.left.first && /^[(:;—–\[]$/.test(toks[open - 1].text)) first = open;
        }
        const a = trimStart(ctx, first, f.left.last);
        const b = trimEnd(ctx, a, f.left.last);
        if (b >= a) out.push(makeFound(ctx, { source: src, cue: f.cue, content: { first: a, last: b }, unit: u, rank: RIGHT_RANK + 1 }));
      }
      if (f.right.kind !== 'none') {
        let start = f.right.start;
        let end = unit.last;
        if (f.right.kind === 'colon' && start > unit.last) continue; // handled by the colon rule
        for (const k of cuts) if (k > start && k <= end) end = k - 1;
        if (f.right.clauseOnly) {
          for (let k = start + 1; k <= end; k++) {
            if (toks[k].text === ',' && toks[k].quote < 0) {
              end = k - 1;
              break;
            }
          }
        }
        start = trimStart(ctx, start, end);
        let b = contentEnd(ctx, start, end);
        if (f.verb.frame === 'np' && f.right.kind === 'np') b = objectEnd(ctx, start, b);
        if (b >= start) out.push(makeFound(ctx, { source: src, cue: f.cue, content: { first: start, last: b }, unit: u, rank: RIGHT_RANK }));
      }
      if (f.relative >= 0) out.push(makeFound(ctx, { source: src, cue: f.cue, content: { first: f.relative, last: f.relative }, unit: u, rank: RIGHT_RANK + 2 }));
      for (let i = f.cue.first; i <= f.cue.last; i++) used.add(i);
    }
  }
  return out;
}
