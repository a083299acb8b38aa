// Spelled-out numbers, alone or mixed with numerals: "twenty-five", "a hundred and two",
// "3 hundred and 21", "five and a half million", "two thirds of a million", "half a dozen",
// "two hundred point zero three", "13 lakh", "three lakh crore", "one over three".
import { isHyphen, word, type Lex } from './lexer.js';

export const SMALL: Readonly<Record<string, number>> = {
  zero: 0, nought: 0, naught: 0,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Words that close a group of thousands: "thousand", "million", "lakh", ... */
const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, quadrillion: 1e15, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};
/** Short forms that only follow a numeral: "2mil", "10 bln", "$3bn", "US$ 1MM". */
const SHORT_SCALES: Readonly<Record<string, number>> = {
  mn: 1e6, mln: 1e6, mil: 1e6, mio: 1e6, mm: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, tln: 1e12, trn: 1e12,
};
const DOZEN = new Set(['dozen', 'dozens', 'dz', 'dzs', 'doz', 'dozs']);

/** Denominator words: "half", "thirds", "quarter", "fifths", "hundredths", "trillionth". */
const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9,
  tenth: 10, tenths: 10, eleventh: 11, elevenths: 11, twelfth: 12, twelfths: 12, thirteenth: 13, thirteenths: 13,
  fourteenth: 14, fourteenths: 14, fifteenth: 15, fifteenths: 15, sixteenth: 16, sixteenths: 16,
  seventeenth: 17, seventeenths: 17, eighteenth: 18, eighteenths: 18, nineteenth: 19, nineteenths: 19,
  twentieth: 20, twentieths: 20, thirtieth: 30, thirtieths: 30, fortieth: 40, fortieths: 40, fiftieth: 50, fiftieths: 50,
  sixtieth: 60, sixtieths: 60, seventieth: 70, seventieths: 70, eightieth: 80, eightieths: 80, ninetieth: 90, ninetieths: 90,
  hundredth: 100, hundredths: 100, thousandth: 1e3, thousandths: 1e3, millionth: 1e6, millionths: 1e6,
  billionth: 1e9, billionths: 1e9, trillionth: 1e12, trillionths: 1e12,
};
/** Unit ordinals that close a compound denominator: "twenty-first(s)", "thirty fifths". */
const UNIT_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, firsts: 1, second: 2, seconds: 2, third: 3, thirds: 3, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9,
};

export interface Spelled {
  value: number;
  /** Index after the last lexeme used. */
  end: number;
  /** A proportion ("two thirds", "a half"), not a count. */
  fraction: boolean;
  /** Number words were used (not only a numeral). */
  words: boolean;
  /** A scale word was used ("million", "hundred", "dozen", "bn"). */
  scaled: boolean;
  /** Begins with the article "a"/"an" ("a dozen", "a half"). */
  article: boolean;
  /** A lone numeral with nothing after it. */
  bare: boolean;
}

const isScale = (w: string): boolean => SCALES[w] !== undefined;

const STARTS = new Set([...Object.keys(SMALL), ...Object.keys(TENS), 'a', 'an', 'hundred', 'half', 'quarter']);

/** A word that can begin a spelled-out number. */
export function startsSpelled(l: Lex): boolean {
  return l.kind === 'word' && STARTS.has(l.lower);
}

type Kind = 'none' | 'numeral' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'decimal';

interface Cardinal {
  value: number;
  end: number;
  kind: Kind;
  words: boolean;
  scaled: boolean;
  article: boolean;
  /** Scale (>= 1000) that closed the last group, when nothing followed it. */
  openScale: number;
  /** Value before the last "and" and whether what follows it is one unit word ("and three"). */
  andWhole: number | null;
  andUnit: boolean;
  /** The scale that closed the group just before the last "and" ("two million and one half"). */
  andScale: number;
}

/** A compound denominator at `k`: "twenty-first", "thirty fifths". */
function compoundDenominator(lx: readonly Lex[], k: number): { den: number; end: number } | null {
  const t = TENS[word(lx[k])];
  if (t === undefined) return null;
  const o = isHyphen(lx[k + 1]) ? k + 2 : k + 1;
  const u = UNIT_ORDINALS[word(lx[o])];
  return u === undefined ? null : { den: t + u, end: o + 1 };
}

