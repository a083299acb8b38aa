import type { Ctx, Tok } from './context.js';
import { isTimeWord } from './cues.js';
import { makeFound, type Found } from './found.js';
import { contentEnd, isMarkTok, isRelative, subjectBefore, trimEnd, trimStart, type Range } from './phrases.js';

/**
 * Passive construals: how something is seen, known or regarded by unnamed people ("the DNC, which is
 * seen as aligned with Clinton", "the contests known as Super Tuesday", "the walk-off is considered
 * one of the largest"). Like raising, the content comes in two pieces, what is construed and how, and
 * the source is left unnamed (null).
 */
const CONSTRUED = new Set([
  'known', 'seen', 'viewed', 'regarded', 'considered', 'deemed', 'perceived', 'billed', 'touted', 'branded', 'labeled',
  'labelled', 'dubbed', 'thought', 'believed', 'rumored', 'rumoured', 'portrayed', 'characterized', 'characterised',
  'called', 'named', 'titled', 'entitled', 'expected', 'projected', 'predicted', 'alleged',
]);
/** Participles that give a name: only after a common noun are they a reduced relative ("a website called ..."). */
const NAMING = new Set(['called', 'named', 'titled', 'entitled']);
/** Participles that name or judge without "as" ("is considered an asset", "was dubbed “the operator”"). */
const DIRECT = new Set(['considered', 'deemed', 'dubbed', 'labeled', 'labelled', 'branded', 'called', 'named', 'titled', 'entitled']);
/** Participles that take a to-infinitive ("is believed to have left", "is known to be bullish"). */
const INFINITIVE = new Set(['known', 'thought', 'believed', 'rumored', 'rumoured', 'seen', 'considered', 'expected', 'projected', 'predicted', 'alleged']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re']);
/** Subjects that hold no content of their own ("it is considered rude"). */
const EMPTY_SUBJECTS = new Set(['it', 'there', 'this', 'that']);

/** Index of the first token of what the participle at `i` says the subject is, or -1. */
function predicateStart(ctx: Ctx, i: number, hi: number): { start: number; as: boolean } | null {
  const toks = ctx.toks;
  let j = i + 1;
  while (j <= hi && toks[j].pos === 'ADV' && toks[j].lower !== 'as' && j - i < 3) j++;
  // "known to fans as Notorious RBG"
  if (j + 2 <= hi && toks[j].lower === 'to' && !(toks[j + 1].pos === 'VERB' && /^(?:be|have)$/.test(toks[j + 1].lower)) && toks[j + 1].pos !== 'AUX') {
    let k = j + 1;
    while (k <= hi && k - j < 5 && toks[k].lower !== 'as') k++;
    if (k <= hi && toks[k].lower === 'as') j = k;
  }
  const t: Tok | undefined = toks[j];
  if (!t || j > hi || isMarkTok(ctx, t) && !DIRECT.has(toks[i].lower)) return null;
  if (t.lower === 'as' && j + 1 <= hi && toks[j + 1].lower !== 'well' && toks[j + 1].lower !== 'if') return { start: j + 1, as: true };
  if (INFINITIVE.has(toks[i].lower) && t.lower === 'to' && (toks[j + 1]?.pos === 'VERB' || toks[j + 1]?.pos === 'AUX')) return { start: j, as: false };
  if (DIRECT.has(toks[i].lower) && (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || isMarkTok(ctx, t))) return { start: j, as: false };
  return null;
}

export function findConstruals(ctx: Ctx, used: Set<number>): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.quote >= 0 || used.has(i) || !CONSTRUED.has(t.lower)) continue;
    const unit = ctx.units[t.unit];
    const lo = unit.first;
    const hi = unit.last;
    if (i === lo) continue;
    const pred = predicateStart(ctx, i, hi);
    if (!pred) continue;
    // a name is given as a name or a quotation ("a group called Lashkar-e-Taiba"), not a date or a phrase
    if (NAMING.has(t.lower) && !pred.as) {
      const p = toks[pred.start];
      if (!(isMarkTok(ctx, p) || (p.pos === 'PROPN' && !isTimeWord(p) && /^\p{Lu}/u.test(p.text)))) continue;
    }
    // a passive ("is seen as") or a reduced relative after a noun ("the contests known as", "The program, known as")
    let b = i - 1;
    while (b >= lo && (toks[b].pos === 'ADV' || toks[b].lower === 'not' || toks[b].lower === "n't")) b--;
    let cueFirst = i;
    let subjectEnd = -1;
    if (b >= lo && BE.has(toks[b].lower)) {
      cueFirst = b;
      let s = b - 1;
      while (s >= lo && (toks[s].pos === 'AUX' || toks[s].pos === 'ADV' || toks[s].lower === 'not' || toks[s].lower === "n't")) s--;
      subjectEnd = s;
    } else if (b === i - 1 && (toks[b].pos === 'NOUN' || (toks[b].pos === 'PROPN' && !NAMING.has(t.lower)))) {
      // "Trump called Wednesday for ...", "Mr. Obama called Naghmeh Abedini": after a name, "called" is the verb
      subjectEnd = b;
      // "The Trump campaign called the charges ...": a noun phrase opening the clause is the verb's subject
      const np = subjectBefore(ctx, b, lo);
      const before = np ? toks[np.first - 1] : undefined;
      if (NAMING.has(t.lower) && np && (np.first === lo || (before && /^(?:,|;|:|—|–|and|but|who|which|that)$/.test(before.lower)))) continue;
    } else if (b === i - 1 && toks[b].text === ',' && b - 1 >= lo && (toks[b - 1].pos === 'NOUN' || toks[b - 1].pos === 'PROPN')) {
      subjectEnd = b - 1;
    } else continue;
    const cue: Range = { first: cueFirst, last: pred.as ? pred.start - 1 : i };
    const subject = subjectEnd >= lo ? subjectBefore(ctx, subjectEnd, lo) : null;
    const a = trimStart(ctx, pred.start, hi);
    let e = contentEnd(ctx, a, hi);
    // "The DNC, which is seen as aligned with Clinton, responded": the relative clause ends at its comma
    if (subject?.antecedent || (subject && isRelative(toks[subject.first]))) {
      for (let k = a + 1; k <= e; k++) {
        if (toks[k].text === ',' && toks[k].quote < 0) {
          e = trimEnd(ctx, a, k - 1);
          break;
        }
      }
    }
    if (e < a) continue;
    const u = t.unit;
    if (subject && !(subject.first === subject.last && EMPTY_SUBJECTS.has(toks[subject.first].lower))) {
      out.push(makeFound(ctx, { source: null, cue, content: { first: subject.first, last: subject.last }, unit: u, rank: 13 }));
    }
    out.push(makeFound(ctx, { source: null, cue, content: { first: a, last: e }, unit: u, rank: 13 }));
    for (let x = cue.first; x <= cue.last; x++) used.add(x);
  }
  return out;
}
