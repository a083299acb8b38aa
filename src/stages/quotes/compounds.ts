import type { Ctx } from './context.js';
import { makeFound, type Found } from './found.js';
import { npAfter } from './phrases.js';

/**
 * Hyphenated labels that attribute the noun they modify: "a self-described democratic socialist"
 * (what the person calls themselves), "the so-called Cadillac tax" (what others call it).
 */
const LABELS: Record<string, ReadonlySet<string>> = {
  self: new Set(['described', 'proclaimed', 'professed', 'styled', 'identified', 'declared']),
  so: new Set(['called']),
};

/** "self-described X", "so-called X": the label is the cue, the noun phrase it modifies the content. */
export function findCompoundLabels(ctx: Ctx, used: Set<number>): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  for (let i = 2; i + 1 < toks.length; i++) {
    const t = toks[i];
    const dash = toks[i - 1];
    const head = toks[i - 2];
    if (dash.text !== '-' || head.end !== dash.start || dash.end !== t.start || used.has(i) || t.quote >= 0) continue;
    if (!LABELS[head.lower]?.has(t.lower)) continue;
    const unit = ctx.units[t.unit];
    if (i + 1 > unit.last || toks[i + 1].unit !== t.unit) continue;
    const np = npAfter(ctx, i + 1, unit.last);
    if (!np) continue;
    // no source: "self-" points to whoever the whole phrase names, "so-" to people unnamed
    out.push(makeFound(ctx, { source: null, cue: { first: i, last: i }, content: np, unit: t.unit, rank: 8 }));
    used.add(i);
  }
  return out;
}
