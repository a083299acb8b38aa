import type { Ctx, Tok } from './context.js';
import { makeFound, type Found } from './found.js';
import { contentEnd, isMarkTok, subjectBefore, trimStart, type Range } from './phrases.js';

const SEEMING = new Set(['seem', 'appear']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", '’s', "'re", '’re']);
/** Subjects that hold no content of their own ("it seems that ...", "there appears to be ..."). */
const EMPTY_SUBJECTS = new Set(['it', 'there', 'this', 'that']);

/** Whether what follows `k` is what seems or is expected: an infinitive, a clause, an adjective or a likeness. */
function predicateAt(ctx: Ctx, k: number, hi: number, seeming: boolean): boolean {
  const toks = ctx.toks;
  let j = k;
  while (j <= hi && toks[j].pos === 'ADV' && j - k < 3) j++;
  const t: Tok | undefined = toks[j];
  if (!t || j > hi || isMarkTok(ctx, t)) return false;
  if (t.lower === 'to' && toks[j + 1]?.pos === 'VERB' || toks[j + 1]?.pos === 'AUX' && t.lower === 'to') return true;
  if (!seeming) return false;
  if (t.lower === 'that' && j === k) return true;
  if (t.lower === 'like' || t.lower === 'as' && toks[j + 1]?.lower === 'if') return true;
  return t.pos === 'ADJ' || (t.pos === 'VERB' && /ed$/.test(t.lower) && j + 1 <= hi && toks[j + 1].pos !== 'ADP');
}

/**
 * Evidential raising: "X seems to ...", "X appears poised ...", "X is (widely) expected to ...".
 * PolNeAR-style content comes in two pieces, the subject and the predicate, sharing the cue; the
 * source is the writer's unnamed evidence (null).
 */
export function findRaising(ctx: Ctx, used: Set<number>): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.quote >= 0 || used.has(i)) continue;
    const unit = ctx.units[t.unit];
    const lo = unit.first;
    const hi = unit.last;
    let cue: Range | null = null;
    let seeming = false;
    if (SEEMING.has(t.lemma) && t.pos === 'VERB') {
      cue = { first: i, last: i };
      seeming = true;
    } else if (t.lower === 'expected') {
      let b = i - 1;
      while (b >= lo && (toks[b].pos === 'ADV' || toks[b].lower === 'not' || toks[b].lower === "n't")) b--;
      if (b >= lo && BE_FORMS.has(toks[b].lower)) cue = { first: b, last: i };
    }
    if (!cue || !predicateAt(ctx, i + 1, hi, seeming)) continue;
    // the subject, before any auxiliaries ("has seemed", "will be expected")
    let s = cue.first - 1;
    while (s >= lo && (toks[s].pos === 'AUX' || toks[s].pos === 'ADV' || toks[s].lower === 'not' || toks[s].lower === "n't")) s--;
    const subject = s >= lo ? subjectBefore(ctx, s, lo) : null;
    const a = trimStart(ctx, i + 1, hi);
    const b = contentEnd(ctx, a, hi);
    if (b < a) continue;
    const u = t.unit;
    if (subject && !(subject.first === subject.last && EMPTY_SUBJECTS.has(toks[subject.first].lower))) {
      out.push(makeFound(ctx, { source: null, cue, content: { first: subject.first, last: subject.last }, unit: u, rank: 12 }));
    }
    out.push(makeFound(ctx, { source: null, cue, content: { first: a, last: b }, unit: u, rank: 12 }));
    for (let x = cue.first; x <= cue.last; x++) used.add(x);
  }
  return out;
}

/** Adverbs that mark a statement as reported or apparent, not asserted by the writer. */
const EVIDENTIAL_ADVERBS = new Set(['reportedly', 'seemingly']);

/**
 * "The Club for Growth is reportedly spending $1.5 million", "Bloomberg reportedly considering a run":
 * like raising, two pieces (who or what, and the reported predicate) sharing the adverb as cue.
 */
export function findEvidentialAdverbs(ctx: Ctx, used: Set<number>): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.quote >= 0 || used.has(i) || !EVIDENTIAL_ADVERBS.has(t.lower)) continue;
    const unit = ctx.units[t.unit];
    const lo = unit.first;
    const hi = unit.last;
    const a = i + 1;
    if (a > hi || toks[a].pos === 'PUNCT') continue;
    const b = contentEnd(ctx, a, hi);
    if (b < a) continue;
    let s = i - 1;
    while (s >= lo && (toks[s].pos === 'AUX' || toks[s].pos === 'ADV' || toks[s].lower === 'not' || toks[s].lower === "n't")) s--;
    const subject = s >= lo ? subjectBefore(ctx, s, lo) : null;
    const cue = { first: i, last: i };
    if (subject && !(subject.first === subject.last && EMPTY_SUBJECTS.has(toks[subject.first].lower))) {
      out.push(makeFound(ctx, { source: null, cue, content: { first: subject.first, last: subject.last }, unit: t.unit, rank: 12 }));
    }
    out.push(makeFound(ctx, { source: null, cue, content: { first: a, last: b }, unit: t.unit, rank: 12 }));
    used.add(i);
  }
  return out;
}
