import type { CleanView, Span } from './types.js';

/**
 * The source text with some stretches removed, and exact maps between the two.
 * `removed` must be sorted and must not overlap.
 */
export function cleanView(source: string, removed: readonly Span[]): CleanView {
  if (!removed.length) {
    return { text: source, toSource: (o) => o, toClean: (o) => o, sourceSpan: (start, end) => ({ start, end }) };
  }
  // cleanStarts[i]: clean offset where kept piece i starts; srcStarts[i]: its source offset.
  const cleanStarts: number[] = [];
  const srcStarts: number[] = [];
  let text = '';
  let cursor = 0;
  for (const r of removed) {
    if (r.start < cursor || r.end < r.start || r.end > source.length) throw new RangeError(`bad removed span ${r.start}-${r.end}`);
    cleanStarts.push(text.length);
    srcStarts.push(cursor);
    text += source.slice(cursor, r.start);
    cursor = r.end;
  }
  cleanStarts.push(text.length);
  srcStarts.push(cursor);
  text += source.slice(cursor);

  const pieceOfClean = (o: number): number => {
    let lo = 0;
    let hi = cleanStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cleanStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const toSource = (o: number): number => {
    const i = pieceOfClean(o);
    return srcStarts[i] + (o - cleanStarts[i]);
  };
  const toClean = (o: number): number => {
    let lo = 0;
    let hi = srcStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (srcStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    const pieceEnd = i2end(lo);
    return cleanStarts[lo] + Math.min(o - srcStarts[lo], pieceEnd);
  };
  const i2end = (i: number): number => (i + 1 < cleanStarts.length ? cleanStarts[i + 1] - cleanStarts[i] : text.length - cleanStarts[i]);
  const sourceSpan = (start: number, end: number): Span => {
    if (end <= start) {
      const s = toSource(start);
      return { start: s, end: s };
    }
    // the end maps through its last character so a span never swallows a removed stretch after it
    return { start: toSource(start), end: toSource(end - 1) + 1 };
  };
  return { text, toSource, toClean, sourceSpan };
}
