import type { Ctx } from './context.js';
import { makeFound, type Found } from './found.js';
import { contentEnd, hasVerb, npAfter, skipAdjuncts, subjectBefore, type Range } from './phrases.js';
import { mainSubject } from './subjects.js';

/**
 * Saying done with a light verb and a noun: "made it clear that ...", "took issue with ...",
 * "raised concerns about ...". Each entry: the verb's lemma, the words that may follow it, and what
 * opens the content after them (a clause with "that", or a phrase after the preposition).
 */
interface Phrase {
  verb: string;
  words: readonly string[];
  opens: readonly string[];
}

const PHRASES: readonly Phrase[] = [
  { verb: 'make', words: ['it', 'clear'], opens: ['that', 'clause'] },
  { verb: 'make', words: ['clear'], opens: ['that', 'clause'] },
  { verb: 'make', words: ['the', 'case'], opens: ['that', 'for', 'against'] },
  { verb: 'make', words: ['the', 'point'], opens: ['that'] },
  { verb: 'make', words: ['no', 'secret', 'of'], opens: ['np'] },
  { verb: 'make', words: ['mention', 'of'], opens: ['np'] },
  { verb: 'take', words: ['issue', 'with'], opens: ['np'] },
  { verb: 'take', words: ['credit', 'for'], opens: ['np'] },
  { verb: 'take', words: ['a', 'shot', 'at'], opens: ['np'] },
  { verb: 'take', words: ['shots', 'at'], opens: ['np'] },
  { verb: 'take', words: ['a', 'swipe', 'at'], opens: ['np'] },
  { verb: 'take', words: ['a', 'jab', 'at'], opens: ['np'] },
  { verb: 'raise', words: ['questions'], opens: ['about', 'over'] },
  { verb: 'raise', words: ['concerns'], opens: ['about', 'over', 'that'] },
  { verb: 'raise', words: ['concern'], opens: ['about', 'over', 'that'] },
  { verb: 'raise', words: ['doubts'], opens: ['about', 'over', 'that'] },
  { verb: 'raise', words: ['the', 'possibility'], opens: ['that'] },
  { verb: 'give', words: ['no', 'indication'], opens: ['that'] },
  { verb: 'give', words: ['an', 'example', 'of'], opens: ['np'] },
];

/**
 * Light verbs that perform a saying with the noun they take: "made the observation that ...",
 * "delivered a defense of ...", "issued a statement about ...", "voiced concerns over ...".
 */
const LIGHT_VERBS = new Set(['make', 'take', 'give', 'deliver', 'issue', 'offer', 'level', 'lodge', 'voice', 'express', 'raise', 'release', 'launch', 'mount', 'send', 'post', 'cast', 'renew', 'repeat', 'reiterate', 'extend', 'register']);

/**
 * Nouns of saying, judging and asking, with what opens their content: "that" (a clause), ":" (what
 * follows), or the prepositions listed (a noun phrase after them).
 */
const SAYING_NOUNS: Record<string, readonly string[]> = {
  statement: ['that', ':', 'about', 'on'],
  observation: ['that'],
  argument: ['that', 'for', 'against'],
  case: ['that', 'for', 'against'],
  point: ['that'],
  claim: ['that', 'about'],
  allegation: ['that', 'against', 'about'],
  accusation: ['that', 'against'],
  charge: ['that', 'against'],
  comment: ['that', 'about', 'on'],
  remark: ['that', 'about', 'on'],
  reference: ['to'],
  defense: ['of'],
  defence: ['of'],
  attack: ['on', 'against'],
  criticism: ['of'],
  critique: ['of'],
  swipe: ['at'],
  shot: ['at'],
  jab: ['at'],
  dig: ['at'],
  appeal: ['for', 'to'],
  plea: ['for', 'to'],
  pitch: ['for', 'to'],
  promise: ['to', 'that'],
  pledge: ['to', 'that'],
  vow: ['to', 'that'],
  prediction: ['that', 'about'],
  announcement: ['that', 'about', ':'],
  apology: ['for', 'to'],
  endorsement: ['of'],
  threat: ['to', 'against'],
  warning: ['that', 'about', 'against', 'to'],
  complaint: ['that', 'about', 'against'],
  request: ['for', 'to'],
  call: ['for'],
  demand: ['for', 'that'],
  suggestion: ['that'],
  joke: ['about', 'that'],
  concern: ['about', 'over', 'that'],
  question: ['about', 'over'],
  doubt: ['about', 'over', 'that'],
  objection: ['to'],
  praise: ['for'],
  support: ['for'],
  opposition: ['to'],
  assurance: ['that'],
  denial: ['of', 'that'],
  vote: ['for', 'against'],
  tribute: ['to'],
  rebuke: ['of'],
  condemnation: ['of'],
  shout: ['to'],
};

/** The singular of a noun of saying ("allegations" → "allegation"), if it is one. */
function sayingNoun(word: string): string | null {
  if (SAYING_NOUNS[word]) return word;
  const single = word.replace(/s$/, '');
  return single !== word && SAYING_NOUNS[single] ? single : null;
}

/**
 * "made these same allegations against the NRA", "delivered an impassioned defense of ...", "voiced
 * concerns that ...": a light verb, a few modifiers, a noun of saying and what opens its content.
 */
