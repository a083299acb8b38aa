// Changes the text states about figures: "decreased from 96% to 10%", "grown fivefold",
// "increase to 32 million tons (from 17 million tons)", "rose 9 per cent to $165 million",
// "doubled to $4 billion", "a 5% increase", "down 3%".
import type { Change } from '../../core/types.js';
import { word } from './lexer.js';
import type { Figure, Scope } from './recognise.js';

type Direction = 'up' | 'down' | null;

const UP = new Set([
  'increase', 'rise', 'grow', 'climb', 'jump', 'soar', 'surge', 'gain', 'expand', 'double', 'triple', 'quadruple', 'boost',
  'raise', 'swell', 'rebound', 'recover', 'spike', 'balloon', 'multiply', 'widen', 'skyrocket', 'rocket', 'escalate', 'hike',
  'lift', 'grew', 'rose', 'risen', 'grown', 'growth', 'upsurge', 'increment', 'accelerate', 'mount', 'leap',
]);
const DOWN = new Set([
  'decrease', 'decline', 'fall', 'drop', 'shrink', 'reduce', 'cut', 'lower', 'slide', 'slump', 'plunge', 'tumble', 'sink',
  'dip', 'contract', 'halve', 'diminish', 'plummet', 'ease', 'slip', 'retreat', 'narrow', 'shed', 'crash', 'collapse',
  'dwindle', 'weaken', 'slow', 'fell', 'fallen', 'shrank', 'shrunk', 'sank', 'sunk', 'reduction', 'decrement', 'downturn',
  'slash', 'trim', 'decelerate', 'erode', 'deflate',
]);
const NEUTRAL = new Set(['change', 'shift', 'move', 'go', 'went', 'gone', 'bring', 'brought', 'adjust', 'revise', 'swing', 'jump']);
export const FACTORS: Readonly<Record<string, [number, Direction]>> = {
  double: [2, 'up'], doubled: [2, 'up'], triple: [3, 'up'], tripled: [3, 'up'], quadruple: [4, 'up'], quadrupled: [4, 'up'],
  halve: [0.5, 'down'], halved: [0.5, 'down'],
};
/** Words that end the clause a change verb governs. */
const CLAUSE_END = new Set([';', ':', '.', '?', '!', '–', '—']);

export interface Trigger {
  at: number;
  direction: Direction;
  factor: number | null;
}


/** The change word at lexeme `k`, if any (by lemma, then by form). */
export function triggerAt(s: Scope, k: number): Trigger | null {
  const l = s.lx[k];
  if (!l || l.kind !== 'word') return null;
  const lemma = s.tag(k)?.lemma?.toLowerCase() ?? l.lower;
  const forms = [lemma, l.lower, l.lower.replace(/(?:ed|es|s|ing)$/, ''), l.lower.replace(/(?:d|s)$/, '')];
  let factor: number | null = null;
  for (const f of forms) if (FACTORS[f]) factor = FACTORS[f][0];
  for (const f of forms) {
    if (UP.has(f)) return { at: k, direction: 'up', factor };
    if (DOWN.has(f)) return { at: k, direction: 'down', factor };
  }
  for (const f of forms) if (NEUTRAL.has(f)) return { at: k, direction: null, factor };
  return null;
}

/** A change word governing lexeme `k`: looks back a few words within the clause. */
export function triggerBefore(s: Scope, k: number, reach = 8, figures: readonly Figure[] = []): Trigger | null {
  for (let m = k - 1; m >= Math.max(0, k - reach); m--) {
    const l = s.lx[m];
    if (l.kind === 'sym' && CLAUSE_END.has(l.text)) return null;
    if (figures.some((f) => m >= f.i && m < f.j)) return null;
    const t = triggerAt(s, m);
    if (t && actsAsChange(s, m)) return t;
    if (s.sentenceStart[m]) return null;
  }
  return null;
}

/** A change word used as a verb, or as a noun right before its figure: "an increase to", "a drop of". */
function actsAsChange(s: Scope, m: number): boolean {
  const pos = s.tag(m)?.pos;
  if (!pos || pos === 'VERB' || pos === 'AUX' || pos === 'ADJ') return true;
  if (pos !== 'NOUN') return false;
  const next = word(s.lx[m + 1]);
  return next === 'from' || next === 'to' || next === 'of' || next === 'by' || next === 'in';
}

const directionOf = (from: number | null, to: number | null, fallback: Direction): Change['direction'] => {
  if (from !== null && to !== null) return to > from ? 'up' : to < from ? 'down' : 'same';
  return fallback;
};

/** Whether figures a and b read "from A to B" under a change word (then they are two figures, not a range). */
export function isChangePair(s: Scope, a: Figure): boolean {
  const before = s.lx[a.i - 1];
  if (word(before) !== 'from') return false;
  return triggerBefore(s, a.i - 1, 8) !== null;
}

/**
 * Sets `change` on the figures of one paragraph. `pairs` maps a "to" figure to its "from" figure.
 * Conventions: "from A to B" gives B {from: A, to: B}; "grew by 5%", "rose 5%", "up 5%", "a 5%
 * increase" make the figure itself the amount of the change: {from: null, to: null, direction};
 * "tripled to $4 billion" gives {to: 4e9, factor: 3}. The lexemes of the change words used go
 * into `used` (a factor word no figure took becomes a figure of its own: see index.ts).
 */
