import type { Ctx } from './context.js';
import { makeFound, type Found } from './found.js';
import { contentEnd, hasVerb, npAfter, trimEnd, trimStart } from './phrases.js';

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
    let lead = unit.first;
    while (lead < i && (LEAD_INS.has(toks[lead].lower) || toks[lead].text === ',')) lead++;
    const after = source.last + 1;
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
      const a = trimStart(ctx, unit.first, b);
      const e = trimEnd(ctx, a, b);
      if (e >= a) pieces.push({ first: a, last: e });
      // "..., according to X, ...": the rest of the sentence belongs to the same attribution
      if (after <= unit.last && toks[after].text === ',' && hasVerb(ctx, after + 1, unit.last)) {
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
