import type { QuoteKind, Span } from '../../core/types.js';
import type { Ctx } from './context.js';
import { isClosingMark, isOpeningMark, type Range } from './phrases.js';

/** A quote as a rule found it, in clean-view offsets. */
export interface Found {
  kind: QuoteKind;
  source: Span | null;
  /** Words that say who the source is when the source itself does not (the antecedent of "who"). */
  hint: Span | null;
  cue: Span;
  content: Span;
  /** Token ranges, for the speaker resolver and dedupe. */
  sourceRange: Range | null;
  cueRange: Range;
  contentRange: Range;
  unit: number;
  /** Which rule found it; lower wins when two find the same content. */
  rank: number;
}

export function spanOf(ctx: Ctx, r: Range): Span {
  return { start: ctx.toks[r.first].start, end: ctx.toks[r.last].end };
}

/** direct when the content is one quotation, mixed when it holds one, indirect otherwise. */
export function kindOf(ctx: Ctx, content: Range): QuoteKind {
  const toks = ctx.toks;
  const a = toks[content.first];
  const b = toks[content.last];
  if (isOpeningMark(ctx, a) && a.quote >= 0) {
    const q = ctx.quotes[a.quote];
    if (b.end <= q.end + 1 && (isClosingMark(ctx, b) || q.open || b.quote === a.quote)) return 'direct';
  }
  for (let i = content.first; i <= content.last; i++) if (toks[i].quote >= 0) return 'mixed';
  return 'indirect';
}

export function makeFound(ctx: Ctx, args: { source: Range | null; cue: Range; content: Range; unit: number; rank: number; kind?: QuoteKind; sourceSpan?: Span | null; cueSpan?: Span; contentSpan?: Span }): Found {
  return {
    kind: args.kind ?? kindOf(ctx, args.content),
    source: args.sourceSpan !== undefined ? args.sourceSpan : args.source ? spanOf(ctx, args.source) : null,
    hint: args.source?.antecedent ? spanOf(ctx, args.source.antecedent) : null,
    cue: args.cueSpan ?? spanOf(ctx, args.cue),
    content: args.contentSpan ?? spanOf(ctx, args.content),
    sourceRange: args.source,
    cueRange: args.cue,
    contentRange: args.content,
    unit: args.unit,
    rank: args.rank,
  };
}
