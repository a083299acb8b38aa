import type { Ctx, Tok } from './context.js';
import { makeFound, type Found } from './found.js';
import { isMarkTok, isWh, npAfter, skipAdjuncts, trimEnd, type Range } from './phrases.js';

/** Words after which "asked" is a passive question ("When asked about ...", "Asked whether ..."). */
const BEFORE_ASKED = new Set(['when', 'after', 'before', 'if', 'once', 'while', 'as', ',', '—', '–', '(']);

/**
 * "Asked about X, Y said ...", "when asked whether ...", "Asked by Thrush if ...": what was asked, with
 * the asker as the source when the sentence names one.
 */
export function findQuestions(ctx: Ctx, used: Set<number>): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.lower !== 'asked' || t.quote >= 0 || used.has(i)) continue;
    const u = t.unit;
    const unit = ctx.units[u];
    const hi = unit.last;
    const prev = i > unit.first ? toks[i - 1] : undefined;
    if (prev && !BEFORE_ASKED.has(prev.lower) && !(prev.lemma === 'be' && prev.pos === 'AUX')) continue;
    let k = i + 1;
    let source: Range | null = null;
    if (toks[k]?.lower === 'by' && k + 1 <= hi) {
      source = npAfter(ctx, k + 1, hi);
      if (!source) continue;
      k = source.last + 1;
    }
    const opens = (n: Tok | undefined): boolean => !!n && (n.lower === 'about' || n.lower === 'to' || n.lower === 'for' || isWh(n) || isMarkTok(ctx, n));
    // "asked about X" / "asked on Fox News whether ..."
    if (!opens(toks[k])) k = skipAdjuncts(ctx, k, hi);
    if (k > hi || !opens(toks[k])) continue;
    // up to the first comma outside quotation marks
    let end = hi;
    for (let m = k + 1; m <= hi; m++) {
      if (toks[m].quote >= 0) continue;
      if (toks[m].text === ',' || toks[m].text === ';') {
        end = m - 1;
        // a comma just inside a closing mark stays with the quotation
        break;
      }
    }
    const b = trimEnd(ctx, k, end);
    if (b < k) continue;
    out.push(makeFound(ctx, { source, cue: { first: i, last: i }, content: { first: k, last: b }, unit: u, rank: 7, kind: 'indirect' }));
    used.add(i);
  }
  return out;
}
