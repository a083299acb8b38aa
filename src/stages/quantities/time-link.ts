// The time a figure refers to: a date or year in the same clause introduced by a temporal
// preposition. "By 2030, transport should increase to 32 million tons (from 17 million tons in
// 2022)" -> 2030 for the first figure, 2022 for the second (the parenthesis is its own clause).
import { word, type Lex } from './lexer.js';
import type { Figure, Scope } from './recognise.js';

export interface Anchor {
  /** Clean offsets. */
  start: number;
  end: number;
  value: string;
}

const TEMPORAL_PREPS = new Set(['in', 'by', 'until', 'till', 'through', 'since', 'during', 'for', 'at', 'on', 'from', 'as', 'before', 'after']);

/** A clause id per lexeme: sentences, parentheses (nested) and spaced dashes or semicolons separate clauses. */
export function clauses(s: Scope): number[] {
  const ids: number[] = new Array(s.lx.length);
  let next = 0;
  let current = 0;
  const stack: number[] = [];
  for (let k = 0; k < s.lx.length; k++) {
    const l = s.lx[k];
    if (s.sentenceStart[k] && k > 0) {
      current = ++next;
      stack.length = 0;
    }
    if (l.kind === 'sym') {
      if (l.text === '(' || l.text === '[') {
        stack.push(current);
        current = ++next;
      } else if ((l.text === ')' || l.text === ']') && stack.length) {
        ids[k] = current;
        current = stack.pop()!;
        continue;
      } else if (l.text === ';' || ((l.text === '–' || l.text === '—' || l.text === '-') && l.space && s.lx[k + 1]?.space)) {
        current = ++next;
      }
    }
    ids[k] = current;
  }
  return ids;
}

/** The lexeme index holding clean offset `pos` (first lexeme starting at or after it). */
function lexAt(lx: readonly Lex[], pos: number): number {
  let lo = 0;
  let hi = lx.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lx[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The time value for each figure (or undefined), from anchors in the same clause. */
export function linkTimes(s: Scope, figures: readonly Figure[], anchors: readonly Anchor[]): Array<string | undefined> {
  if (!anchors.length || !figures.length) return figures.map(() => undefined);
  const ids = clauses(s);
  const placed = anchors
    .map((a) => ({ ...a, k: lexAt(s.lx, a.start) }))
    .filter((a) => a.k < s.lx.length && s.lx[a.k].start < a.end)
    .filter((a) => {
      const before = word(s.lx[a.k - 1]);
      const isStart = a.k === 0 || s.sentenceStart[a.k];
      return TEMPORAL_PREPS.has(before) || isStart;
    });
  return figures.map((f) => {
    const id = ids[f.i];
    let best: string | undefined;
    let dist = Infinity;
    for (const a of placed) {
      if (ids[a.k] !== id) continue;
      let d: number;
      if (a.k >= f.j) {
        // after the figure: "17 million tons in 2022", "to 32 million tons by 2030"
        d = a.k - f.j;
        if (d > 6) continue;
      } else {
        // before it only as a fronted adverbial: "By 2030, ...", "In 2019, ..."
        const prepAt = a.k - 1;
        const fronted = a.k === 0 || s.sentenceStart[a.k] || (prepAt >= 0 && (prepAt === 0 || s.sentenceStart[prepAt] || ids[prepAt - 1] !== id || isOpening(s.lx[prepAt - 1])));
        if (!fronted) continue;
        d = f.i - a.k + 6;
      }
      if (d < dist) {
        dist = d;
        best = a.value;
      }
    }
    return best;
  });
}

/** A mark that opens a clause: a comma, colon or opening quote. */
function isOpening(l: Lex | undefined): boolean {
  return !!l && l.kind === 'sym' && [',', ':', '“', '"', '‘'].includes(l.text);
}