/** A denominator at `k` (optionally after a hyphen), simple or compound. */
function denominator(lx: readonly Lex[], k: number, allowCompound: boolean): { den: number; end: number } | null {
  if (isHyphen(lx[k])) k++;
  const w = word(lx[k]);
  if (DENOMINATORS[w] !== undefined) return { den: DENOMINATORS[w], end: k + 1 };
  return allowCompound ? compoundDenominator(lx, k) : null;
}

/** Digit words after "point": "zero three" -> "03", "seventy-one" -> "71", "eleven" -> "11". */
function decimalDigits(lx: readonly Lex[], i: number): { digits: string; end: number } | null {
  let digits = '';
  let j = i;
  for (;;) {
    const w = word(lx[j]);
    if (w in SMALL) {
      digits += String(SMALL[w]);
      j++;
    } else if (w in TENS) {
      let v = TENS[w];
      j++;
      const k = isHyphen(lx[j]) ? j + 1 : j;
      const u = SMALL[word(lx[k])];
      if (u !== undefined && u > 0 && u < 10) {
        v += u;
        j = k + 1;
      }
      digits += String(v);
    } else break;
  }
  return digits ? { digits, end: j } : null;
}

/** An integer-like number at `i`: words, numerals and scales ("3 hundred and 21", "1,674.5 million"). */
function readCardinal(lx: readonly Lex[], i: number): Cardinal | null {
  let total = 0;
  let current = 0;
  let small = 0;
  let lastScale = 0;
  let kind: Kind = 'none';
  let words = false;
  let scaled = false;
  let article = false;
  let j = i;
  let best: Cardinal | null = null;
  let snap: Cardinal | null = null; // the state before the last "and"
  let afterAnd = false;
  let andWhole: number | null = null;
  let andStart = -1;
  let andScale = 0;

  const save = (): Cardinal => ({
    value: total + current, end: j, kind, words, scaled, article,
    openScale: current === 0 && kind === 'scale' ? lastScale : 0,
    andWhole, andUnit: andWhole !== null && j - andStart === 1 && (kind === 'unit'), andScale,
  });

  for (;;) {
    const l = lx[j];
    if (!l) break;
    const w = word(l);
    // numerals
    if (l.kind === 'num') {
      if (kind === 'none') {
        if (!l.num) break;
        current = l.value;
        small = l.value;
        kind = 'numeral';
        j++;
        best = save();
        continue;
      }
      // "3 hundred and 21"; "4 thousand 3 hundred"
      const afterWordScale = kind === 'scale' && current === 0 && lastScale >= 1000 && l.value < 1000;
      if ((afterAnd || afterWordScale) && (kind === 'hundred' || kind === 'scale') && current % 100 === 0 && l.num && !l.num.special && Number.isInteger(l.value) && l.value > 0 && (l.value < 100 || afterWordScale)) {
        current += l.value;
        small = l.value;
        kind = 'numeral';
        afterAnd = false;
        j++;
        best = save();
        continue;
      }
      break;
    }
    if (w === 'and' || l.text === '&' || (l.text === ',' && kind === 'scale' && lastScale >= 1000 && (word(lx[j + 2]) === 'hundred' || word(lx[j + 3]) === 'hundred') && word(lx[j + 1]) in SMALL)) {
      if (afterAnd || !(kind === 'hundred' || kind === 'scale')) break;
      snap = best;
      andWhole = total + current;
      andScale = current === 0 && kind === 'scale' ? lastScale : 0;
      afterAnd = true;
      j++;
      andStart = j;
      continue;
    }
    if (l.kind === 'sym' && l.text !== '&' && l.text !== ',') {
      // "twenty-one", "fifty - two"
      if (isHyphen(l) && kind === 'tens') {
        const u = SMALL[word(lx[j + 1])];
        if (u !== undefined && u > 0 && u < 10) {
          j++;
          continue;
        }
      }
      break;
    }
    if (!w) break;
    if (w === 'a' || w === 'an') {
      if (kind !== 'none') break;
      const n = word(lx[j + 1]);
      const frac = DENOMINATORS[n] !== undefined || compoundDenominator(lx, j + 1) !== null;
      const mult = n === 'hundred' || isScale(n) || DOZEN.has(n);
      if (!frac && !mult) break;
      current = 1;
      small = 1;
      kind = 'unit';
      article = true;
      words = true;
      j++;
      if (frac) {
        // "a half", "a fifth", "a twenty-first": the fraction reader takes it from here
        best = save();
        break;
      }
      continue; // "a" alone is not a number
    }
    if (w in SMALL) {
      const v = SMALL[w];
      const ok =
        kind === 'none' ||
        (kind === 'tens' && !afterAnd && v > 0 && v < 10) ||
        ((kind === 'hundred' || kind === 'scale') && current % 100 === 0 && (current > 0 || total > 0));
      if (!ok) break;
      if (v === 0 && kind !== 'none') break;
      current += v;
      small = v;
      kind = v < 10 ? 'unit' : 'teen';
      words = true;
      j++;
      afterAnd = false;
      best = save();
      continue;
    }
    if (w in TENS) {
      // "one hundred thirty fifths": a tens word before a unit ordinal is the denominator
      if (kind !== 'none' && !afterAnd && compoundDenominator(lx, j)) break;
      const ok = kind === 'none' || ((kind === 'hundred' || kind === 'scale') && current % 100 === 0);
      if (!ok) break;
      current += TENS[w];
      small = TENS[w];
      kind = 'tens';
      words = true;
      j++;
      afterAnd = false;
      best = save();
      continue;
    }
    if (w === 'hundred') {
      if (kind === 'none') {
        current = 100;
      } else if (kind === 'unit' || kind === 'teen' || kind === 'tens' || kind === 'numeral') {
        const legal = current < 100 || (kind === 'numeral' && andWhole === null && total === 0);
        if (!legal) {
          // "3 hundred and 2 hundred": the second hundred starts a new number
          if (andWhole !== null) best = snap;
          break;
        }
        current *= 100;
      } else break;
      small = 0;
      kind = 'hundred';
      words = true;
      scaled = true;
      afterAnd = false;
      j++;
      best = save();
      continue;
    }
    const s = SCALES[w] ?? (kind === 'numeral' && (w !== 'mm' || l.text === 'MM') ? SHORT_SCALES[w] : undefined);
    if (s !== undefined) {
      if (kind === 'none') break; // "million" alone is not a figure
      if (kind === 'scale' && current === 0) {
        if (s <= lastScale) break;
        total *= s; // "three lakh crore"
      } else {
        if (lastScale && s >= lastScale) {
          if (andWhole !== null) best = snap;
          break;
        }
        total += current * s;
        current = 0;
      }
      lastScale = s;
      small = 0;
      kind = 'scale';
      words = true;
      scaled = true;
      afterAnd = false;
      j++;
      best = save();
      continue;
    }
    if (DOZEN.has(w)) {
      if (kind === 'none' || kind === 'scale') break;
      current = current - small + (small || 1) * 12;
      small = 0;
      kind = 'hundred';
      words = true;
      scaled = true;
      j++;
      best = save();
      continue;
    }
    if (w === 'point' && kind !== 'none' && kind !== 'numeral' && !afterAnd && Number.isInteger(current)) {
      const d = decimalDigits(lx, j + 1);
      if (!d) break;
      current += Number('0.' + d.digits);
      kind = 'decimal';
      j = d.end;
      best = save();
      break;
    }
    break;
  }
  return best;
}

