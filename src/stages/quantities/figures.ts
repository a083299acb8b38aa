// Walks a paragraph's lexemes and collects its figures: single figures, ranges ("3 to 4 L",
// "between 44 and 50 mg"), "from A to B" pairs under a change word, and units stated once for
// several figures ("45 and 50 mg").
import { isChangePair } from './changes.js';
import { isDash, isHyphen, word } from './lexer.js';
import { notAQuantity } from './not-quantities.js';
import { canStart, readFigure, type Figure, type Scope, type YearMention } from './recognise.js';

export interface ParagraphFigures {
  figures: Figure[];
  /** "to" figure -> "from" figure of "from A to B" under a change word. */
  pairs: Map<Figure, Figure>;
  /** Years set aside (for time-linking). */
  years: YearMention[];
}

export function findFigures(s: Scope, paraStart: number): ParagraphFigures {
  const lx = s.lx;
  const figures: Figure[] = [];
  const pairs = new Map<Figure, Figure>();
  const years: YearMention[] = [];
  let i = 0;
  while (i < lx.length) {
    const end = s.blocked.at(lx[i].start);
    if (end >= 0) {
      while (i < lx.length && lx[i].start < end) i++;
      continue;
    }
    if (!canStart(lx[i], lx[i + 1])) {
      i++;
      continue;
    }
    const f = readFigure(s, i, paraStart);
    if (!f) {
      i++;
      continue;
    }
    const why = notAQuantity(s, f);
    if (why) {
      if (why === 'year') years.push({ start: lx[f.i].start, end: lx[f.j - 1].end, value: String(f.value) });
      // a year range "between 2020 and 2022": skip the second year too
      i = Math.max(f.j, i + 1);
      continue;
    }
    // ranges and "from A to B"
    const r = rangeNext(s, f);
    if (r && s.blocked.at(lx[r.at].start) < 0) {
      const g = readFigure(s, r.at, paraStart, true);
      // "4e14 s-1": a dash after a unit does not open a range to a bare number
      if (g && sameKind(f, g) && !(r.dash && f.unit && !g.unit && !f.currency)) {
        // "won 3-1": a score, not a range
        if (r.dash && f.bare && g.bare && g.value < f.value) {
          i = g.j;
          continue;
        }
        if (!f.unit && g.unit) shareUnit(f, g);
        else if (f.unit === g.unit || !g.unit) shareScale(f, g);
        if (f.unit && !g.unit && f.currency) {
          // "$5 to 6 billion": the currency carries over
          g.unit = f.unit;
          g.kind = f.kind;
          g.currency = true;
        }
        if (!r.dash && isChangePair(s, f)) {
          figures.push(f, g);
          pairs.set(g, f);
          i = g.j;
          continue;
        }
        // "beats Trump by 46 percent to 42 percent", "split 4 to 1": two figures, not a range
        if (!(Math.abs(f.value) < Math.abs(g.value) || f.value < g.value)) {
          figures.push(f);
          i = f.j;
          continue;
        }
        // a range: one figure, the midpoint
        const merged: Figure = {
          ...g, i: f.i, numStart: f.numStart, value: (f.value + g.value) / 2, raw: (f.raw + g.raw) / 2, range: true,
          bare: false, unit: g.unit ?? f.unit, kind: g.kind ?? f.kind, per: g.per ?? f.per,
        };
        figures.push(merged);
        i = g.j;
        continue;
      }
    }
    figures.push(f);
    i = Math.max(f.j, i + 1);
  }
  shareCoordinated(s, figures);
  return { figures, pairs, years };
}

/** "45 and 50 mg", "10, 20 or 30 km": a unit written once belongs to every figure of the list. */
function shareCoordinated(s: Scope, figures: Figure[]): void {
  for (let n = figures.length - 2; n >= 0; n--) {
    const a = figures[n];
    const b = figures[n + 1];
    if (a.unit || !b.unit || a.multiplier || a.range) continue;
    const between = s.lx.slice(a.j, b.i).map((l) => (l.kind === 'word' ? l.lower : l.text)).join(' ');
    if (between === 'and' || between === 'or' || between === ',' || between === ', and' || between === ', or' || between === 'and / or') {
      shareUnit(a, b);
    }
  }
}

/** Shares the second figure's unit (and scale) with a first figure written without them. */
function shareUnit(a: Figure, b: Figure): void {
  if (a.unit || !b.unit || a.multiplier || b.multiplier) return;
  if (a.fraction) return;
  a.unit = b.unit;
  a.kind = b.kind;
  a.currency = b.currency;
  if (!a.per && b.per) a.per = b.per;
  shareScale(a, b);
}

/** "from 9 to 15 million", "$5-6 billion": a scale written once belongs to both numbers. */
function shareScale(a: Figure, b: Figure): void {
  if (!(b.scale > 1 && a.scale === 1 && !a.words && !a.fraction && Math.abs(a.raw) < 1000)) return;
  const ratio = Math.abs(a.raw) / Math.max(1e-9, Math.abs(b.raw));
  if (ratio > 0.05 && ratio < 20) {
    a.scale = b.scale;
    a.value = a.raw * b.scale;
  }
}

/** A range connector after figure `f`: "to", "-", "–", "and" (after "between"). Returns the index of the second figure. */
function rangeNext(s: Scope, f: Figure): { at: number; dash: boolean } | null {
  const lx = s.lx;
  let c = f.j;
  // "8- to 16-meter": a dangling hyphen
  if (isHyphen(lx[c]) && !lx[c].space && word(lx[c + 1]) === 'to') c++;
  const l = lx[c];
  if (!l || !lx[c + 1]) return null;
  if (word(l) === 'to' || word(l) === 'through' || word(l) === 'thru') return { at: c + 1, dash: false };
  if (word(l) === 'and' && word(lx[f.i - 1]) === 'between') return { at: c + 1, dash: false };
  if (isDash(l)) {
    // "three-nought-four": spelled words joined by hyphens are not a range
    if (f.words && lx[c + 1].kind === 'word') return null;
    const tight = !l.space && !lx[c + 1].space;
    const spaced = l.space && lx[c + 1].space;
    if (tight || (spaced && isHyphen(l))) return { at: c + 1, dash: true };
  }
  return null;
}

function sameKind(a: Figure, b: Figure): boolean {
  if (a.multiplier !== b.multiplier) return false;
  if (a.unit && b.unit && a.unit !== b.unit) return false;
  if (a.currency !== b.currency && a.unit && b.unit) return false;
  return true;
}
