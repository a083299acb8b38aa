import type { Ctx } from './context.js';
import { makeFound, type Found } from './found.js';
import { lemmaOf, PASSIVE_BY } from './cues.js';
import { contentEnd, hasVerb, npAfter, trimEnd, trimStart, type Range } from './phrases.js';

const SOURCE_LINKS = new Set(['of', 'by', 'from', 'at', 'for', 'and', '&', 'with', 'on', 'in']);
const LEAD_INS = new Set(['but', 'and', 'yet', 'so', 'also', 'however', 'still', 'now', 'instead', 'moreover']);

/** "According to X, ..." and "..., according to X": kind according-to. */
export function findAccordingTo(ctx: Ctx, used: Set<number>): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i];
    if (t.lower !== 'according' || toks[i + 1].lower !== 'to' || t.quote >= 0 || used.has(i)) continue;
    const u = t.unit;
    const unit = ctx.units[u];
    if (toks[i + 1].unit !== u || i + 2 > unit.last) continue;
    const source = npAfter(ctx, i + 2, unit.last, SOURCE_LINKS);
    if (!source) continue;
    const cue = { first: i, last: i + 1 };
    // "And it hasn’t gone unnoticed: According to recent polls, ...": a colon starts afresh
    let start = unit.first;
    for (let k = i - 1; k > unit.first; k--) {
      if ((toks[k].text === ':' || toks[k].text === ';') && toks[k].quote < 0) {
        start = k + 1;
        break;
      }
    }
    let lead = start;
    while (lead < i && (LEAD_INS.has(toks[lead].lower) || toks[lead].text === ',')) lead++;
    let after = source.last + 1;
    const pieces: Array<{ first: number; last: number }> = [];
    if (lead === i) {
      // According to X, content. (the source may run on: "according to a poll released Monday,")
      let from = after;
      if (toks[after] && toks[after].text !== ',') {
        for (let k = after; k <= Math.min(unit.last, after + 10); k++) {
          if (toks[k].text === ',') {
            from = k + 1;
            break;
          }
        }
      }
      const a = trimStart(ctx, from, unit.last);
      const b = contentEnd(ctx, a, unit.last);
      if (b >= a) pieces.push({ first: a, last: b });
    } else {
      let b = i - 1;
      while (b >= unit.first && /^[,—–-]$/.test(toks[b].text)) b--;
      const a = trimStart(ctx, start, b);
      const e = trimEnd(ctx, a, b);
      // "He left after, according to him, ...": what precedes is not a clause of its own
      const left = e >= a && !/^(?:ADP|SCONJ|CCONJ|DET)$/.test(toks[e].pos);
      if (left) pieces.push({ first: a, last: e });
      // "according to members who spoke with reporters afterward, was ...": the source runs on to its comma
      if (after <= unit.last && (/^(?:who|that|which)$/.test(toks[after].lower) || (toks[after].pos === 'VERB' && /ed$/.test(toks[after].lower)))) {
        for (let k = after + 1; k <= Math.min(unit.last, after + 12); k++) {
          if (toks[k].text === ',') {
            after = k;
            break;
          }
        }
      }
      // "..., according to X, ...": the rest of the sentence belongs to the same attribution, unless it
      // only describes X ("according to the Judicial Conference, the policy-making arm of the courts")
      if (after <= unit.last && toks[after].text === ',' && hasVerb(ctx, after + 1, unit.last) && !isApposition(ctx, after + 1, unit.last)) {
        const ra = trimStart(ctx, after + 1, unit.last);
        const rb = contentEnd(ctx, ra, unit.last);
        if (rb >= ra) pieces.push({ first: ra, last: rb });
      }
    }
    for (const content of pieces) out.push(makeFound(ctx, { source, cue, content, unit: u, rank: 5, kind: 'according-to' }));
    if (pieces.length) {
      used.add(i);
      used.add(i + 1);
    }
  }
  return out;
}

/** Whether a noun phrase describing the source starts at `k` and runs to a comma or the end ("..., a close friend of hers, ..."). */
function isApposition(ctx: Ctx, k: number, hi: number): boolean {
  const np = npAfter(ctx, k, hi);
  if (!np) return false;
  const n = ctx.toks[np.last + 1];
  return !n || np.last + 1 > hi || n.text === ',' || n.text === '.' || /^(?:who|which|whose)$/.test(n.lower);
}

/** Records whose findings a sentence can report: "In a CNN poll, Clinton held a lead". */
const RECORDS = /^(?:polls?|surveys?|stud(?:y|ies)|reports?|analys[ie]s|data|census|projections?|forecasts?|estimates?|rankings?|findings)$/;
/** Points of view: "In their eyes, ...", "In Forbes' words, ...". */
const VIEWS = /^(?:view|eyes|words|opinion|estimation|judgment|judgement|mind|telling|account)$/;

/**
 * "In the latest NBC poll, Trump leads ...", "In his view, the deal failed": a sentence-opening
 * phrase that names the record or the person the rest of the sentence is reported from. The
 * sentence must carry no reporting verb of its own ("In a statement, she said ..." is hers).
 */