function lightVerbNoun(ctx: Ctx, c: number): { cueLast: number; content: Range } | null {
  const toks = ctx.toks;
  const unit = ctx.units[toks[c].unit];
  let k = c + 1;
  // determiners, possessives, adjectives and adverbs before the noun ("a sharply worded statement")
  while (k <= unit.last && k - c <= 5 && /^(?:DET|ADJ|ADV|NUM|PRON)$/.test(toks[k].pos) && !sayingNoun(toks[k].lower)) {
    if (toks[k].pos === 'PRON' && !/^(?:his|her|their|its|our|my)$/.test(toks[k].lower)) return null;
    k++;
  }
  if (k > unit.last || toks[k].pos !== 'NOUN') return null;
  const noun = sayingNoun(toks[k].lower);
  if (!noun) return null;
  const opens = SAYING_NOUNS[noun];
  const n = k + 1 <= unit.last ? toks[k + 1] : undefined;
  if (!n) return null;
  if (n.lower === 'that' && opens.includes('that') && k + 2 <= unit.last && !/^(?:VERB|AUX)$/.test(toks[k + 2].pos)) {
    const b = contentEnd(ctx, k + 1, unit.last);
    return b > k + 1 ? { cueLast: k, content: { first: k + 1, last: b } } : null;
  }
  if (n.text === ':' && opens.includes(':') && k + 2 <= unit.last) {
    const b = contentEnd(ctx, k + 2, unit.last);
    return b >= k + 2 ? { cueLast: k + 1, content: { first: k + 2, last: b } } : null;
  }
  if (opens.includes(n.lower) && k + 2 <= unit.last) {
    if (n.lower === 'to' && toks[k + 2].pos === 'VERB') {
      const b = contentEnd(ctx, k + 1, unit.last);
      return { cueLast: k, content: { first: k + 1, last: b } };
    }
    const np = npAfter(ctx, k + 2, unit.last);
    if (np) return { cueLast: k + 1, content: np };
  }
  return null;
}

/** Determiners and possessives that may stand for "the"/"a" in a phrase ("took his shot at", "made their case"). */
const DETERMINER = /^(?:the|a|an|his|her|their|its|our|my|no|some|several|serious|new)$/;

function wordAt(tok: string, want: string): boolean {
  if (want === 'the' || want === 'a' || want === 'an') return DETERMINER.test(tok);
  return tok === want;
}

/** "made it clear that ...", "took issue with ...": light-verb phrases of saying. */
export function findPhrasalCues(ctx: Ctx, used: Set<number>): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  for (let c = 0; c < toks.length; c++) {
    const v = toks[c];
    if (v.pos !== 'VERB' || v.quote >= 0 || used.has(c)) continue;
    const unit = ctx.units[v.unit];
    let done = false;
    for (const p of PHRASES) {
      if (v.lemma !== p.verb) continue;
      let k = c + 1;
      let ok = true;
      for (const w of p.words) {
        // an adverb may sit inside the phrase ("made it very clear", "raised serious questions")
        while (k <= unit.last && toks[k].pos === 'ADV' && toks[k].lower !== w) k++;
        if (k > unit.last || !wordAt(toks[k].lower, w)) {
          ok = false;
          break;
        }
        k++;
      }
      if (!ok || k > unit.last) continue;
      let cueLast = k - 1;
      // "made clear Tuesday night that ...": time words and other adjuncts before what was said
      if (p.opens.includes('that')) k = skipAdjuncts(ctx, k, unit.last);
      if (k > unit.last) continue;
      const n = toks[k];
      let content: Range | null = null;
      if (p.opens.includes('that') && n.lower === 'that') {
        const b = contentEnd(ctx, k, unit.last);
        if (b > k) content = { first: k, last: b };
      } else if (p.opens.includes('np') || p.opens.includes(n.lower)) {
        const first = p.opens.includes('np') ? k : k + 1;
        if (first > k) cueLast = k;
        const np = first <= unit.last ? npAfter(ctx, first, unit.last) : null;
        if (np) content = np;
      } else if (p.opens.includes('clause') && (n.pos === 'PRON' || n.pos === 'DET' || n.pos === 'PROPN') && hasVerb(ctx, k, Math.min(unit.last, k + 6))) {
        const b = contentEnd(ctx, k, unit.last);
        if (b > k) content = { first: k, last: b };
      }
      if (!content) continue;
      const prev = toks[c - 1];
      let source = c > unit.first ? subjectBefore(ctx, c - 1, unit.first) : null;
      // "... and made it clear that ...": the subject of the clause before
      if (!source && prev && (prev.lower === 'and' || prev.lower === 'but' || prev.text === ',')) source = mainSubject(ctx, unit.first, c - 2);
      if (!source) continue;
      out.push(makeFound(ctx, { source, cue: { first: c, last: cueLast }, content, unit: v.unit, rank: 9 }));
      for (let x = c; x <= cueLast; x++) used.add(x);
      done = true;
      break;
    }
    if (done || !LIGHT_VERBS.has(v.lemma)) continue;
    // "to make the case": the one who makes it is not named here
    if (c > unit.first && toks[c - 1].lower === 'to') continue;
    const found = lightVerbNoun(ctx, c);
    if (!found) continue;
    const prev = toks[c - 1];
    let source = c > unit.first ? subjectBefore(ctx, c - 1, unit.first) : null;
    if (!source && prev && (prev.lower === 'and' || prev.lower === 'but')) source = mainSubject(ctx, unit.first, c - 2);
    if (!source) continue;
    out.push(makeFound(ctx, { source, cue: { first: c, last: found.cueLast }, content: found.content, unit: v.unit, rank: 9 }));
    for (let x = c; x <= found.cueLast; x++) used.add(x);
  }
  return out;
}
