import type { Ctx } from './context.js';
import { makeFound, type Found } from './found.js';
import { isClosingMark, isOpeningMark, trimEnd } from './phrases.js';

/**
 * “A,” she said. “B.” — a quotation standing alone right after an attributed quotation in the same
 * paragraph goes on with the same speaker and cue.
 */
const PARAGRAPHS = true;

/** Whether the attribution `f` comes after its content and ends its unit ("..., dos Santos says."). */
function closesUnit(ctx: Ctx, f: Found): boolean {
  const unit = ctx.units[f.unit];
  if (f.contentRange.last >= f.cueRange.first || !f.sourceRange) return false;
  const last = Math.max(f.cueRange.last, f.sourceRange.last);
  return trimEnd(ctx, last + 1, unit.last) <= last;
}

export function findContinuations(ctx: Ctx, found: readonly Found[]): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  const byUnit = new Map<number, Found[]>();
  for (const f of found) {
    let list = byUnit.get(f.unit);
    if (!list) byUnit.set(f.unit, (list = []));
    list.push(f);
  }
  // units some quote's content already reaches into
  const taken = new Set<number>();
  for (const f of found) for (let x = toks[f.contentRange.first].unit; x <= toks[f.contentRange.last].unit; x++) taken.add(x);
  const covered = (u: number): boolean => taken.has(u);
  for (let u = 1; u < ctx.units.length; u++) {
    const unit = ctx.units[u];
    const prev = ctx.units[u - 1];
    const first = toks[unit.first];
    if (!isOpeningMark(ctx, first)) continue;
    const q = ctx.quotes[first.quote];
    let lastUnit = u;
    if (prev.para !== unit.para) {
      // a paragraph that is one quotation, after a paragraph ending with an attributed quotation
      if (!PARAGRAPHS) continue;
      while (ctx.units[lastUnit + 1]?.para === unit.para) lastUnit++;
      if (q.end < ctx.units[lastUnit].end - 2) continue;
      let covers = false;
      for (let x = u; x <= lastUnit; x++) if (covered(x)) covers = true;
      if (covers) continue;
    } else {
      // the quotation must make up the unit
      const tail = ctx.text.slice(q.end, unit.end);
      if (!/^[\s.,!?;:…—–-]*$/.test(tail)) continue;
      if (covered(u)) continue;
    }
    // the quotation before must have closed: a label or a paragraph left open proves nothing
    // (or, in the same paragraph, an attribution that closes its sentence: "..., dos Santos says. “...”")
    // (a paragraph left open runs on into one that opens with a mark: “A. ¶ “B,” he said. ¶ “C.”)
    const anchors = (byUnit.get(u - 1) ?? []).filter((f) => ((f.kind === 'direct' || f.kind === 'mixed') && (isClosingMark(ctx, toks[f.contentRange.last]) || (q.continues && endsOpen(ctx, f)))) || (prev.para === unit.para && closesUnit(ctx, f)));
    if (!anchors.length) continue;
    const anchor = anchors[anchors.length - 1];
    const b = trimEnd(ctx, unit.first, ctx.units[lastUnit].last);
    if (b < unit.first) continue;
    const f = makeFound(ctx, { source: anchor.sourceRange, cue: anchor.cueRange, content: { first: unit.first, last: b }, unit: u, rank: 20, kind: 'direct', sourceSpan: anchor.source, cueSpan: anchor.cue });
    out.push(f);
    for (let x = u; x <= lastUnit; x++) taken.add(x);
    byUnit.set(u, [...(byUnit.get(u) ?? []), f]);
  }
  out.push(...openingParagraphs(ctx, [...found, ...out], covered));
  return out;
}

/** Whether the content of `f` ends inside a quotation its paragraph leaves open. */
function endsOpen(ctx: Ctx, f: Found): boolean {
  const q = ctx.toks[f.contentRange.last].quote;
  return q >= 0 && ctx.quotes[q].open;
}

/**
 * “A. ¶ “B,” he continued. — a paragraph that is one quotation left open, before a paragraph whose
 * opening quotation continues it and is attributed there: the speaker of both is the one named after.
 */
function openingParagraphs(ctx: Ctx, found: readonly Found[], covered: (u: number) => boolean): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  for (let u = 0; u < ctx.units.length; u++) {
    const unit = ctx.units[u];
    if (u > 0 && ctx.units[u - 1].para === unit.para) continue;
    const first = toks[unit.first];
    if (!isOpeningMark(ctx, first) || first.quote < 0) continue;
    const q = ctx.quotes[first.quote];
    if (!q.open) continue;
    let lastUnit = u;
    while (ctx.units[lastUnit + 1]?.para === unit.para) lastUnit++;
    const next = ctx.units[lastUnit + 1];
    if (!next) continue;
    const nextFirst = toks[next.first];
    if (nextFirst.quote < 0 || !ctx.quotes[nextFirst.quote].continues) continue;
    let isCovered = false;
    for (let x = u; x <= lastUnit; x++) if (covered(x)) isCovered = true;
    if (isCovered) continue;
    const anchor = found.find((f) => f.contentRange.first === next.first && f.source && (f.kind === 'direct' || f.kind === 'mixed'));
    if (!anchor) continue;
    const b = trimEnd(ctx, unit.first, ctx.units[lastUnit].last);
    if (b < unit.first) continue;
    out.push(makeFound(ctx, { source: anchor.sourceRange, cue: anchor.cueRange, content: { first: unit.first, last: b }, unit: u, rank: 20, kind: 'direct', sourceSpan: anchor.source, cueSpan: anchor.cue }));
  }
  return out;
}