export function attachChanges(s: Scope, figures: Figure[], pairs: Map<Figure, Figure>, out: Map<Figure, Change>, used: Set<number> = new Set()): void {
  const lx = s.lx;
  for (let n = 0; n < figures.length; n++) {
    const b = figures[n];
    if (b.range) continue;
    // where the figure begins with the words qualifying it ("rose by [about 5%]")
    const bi = b.lead ?? b.i;
    // "decreased from 96% to 10%"
    const a = pairs.get(b);
    if (a) {
      const t = triggerBefore(s, a.i - 1, 8, figures);
      if (t) used.add(t.at);
      out.set(b, { from: a.value, to: b.value, factor: t?.factor ?? null, direction: directionOf(a.value, b.value, t?.direction ?? null) });
      continue;
    }
    // "grown fivefold", "increased 3 times", "fell threefold"
    if (b.multiplier) {
      const t = triggerBefore(s, bi, 4, figures);
      if (t) {
        used.add(t.at);
        const down = t.direction === 'down';
        out.set(b, { from: null, to: null, factor: down ? 1 / b.value : b.value, direction: t.direction ?? 'up' });
      }
      continue;
    }
    const prev = word(lx[bi - 1]);
    // "increase to 32 million tons (from 17 million tons)", "doubled to $4 billion", "rose 9% to $165 million"
    if (prev === 'to') {
      const t = triggerBefore(s, bi - 1, 8, figures.filter((f) => f !== figures[n - 1] || !isAmountOfChange(s, f)));
      const from = t ? fromAfter(s, figures, n) : null;
      if (t && (t.direction || t.factor || from)) {
        used.add(t.at);
        if (from) pairs.set(b, from);
        const fv = from ? from.value : null;
        out.set(b, { from: fv, to: b.value, factor: t.factor, direction: directionOf(fv, b.value, t.direction) });
        continue;
      }
    }
    // "rose by 9%", "fell 3 percent", "was cut by half"
    if (isAmountOfChange(s, b)) {
      const t = triggerBefore(s, prev === 'by' ? bi - 1 : bi, 3, figures);
      if (t && t.direction) {
        used.add(t.at);
        out.set(b, { from: null, to: null, factor: null, direction: t.direction });
      }
      continue;
    }
    // "up 5%", "down 11 bps", "down $2"
    if ((prev === 'up' || prev === 'down') && (b.kind === 'percent' || b.kind === 'points' || b.kind === 'money')) {
      out.set(b, { from: null, to: null, factor: null, direction: prev });
      continue;
    }
    // "eight cents higher", "1.5% lower"
    const after = word(lx[b.j]);
    if ((after === 'higher' || after === 'lower') && b.kind !== 'time') {
      out.set(b, { from: null, to: null, factor: null, direction: after === 'higher' ? 'up' : 'down' });
      continue;
    }
    // "a 5% increase", "an increase of 5%"
    const t = triggerAt(s, b.j) ?? (prev === 'of' ? triggerAt(s, bi - 2) : null);
    if (t && t.direction && s.tag(t.at)?.pos === 'NOUN') {
      used.add(t.at);
      out.set(b, { from: null, to: null, factor: null, direction: t.direction });
    }
  }
}

/** A figure that says by how much something changed: "by 9%", or right after the change verb. */
function isAmountOfChange(s: Scope, f: Figure): boolean {
  const fi = f.lead ?? f.i;
  const prev = word(s.lx[fi - 1]);
  if (prev === 'by') return triggerBefore(s, fi - 1, 3) !== null;
  const t = triggerAt(s, fi - 1);
  if (!t || s.tag(fi - 1)?.pos !== 'VERB' || word(s.lx[f.j]) === 'from') return false;
  // "raised $350 million" is money collected, not a change; "raised 5%" is one
  const lemma = s.tag(fi - 1)?.lemma ?? '';
  return lemma !== 'raise' || f.kind === 'percent' || f.kind === 'points';
}

/** "(from 17 million tons in 2022)", ", up from 5%", "from $3 billion": the earlier value after a "to" figure. */
function fromAfter(s: Scope, figures: readonly Figure[], n: number): Figure | null {
  const b = figures[n];
  const c = figures[n + 1];
  if (!c) return null;
  let k = b.j;
  const lx = s.lx;
  // "to 4,378 tonnes of equipment from 2,684 tonnes": what is measured may come between
  if (word(lx[k]) === 'of') {
    let m = k + 1;
    while (m < Math.min(lx.length, k + 6) && lx[m].kind === 'word' && word(lx[m]) !== 'from') m++;
    if (word(lx[m]) === 'from') k = m;
  }
  if (lx[k] && lx[k].kind === 'sym' && (lx[k].text === '(' || lx[k].text === ',')) k++;
  if (word(lx[k]) === 'up' || word(lx[k]) === 'down') k++;
  if (word(lx[k]) !== 'from') return null;
  k++;
  if (c.i !== k) return null;
  if (b.unit && c.unit && b.unit !== c.unit) return null;
  return c;
}