export function findInRecord(ctx: Ctx, used: Set<number>): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  for (const unit of ctx.units) {
    let i = unit.first;
    while (i < unit.last && LEAD_INS.has(toks[i].lower)) i++;
    if (toks[i].lower !== 'in' || toks[i].quote >= 0 || used.has(i)) continue;
    const np = npAfter(ctx, i + 1, unit.last, SOURCE_LINKS);
    if (!np) continue;
    // the phrase runs to its comma ("In a poll released Monday, ...")
    let comma = -1;
    for (let k = np.last + 1; k <= Math.min(unit.last, np.last + 10); k++) {
      if (toks[k].text === ',') {
        comma = k;
        break;
      }
    }
    if (comma < 0 || comma + 1 > unit.last) continue;
    let record = false;
    let view = false;
    let possessor = -1;
    for (let k = np.first; k < comma; k++) {
      if (RECORDS.test(toks[k].lower) && toks[k].pos === 'NOUN') record = true;
      if (VIEWS.test(toks[k].lower)) {
        view = k > np.first;
        possessor = k - 1;
      }
    }
    if (!record && !view) continue;
    let source = { first: np.first, last: comma - 1 };
    let cueLast = i;
    if (view) {
      // "In Forbes' words" → Forbes; "In his view" → his; "In the opinion of experts" → experts
      cueLast = possessor + 1;
      if (toks[possessor + 2]?.lower === 'of' && possessor + 3 < comma) {
        source = { first: possessor + 3, last: comma - 1 };
        cueLast = possessor + 2;
      } else {
        let last = possessor;
        if (/^['’]s?$/.test(toks[last].text)) last--;
        source = { first: np.first, last: Math.max(np.first, last) };
      }
    }
    let saying = false;
    for (let k = comma + 1; k <= unit.last; k++) if (used.has(k)) saying = true;
    if (saying) continue;
    const a = trimStart(ctx, comma + 1, unit.last);
    const b = contentEnd(ctx, a, unit.last);
    if (b < a || !hasVerb(ctx, a, b)) continue;
    out.push(makeFound(ctx, { source, cue: { first: i, last: cueLast }, content: { first: a, last: b }, unit: toks[i].unit, rank: 30 }));
    used.add(i);
  }
  return out;
}

/**
 * "As he put it, Belarus “has its own war to avoid.”", "..., as one diplomat put it." and "As reported
 * by Newsmaker, the government ...": the speaker's own wording, or report, of the rest (or the first
 * part) of the sentence.
 */
export function findAsPutIt(ctx: Ctx, used: Set<number>): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  for (let i = 0; i + 3 < toks.length; i++) {
    if (toks[i].lower !== 'as' || toks[i].quote >= 0 || used.has(i)) continue;
    const u = toks[i].unit;
    const unit = ctx.units[u];
    let source: Range | null;
    let cue: Range;
    // the last token of the attribution: "... put it" or "... reported by X"
    let end: number;
    let reported = false;
    if (PASSIVE_BY.has(lemmaOf(toks[i + 1])) && /(?:ed|id|en|ld|wn|ote)$/.test(toks[i + 1].lower) && toks[i + 2].lower === 'by') {
      // "as reported by X", "as stated by X"
      source = npAfter(ctx, i + 3, unit.last, SOURCE_LINKS);
      if (!source) continue;
      cue = { first: i, last: i + 2 };
      end = source.last;
      reported = true;
    } else {
      source = npAfter(ctx, i + 1, unit.last);
      const v = source ? source.last + 1 : -1;
      if (!source || v + 1 > unit.last || toks[v].lemma !== 'put' || toks[v + 1].lower !== 'it') continue;
      cue = { first: v, last: v + 1 };
      end = v + 1;
    }
    let lead = unit.first;
    while (lead < i && (LEAD_INS.has(toks[lead].lower) || toks[lead].text === ',')) lead++;
    let content: { first: number; last: number } | null = null;
    if (lead === i && toks[end + 1]?.text === ',') {
      const a = trimStart(ctx, end + 2, unit.last);
      const b = contentEnd(ctx, a, unit.last);
      if (b >= a && hasVerb(ctx, a, b)) content = { first: a, last: b };
    } else if (lead < i && toks[i - 1].text === ',' && (end + 1 > unit.last || /^[.!?]$/.test(toks[end + 1].text))) {
      const a = trimStart(ctx, lead, i - 2);
      const b = trimEnd(ctx, a, i - 2);
      if (b >= a && hasVerb(ctx, a, b)) content = { first: a, last: b };
    }
    if (!content) continue;
    // ("as reported by X" credits the sentence as "according to X" does)
    out.push(makeFound(ctx, { source, cue, content, unit: u, rank: 5, kind: reported ? 'according-to' : undefined }));
    for (let x = cue.first; x <= cue.last; x++) used.add(x);
  }
  return out;
}
