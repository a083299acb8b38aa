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
      break;
    }
  }
  return out;
}
