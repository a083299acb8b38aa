import type { Ctx } from './context.js';
import { isTimeWord, lemmaOf, PASSIVE_ANON, PASSIVE_BY, verbCue } from './cues.js';
import { makeFound, type Found } from './found.js';
import { contentEnd, isOpeningMark, npAfter, subjectBefore, trimEnd, type Range } from './phrases.js';
import { rightContent } from './right.js';

/** Modals of obligation that make "it should be noted" the writer's own aside ("has to", "needs to" with "to"). */
const OBLIGATION = new Set(['should', 'must', 'ought']);
const OBLIGATION_TO = new Set(['has', 'have', 'needs', 'need']);
const DEMONSTRATIVE = new Set(['this', 'that', 'it', 'these', 'those', 'such']);
/** Verbs whose passive subject is the one spoken to ("was told that ...", "was asked, “...”"). */
const ADDRESSED = new Set(['tell', 'ask', 'inform', 'assure', 'warn', 'remind', 'advise', 'promise']);

/** Whether tokens `k`..`hi` are nothing, or a prepositional phrase or time word saying where and when. */
function onlyCircumstance(ctx: Ctx, k: number, hi: number): boolean {
  const rest = trimEnd(ctx, k, hi);
  if (rest < k) return true;
  let j = k;
  if (ctx.toks[j].text === ',') j++;
  const t = ctx.toks[j];
  if (!t || j > rest) return false;
  if (isTimeWord(t)) return true;
  return t.pos === 'ADP' && t.lower !== 'that' && t.lower !== 'of' && !ctx.toks.slice(j + 1, rest + 1).some((x) => x.pos === 'VERB' && !/(?:ing|ed)$/.test(x.lower));
}

/** Index of the participle in "be (adverbs) VERB" starting at `k`, or -1. */
function passiveVerbAt(ctx: Ctx, k: number, hi: number): number {
  const toks = ctx.toks;
  let j = k;
  let sawBe = false;
  while (j <= hi && (toks[j].pos === 'AUX' || toks[j].pos === 'ADV' || toks[j].pos === 'PART')) {
    if (toks[j].lemma === 'be') sawBe = true;
    j++;
  }
  if (!sawBe || j > hi) return -1;
  return toks[j].pos === 'VERB' || toks[j].pos === 'ADJ' ? j : -1;
}

/**
 * Passive attributions: "it was reported that ..." (no source), "This was told by X" (the content is
 * the previous sentence), "Reuters quoted X as saying ...", "X was quoted as saying ...".
 */