/** A fraction word started without a numerator: "half", "quarter" ("half a dozen", "quarter million"). */
function bareFraction(lx: readonly Lex[], i: number): Spelled | null {
  const w = word(lx[i]);
  if (w !== 'half' && w !== 'quarter') return null;
  return withScale(lx, i + 1, 0, w === 'half' ? 0.5 : 0.25, 1, { words: true, scaled: false, article: false, bare: false });
}

/**
 * `whole` plus a fraction, the fraction multiplied by an optional "(of) a million" / "a dozen"
 * after it, or else by `fallback` (the scale before "and": "two million and one half").
 */
function withScale(lx: readonly Lex[], k: number, whole: number, frac: number, fallback: number, f: Omit<Spelled, 'value' | 'end' | 'fraction'>): Spelled {
  let m = k;
  if (word(lx[m]) === 'of' && (word(lx[m + 1]) === 'a' || word(lx[m + 1]) === 'an')) m += 2;
  else if (word(lx[m]) === 'a' || word(lx[m]) === 'an') m += 1;
  const s = word(lx[m]);
  const mult = s === 'hundred' ? 100 : DOZEN.has(s) && !s.endsWith('s') ? 12 : SCALES[s] !== undefined && !s.endsWith('s') ? SCALES[s] : 0;
  if (mult) return { ...f, value: whole + frac * mult, end: m + 1, fraction: false, scaled: true };
  return { ...f, value: whole + frac * fallback, end: k, fraction: !whole };
}

