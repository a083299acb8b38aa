import type { Ctx } from './context.js';
import { makeFound, type Found } from './found.js';
import { isClosingMark } from './phrases.js';

const DASHES = new Set(['―', '—', '–', '-', '--']);
const NAME_PART = /^(?:\p{Lu}[\p{L}.'’-]*|[A-Z]\.|de|da|van|von|del|la|di|bin|al)$/u;

/** “...” ― Karen Bobadilla: a quotation credited to a name after a dash. */
export function findDashCredits(ctx: Ctx, used: Set<number>): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  for (let i = 1; i + 1 < toks.length; i++) {
    const dash = toks[i];
    if (!DASHES.has(dash.text) || dash.quote >= 0 || used.has(i)) continue;
    const close = toks[i - 1];
    if (!isClosingMark(ctx, close) || close.para !== dash.para) continue;
    // the name: capitalised words up to the end of the paragraph, a full stop or the next quotation
    let k = i + 1;
    while (k < toks.length && toks[k].para === dash.para && k - i <= 6 && toks[k].quote < 0 && NAME_PART.test(toks[k].text)) k++;
    const last = k - 1;
    if (last <= i) continue;
    const next = toks[k];
    const ends = !next || next.para !== dash.para || next.text === '.' || next.text === ',' || next.quote >= 0;
    if (!ends) continue;
    const q = ctx.quotes[close.quote];
    let first = i - 1;
    while (first > 0 && toks[first].start > q.start) first--;
    if (toks[first].start !== q.start) continue;
    out.push(
      makeFound(ctx, {
        source: { first: i + 1, last },
        cue: { first: i, last: i },
        content: { first, last: i - 1 },
        unit: close.unit,
        rank: 9,
        kind: 'direct',
        contentSpan: { start: q.start, end: q.end },
      }),
    );
    used.add(i);
  }
  return out;
}
