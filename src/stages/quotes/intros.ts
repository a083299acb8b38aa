import type { Ctx } from './context.js';
import { isParticiple, verbCue } from './cues.js';
import { makeFound, type Found } from './found.js';
import { isOpeningMark, subjectBefore, type Range } from './phrases.js';
import { mainSubject } from './subjects.js';

const RIGHT_RANK = 10;

/** Units that end with "X said:" (or "X continued:") right before a paragraph opening with a quotation. */
export function findColonIntros(ctx: Ctx, used: Set<number>): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  for (let u = 0; u < ctx.units.length - 1; u++) {
    const unit = ctx.units[u];
    const next = ctx.units[u + 1];
    if (toks[unit.last].text !== ':' || next.para === unit.para) continue;
    const first = toks[next.first];
    if (!isOpeningMark(ctx, first)) continue;
    // the reporting verb before the colon
    let c = unit.last - 1;
    while (c >= unit.first && (toks[c].pos === 'ADV' || toks[c].pos === 'ADP' || toks[c].pos === 'PROPN' && toks[c - 1]?.pos === 'ADP')) c--;
    if (c < unit.first) continue;
    let verb = verbCue(toks[c], toks[c + 1]);
    if (!verb && toks[c].pos === 'ADP' && c > unit.first) {
      verb = verbCue(toks[c - 1], toks[c]);
      if (verb) c--;
    }
    if (!verb) continue;
    const prev = toks[c - 1];
    let source: Range | null = null;
    if (isParticiple(toks[c]) && prev?.text === ',') source = mainSubject(ctx, unit.first, c - 2);
    else source = subjectBefore(ctx, c - 1, unit.first);
    if (!source) continue;
    // the quotation, across paragraphs while it stays open
    let qi = first.quote;
    let q = ctx.quotes[qi];
    let end = q.end;
    while (q.open && ctx.quotes[qi + 1]?.continues) {
      qi++;
      q = ctx.quotes[qi];
      end = q.end;
    }
    const cueRange = { first: c, last: verb.particle ? c + 1 : c };
    const contentSpan = { start: ctx.quotes[first.quote].start, end: trimText(ctx.text, ctx.quotes[first.quote].start, end) };
    const lastTok = lastTokenBefore(ctx, end);
    out.push(makeFound(ctx, { source, cue: cueRange, content: { first: next.first, last: lastTok }, unit: u, rank: RIGHT_RANK, kind: 'direct', contentSpan }));
    for (let i = cueRange.first; i <= cueRange.last; i++) used.add(i);
  }
  return out;
}

function trimText(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

function lastTokenBefore(ctx: Ctx, end: number): number {
  let lo = 0;
  let hi = ctx.toks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.toks[mid].start < end) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