/**
 * Reads a number at `i`: spelled out, a numeral, or both, with fractions. Returns null if
 * nothing number-like starts here.
 */
export function readNumber(lx: readonly Lex[], i: number): Spelled | null {
  const bf = bareFraction(lx, i);
  if (bf) return bf;
  const c = readCardinal(lx, i);
  if (!c) return null;
  const base: Omit<Spelled, 'value' | 'end' | 'fraction'> = { words: c.words, scaled: c.scaled, article: c.article, bare: false };
  const isNumeral = c.kind === 'numeral' && !c.words;
  // "two thirds", "one-eighth", "a hundred trillionths", "one twenty-fifth"
  const d = c.kind === 'decimal' || isNumeral ? null : denominator(lx, c.end, true);
  if (d) {
    if (c.andWhole !== null && c.andUnit) return withScale(lx, d.end, c.andWhole, (c.value - c.andWhole) / d.den, c.andScale || 1, base);
    return withScale(lx, d.end, 0, c.value / d.den, 1, base);
  }
  if (c.article && c.end === i + 1) return null; // "a" before something that did not pan out
  // "one and a half", "3 million and a quarter", "two and fifty-four hundredths", "five and a half million"
  if (word(lx[c.end]) === 'and' && c.kind !== 'decimal') {
    const k = c.end + 1;
    let numer = 0;
    let m = k;
    if (word(lx[k]) === 'a' || word(lx[k]) === 'an') {
      numer = 1;
      m = k + 1;
    } else {
      const n = readCardinal(lx, k);
      if (n && n.kind !== 'numeral' && n.kind !== 'decimal') {
        numer = n.value;
        m = n.end;
      }
    }
    const dd = numer ? denominator(lx, m, true) : null;
    if (dd) {
      const frac = numer / dd.den;
      const s = word(lx[dd.end]);
      const sc = s === 'hundred' ? 100 : SCALES[s] !== undefined && !s.endsWith('s') ? SCALES[s] : 0;
      if (sc) {
        const value = c.openScale ? c.value + frac * sc : (c.value + frac) * sc;
        return { ...base, value, end: dd.end + 1, fraction: false, scaled: true };
      }
      const value = c.openScale ? c.value + frac * c.openScale : c.value + frac;
      return { ...base, value, end: dd.end, fraction: false };
    }
  }
  return { ...base, value: c.value, end: c.end, fraction: false, bare: isNumeral && c.end === i + 1 };
}

/** "one over three", "2000 over 3", "one out of three", "1 in twenty-one": a ratio after a number. */
export function readRatio(lx: readonly Lex[], n: Spelled): Spelled | null {
  const w = word(lx[n.end]);
  let k = -1;
  let strict = true;
  if (w === 'over') {
    k = n.end + 1;
    strict = false;
  } else if (w === 'out' && word(lx[n.end + 1]) === 'of') k = n.end + 2;
  else if (w === 'in') k = n.end + 1;
  if (k < 0 || !lx[k]) return null;
  const d = readNumber(lx, k);
  if (!d || d.fraction || d.value === 0) return null;
  if (strict && !(n.value < d.value)) return null;
  return { ...n, value: n.value / d.value, end: d.end, fraction: true, bare: false };
}

/** "-fold" multipliers: "fivefold" -> 5, "tenfold", "twenty-fold" (the head only). */
export function foldWord(w: string): number | null {
  if (!w.endsWith('fold') || w.length <= 4) return null;
  const head = w.slice(0, -4);
  if (head in SMALL) return SMALL[head] || null;
  if (head in TENS) return TENS[head];
  if (head === 'hundred') return 100;
  if (head === 'thousand') return 1000;
  return null;
}