export function findPassiveQuotes(ctx: Ctx, used: Set<number>): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.quote >= 0 || used.has(i)) continue;
    const u = t.unit;
    const unit = ctx.units[u];
    const hi = unit.last;

    // "quoted X as saying" / "X was quoted (by Y) as saying"
    if (t.lemma === 'quote' && t.pos === 'VERB') {
      let source: Range | null = null;
      let k = i + 1;
      const prevBe = i - 1 >= unit.first && (toks[i - 1].lemma === 'be' || toks[i - 1].pos === 'ADV' && toks[i - 2]?.lemma === 'be');
      if (prevBe) {
        let s = i - 1;
        while (s >= unit.first && (toks[s].pos === 'AUX' || toks[s].pos === 'ADV')) s--;
        source = s >= unit.first ? subjectBefore(ctx, s, unit.first) : null;
        if (toks[k]?.lower === 'by') {
          const by = npAfter(ctx, k + 1, hi);
          if (by) k = by.last + 1;
        }
      } else {
        const np = npAfter(ctx, k, hi);
        if (np) {
          source = np;
          k = np.last + 1;
        }
      }
      while (k <= hi && (toks[k].pos === 'ADV' || toks[k].text === ',')) k++;
      if (source && toks[k]?.lower === 'as' && k + 1 <= hi && verbCue(toks[k + 1], toks[k + 2])) {
        const content = rightContent(ctx, k + 1, hi);
        if (content) {
          const cue = { first: i, last: k + 1 };
          out.push(makeFound(ctx, { source, cue, content, unit: u, rank: 3 }));
          for (let x = i; x <= k + 1; x++) used.add(x);
        }
      }
      continue;
    }

    // "it was reported (by X) that ..."
    if (t.lower === 'it' && (i === unit.first || /^(?:,|but|and|yet|so|—|–)$/.test(toks[i - 1].lower))) {
      const v = passiveVerbAt(ctx, i + 1, hi);
      if (v < 0 || !PASSIVE_ANON.has(lemmaOf(toks[v]))) continue;
      // "It should be noted that ...", "it must be said that ...": the author's own remark
      if (toks.slice(i + 1, v).some((x, n) => OBLIGATION.has(x.lower) || (OBLIGATION_TO.has(x.lower) && toks[i + 2 + n]?.lower === 'to'))) continue;
      let k = v + 1;
      let source: Range | null = null;
      if (toks[k]?.lower === 'by') {
        source = npAfter(ctx, k + 1, hi);
        if (source) k = source.last + 1;
      }
      while (k <= hi && toks[k].pos === 'ADV') k++;
      if (toks[k]?.lower !== 'that' || k + 1 > hi) continue;
      const b = contentEnd(ctx, k, hi);
      if (b <= k) continue;
      const cue = { first: i, last: v };
      out.push(makeFound(ctx, { source, cue, content: { first: k, last: b }, unit: u, rank: 4 }));
      for (let x = i; x <= v; x++) used.add(x);
      continue;
    }

    // "I was told that ...", "Blumenthal was asked, “...?”": the one told is the subject; who told is
    // named by "by" or not at all
    if (ADDRESSED.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'ADJ') && i - 1 >= unit.first) {
      let b = i - 1;
      while (b > unit.first && (toks[b].pos === 'ADV' || toks[b].pos === 'PART')) b--;
      if (toks[b].lemma !== 'be' || toks[b].pos !== 'AUX') continue;
      let k = i + 1;
      let source: Range | null = null;
      if (toks[k]?.lower === 'by') {
        source = npAfter(ctx, k + 1, hi);
        if (!source) continue;
        k = source.last + 1;
      }
      while (k <= hi && toks[k].pos === 'ADV') k++;
      if (k > hi) continue;
      let first = -1;
      if (toks[k].lower === 'that' && k + 1 <= hi && !/^(?:VERB|AUX|PUNCT)$/.test(toks[k + 1].pos)) first = k;
      else if (isOpeningMark(ctx, toks[k])) first = k;
      else if ((toks[k].text === ',' || toks[k].text === ':') && isOpeningMark(ctx, toks[k + 1])) first = k + 1;
      if (first < 0) continue;
      const last = contentEnd(ctx, first, hi);
      if (last < first) continue;
      out.push(makeFound(ctx, { source, cue: { first: b, last: i }, content: { first, last }, unit: u, rank: 4 }));
      for (let x = b; x <= i; x++) used.add(x);
      continue;
    }

    // "This was told by X." — what was told is the sentence before
    if (DEMONSTRATIVE.has(t.lower) && i === unit.first) {
      const v = passiveVerbAt(ctx, i + 1, hi);
      if (v < 0 || !PASSIVE_BY.has(lemmaOf(toks[v])) || toks[v + 1]?.lower !== 'by') continue;
      const source = npAfter(ctx, v + 2, hi);
      if (!source) continue;
      // only where and when may follow ("... in an interview with Imedi TV", "..., on Monday")
      if (!onlyCircumstance(ctx, source.last + 1, hi)) continue;
      const prevUnit = ctx.units[u - 1];
      if (!prevUnit) continue;
      const a = prevUnit.first;
      const b = trimEnd(ctx, a, prevUnit.last);
      if (b < a) continue;
      out.push(makeFound(ctx, { source, cue: { first: v, last: v }, content: { first: a, last: b }, unit: u, rank: 2, kind: isOpeningMark(ctx, toks[a]) ? 'direct' : 'indirect' }));
      used.add(v);
    }
  }
  return out;
}
