// Reads one stated figure: a number with its sign, currency, scale, unit and rate ("$5.2bn",
// "30 million tons of cargo per year", "fivefold", "US$ 1MM", "29-year-old", "$12 an hour").
import type { Blocked } from './guards.js';
import { isHyphen, isMinus, sym, word, type Lex } from './lexer.js';
import { foldWord, readNumber, readRatio, startsSpelled, type Spelled } from './number-words.js';
import {
  CURRENCY_ABBREVIATIONS, CURRENCY_SIGNS, DOLLAR_PREFIXES, ISO_CODES, matchUnit, perUnit, type UnitKind, type UnitMatch,
} from './units.js';

export interface Tag {
  pos: string;
  lemma: string;
}

/** What the recogniser knows about a paragraph. */
export interface Scope {
  lx: readonly Lex[];
  /** Part of speech and lemma of lexeme `k` (from the token that covers it). */
  tag(k: number): Tag | undefined;
  /** Whether a sentence starts at each lexeme. */
  sentenceStart: readonly boolean[];
  blocked: Blocked;
  headline: boolean;
  /** The clean text the lexemes point into. */
  text: string;
}

export interface Figure {
  /** Lexeme range of the figure: [i, j). */
  i: number;
  j: number;
  value: number;
  /** The number as written, with its sign, before scale and unit. */
  raw: number;
  /** The scale applied ("million", "bn", "k"); 1 if none. */
  scale: number;
  unit?: string;
  kind?: UnitKind;
  per?: string;
  currency: boolean;
  multiplier: 'fold' | 'times' | null;
  fraction: boolean;
  /** Spelled out (at least partly). */
  words: boolean;
  /** A plain number: no unit, currency, scale, multiplier or fraction. */
  bare: boolean;
  range: boolean;
  /** Index after the number itself (before any unit). */
  numEnd: number;
  /** Index of the first lexeme of the number itself. */
  numStart: number;
  /** Index of the first lexeme of the words qualifying the figure before it ("more than"), when any. */
  lead?: number;
}

/** A year the recogniser set aside; time-linking uses it. */
export interface YearMention {
  start: number;
  end: number;
  value: string;
}


const RATE_WORDS: Readonly<Record<string, string>> = {
  annually: 'year', yearly: 'year', daily: 'day', monthly: 'month', weekly: 'week', hourly: 'h', nightly: 'day',
};
const DIMENSION_WORDS = new Set(['thick', 'long', 'wide', 'tall', 'high', 'deep', 'across', 'diameter', 'x', 'by', 'gap', 'thick.']);
const MONEY_CUES = /\b(?:spen[dt]|cost|costs|paid|pay|pays|worth|price[sd]?|budget|fund(?:s|ing|ed)?|sterling|sold|bought|raised|loan|debt|revenue|profit|salary|fine[ds]?|£)\b/i;

/** Words that may begin a figure as written (currency prefixes and codes) or lower-cased (the rest). */
const START_TEXTS = new Set([...Object.keys(DOLLAR_PREFIXES), ...Object.keys(CURRENCY_ABBREVIATIONS), ...ISO_CODES]);
const START_WORDS = new Set(['minus', 'negative', 'percent', 'per', 'percents']);

/** Where a figure may begin. */
export function canStart(l: Lex, next: Lex | undefined): boolean {
  if (l.kind === 'num') return true;
  if (l.kind === 'sym') return l.text in CURRENCY_SIGNS || (isMinus(l) && !!next && (next.kind === 'num' || next.text in CURRENCY_SIGNS));
  const w = l.lower;
  // set look-ups first; `in` also finds what the tables inherit ("constructor"), as it always did
  return START_TEXTS.has(l.text) || START_WORDS.has(w) || startsSpelled(l) || (w.endsWith('fold') && foldWord(w) !== null) ||
    l.text in Object.prototype;
}

interface Core {
  n: Spelled;
  start: number;
  sign: number;
  currency?: string;
}

/** Sign and currency before the number, then the number. */
function readCore(s: Scope, i0: number, continuation: boolean): Core | null {
  const lx = s.lx;
  let i = i0;
  let sign = 1;
  let currency: string | undefined;
  const w0 = word(lx[i]);
  if ((w0 === 'minus' || w0 === 'negative') && lx[i + 1]) {
    sign = -1;
    i++;
  } else if (isMinus(lx[i]) && lx[i + 1]) {
    const next = lx[i + 1];
    const prev = lx[i - 1];
    const startOfText = i === 0 || s.sentenceStart[i];
    const signLike = !next.space && (i === 0 || lx[i].space || (prev && prev.kind === 'sym' && '([/=:'.includes(prev.text)));
    if (!(signLike || (startOfText && !continuation))) return null;
    if (next.kind !== 'num' && !(next.text in CURRENCY_SIGNS)) return null;
    sign = -1;
    i++;
  }
  // currency before the number: "$", "US$", "Rs.", "USD"
  const l = lx[i];
  if (!l) return null;
  if (l.kind === 'sym' && l.text in CURRENCY_SIGNS) {
    currency = CURRENCY_SIGNS[l.text];
    i++;
  } else if (l.kind === 'word' && l.text in DOLLAR_PREFIXES && sym(lx[i + 1]) === '$' && !lx[i + 1].space) {
    currency = DOLLAR_PREFIXES[l.text];
    i += 2;
  } else if (l.kind === 'word' && l.text in CURRENCY_ABBREVIATIONS) {
    currency = CURRENCY_ABBREVIATIONS[l.text];
    i++;
    if (sym(lx[i]) === '.') i++;
  } else if (l.kind === 'word' && ISO_CODES.has(l.text) && lx[i + 1]?.kind === 'num') {
    currency = l.text;
    i++;
  }
  if (currency && isMinus(lx[i]) && lx[i + 1]?.kind === 'num' && !lx[i + 1].space) {
    sign = -sign;
    i++;
  }
  if (!lx[i]) return null;
  if (currency && lx[i].kind !== 'num' && !startsSpelled(lx[i])) return null;
  if (sign < 0 && !currency && lx[i].kind !== 'num' && !startsSpelled(lx[i])) return null;
  const n = readNumber(lx, i);
  if (!n) return null;
  return { n, start: i, sign, currency };
}

/** A letter scale right after a numeral: "10k", "€10M", "$5m", "1.2b", "10G", "$2.174T". */
function letterScale(s: Scope, core: Core, k: number): { scale: number; end: number } | null {
  const lx = s.lx;
  const l = lx[k];
  if (!l || l.kind !== 'word' || core.n.words || core.n.fraction) return null;
  const decimals = lx[k - 1]?.num?.decimals ?? 0;
  const attached = !l.space;
  const after = lx[k + 1];
  // what follows must not be glued to the letter ("5Gbps") or, for a lone letter, be a word ("5 k people")
  const free = !after || after.kind !== 'word' || after.space;
  const nothingAfter = !after || after.kind !== 'word';
  const t = l.text;
  if ((t === 'k' || t === 'K') && free && (attached || nothingAfter)) {
    if (t === 'K' && attached && decimals > 0 && !core.currency) return null; // kelvin: "573.15K"
    return { scale: 1e3, end: k + 1 };
  }
  if (t === 'M' && free) return { scale: 1e6, end: k + 1 };
  if (t === 'm' && core.currency && free) return { scale: 1e6, end: k + 1 };
  if ((t === 'b' || t === 'B') && (core.currency || decimals > 0) && free) return { scale: 1e9, end: k + 1 };
  if (t === 'G' && nothingAfter) return { scale: 1e9, end: k + 1 };
  if ((t === 'T' || t === 'tr') && core.currency && free) return { scale: 1e12, end: k + 1 };
  return null;
}

/** Whether a '"' after a number closes a quotation rather than meaning inches. */
function closesQuote(s: Scope, at: number, start: number): boolean {
  let n = 0;
  for (let p = start; p < at; p++) if (s.text.charCodeAt(p) === 34) n++;
  return n % 2 === 1;
}

/** The unit after the number (or after a hyphen: "27-kilometer", "two-year"), with its guards. */
function readUnit(s: Scope, core: Core, k: number, paraStart: number): (UnitMatch & { start: number }) | null {
  const lx = s.lx;
  let at = k;
  if (isHyphen(lx[k]) && !lx[k].space && lx[k + 1] && !lx[k + 1].space && lx[k + 1].kind === 'word') at = k + 1;
  const u = matchUnit(lx, at);
  if (!u) return null;
  const first = lx[at];
  const after = lx[u.end];
  const numeral = s.lx[core.start].kind === 'num';
  if (u.symbol && !numeral) return null;
  if (u.symbol && at !== k) return null;
  // symbols written apart from the number must not run into a name: "Group 5 F Block"
  if (u.symbol && first.space && after && after.kind === 'word' && /^[A-Z]/.test(after.text) && u.unit.length <= 2) return null;
  if (u.unit === 'in' && first.text === 'in') {
    if (after && after.kind === 'word' && !DIMENSION_WORDS.has(after.lower)) return null;
    if (after && after.kind === 'num') return null;
  }
  if (first.text === '"') {
    if (first.space || closesQuote(s, first.start, paraStart)) return null;
  }
  if (u.unit === 's' && first.text === 's' && !first.space) return null; // "80s": a decade, or a plural
  if ((u.unit === '°C' || u.unit === '°F') && u.end - at === 1 && first.text.length === 1 && first.space && after && after.kind === 'num') return null;
  return { ...u, start: at };
}

/** A rate after the figure: "per year", "/hour", "a day", "annually". */
function readPer(s: Scope, k: number, hasUnit: boolean): { per: string; end: number } | null {
  const lx = s.lx;
  const l = lx[k];
  if (!l) return null;
  const w = word(l);
  if (w === 'per' && lx[k + 1]) {
    if (word(lx[k + 1]) === 'cent') return null;
    return perUnit(lx, k + 1);
  }
  if (sym(l) === '/' && !l.space && lx[k + 1] && !lx[k + 1].space && lx[k + 1].kind === 'word') return perUnit(lx, k + 1);
  if ((w === 'a' || w === 'an' || w === 'each' || w === 'every') && hasUnit && lx[k + 1]) {
    const u = matchUnit(lx, k + 1);
    if (u && u.kind === 'time') return { per: u.unit, end: u.end };
    const nw = word(lx[k + 1]);
    if (nw === 'share' || nw === 'head' || nw === 'person' || nw === 'piece' || nw === 'barrel' || nw === 'unit') return { per: nw === 'head' ? 'person' : nw, end: k + 2 };
    return null;
  }
  if (w === 'per' || !w) return null;
  if (RATE_WORDS[w] && hasUnit) return { per: RATE_WORDS[w], end: k + 1 };
  return null;
}

/** Reads one figure at `i0`. `continuation` is set for the second figure of a range. */
export function readFigure(s: Scope, i0: number, paraStart: number, continuation = false): Figure | null {
  const lx = s.lx;
  // "percent of 10", "per cent of twenty-two": the unit before the number
  const w0 = word(lx[i0]);
  if ((w0 === 'percent' || w0 === 'percents' || (w0 === 'per' && word(lx[i0 + 1]) === 'cent')) && !(lx[i0 - 1]?.kind === 'num')) {
    const ofAt = w0 === 'per' ? i0 + 2 : i0 + 1;
    if (word(lx[ofAt]) === 'of' && lx[ofAt + 1]) {
      const n = readNumber(lx, ofAt + 1);
      if (n && !n.fraction) {
        return {
          i: i0, j: n.end, value: n.value, raw: n.value, scale: 1, unit: '%', kind: 'percent', currency: false, multiplier: null,
          fraction: false, words: n.words, bare: false, range: false, numStart: ofAt + 1, numEnd: n.end,
        };
      }
    }
    return null;
  }
  if (w0 === 'per' || w0 === 'percent' || w0 === 'percents') return null;
  // "fivefold", "tenfold"
  const fw = foldWord(w0);
  if (fw !== null) {
    return {
      i: i0, j: i0 + 1, value: fw, raw: fw, scale: 1, currency: false, multiplier: 'fold', fraction: false, words: true,
      bare: false, range: false, numStart: i0, numEnd: i0 + 1,
    };
  }
  const core = readCore(s, i0, continuation);
  if (!core) return null;
  let n = core.n;
  let currency = core.currency;
  // "one over three", "1 in twenty-one", "two out of five hundred"
  if (!currency && !n.fraction) {
    const r = readRatio(lx, n);
    if (r) {
      const how = word(lx[n.end]);
      const unitAfter = matchUnit(lx, r.end);
      const den = lx[n.end + 1];
      const yearLike = !!den && den.kind === 'num' && /^\d{4}$/.test(den.text);
      const okIn = how !== 'in' || (n.value === 1 && !yearLike && !(unitAfter && unitAfter.kind === 'time'));
      const okOver = how !== 'over' || !unitAfter;
      if (okIn && okOver) n = r;
    }
  }
  let k = n.end;
  let scale = 1;
  const ls = letterScale(s, { ...core, n }, k);
  if (ls) {
    scale = ls.scale;
    k = ls.end;
  }
  const numEnd = k;
  // tolerances: "2,000.45±0.01 pounds", "9.83e-3 +/- 1e-5 km/s2"
  if (sym(lx[k]) === '±' && lx[k + 1]?.kind === 'num') k += 2;
  else if (sym(lx[k]) === '+' && sym(lx[k + 1]) === '/' && isMinus(lx[k + 2]) && lx[k + 3]?.kind === 'num') k += 4;
  // currency after the number: "15€", "2mil SEK", "20 zł"
  if (!currency && lx[k] && ((lx[k].kind === 'sym' && lx[k].text in CURRENCY_SIGNS) || lx[k].text === 'zł')) {
    currency = lx[k].kind === 'sym' ? CURRENCY_SIGNS[lx[k].text] : 'PLN';
    k++;
  }
  let unit: string | undefined = currency;
  let kind: UnitKind | undefined = currency ? 'money' : undefined;
  let unitScale = 1;
  let per: string | undefined;
  let multiplier: Figure['multiplier'] = null;
  // "half an hour", "half a mile"
  let uk = k;
  if (n.fraction && (word(lx[k]) === 'a' || word(lx[k]) === 'an') && matchUnit(lx, k + 1)) uk = k + 1;
  const u = readUnit(s, { ...core, n }, uk, paraStart);
  if (u) {
    let uu = u.unit;
    let ukind = u.kind;
    // pounds: money when scaled like money or when the sentence talks money
    if (uu === 'lb' && /^pounds?$/.test(lx[u.start].lower)) {
      const sentence = sentenceText(s, i0);
      if (currency || scale >= 1e6 || n.value >= 1e6 || (MONEY_CUES.test(sentence) && !/\bweigh/i.test(sentence))) {
        uu = 'GBP';
        ukind = 'money';
      }
    }
    if (ukind === 'money') {
      if (!currency || currency === uu || uu === 'cent') {
        unit = uu;
        kind = 'money';
        currency = uu;
        k = u.end;
      } else if (uu === 'USD' && currency) {
        k = u.end; // "$5 million dollars", "C$5 million dollars"
      }
    } else if (!currency) {
      unit = uu;
      kind = ukind;
      unitScale = u.scale ?? 1;
      per = u.per;
      k = u.end;
      // ages: "29 years old", "29-year-old", "ninety five years of age"
      if (ukind === 'time') {
        if (isHyphen(lx[k]) && word(lx[k + 1]) === 'old') k += 2;
        else if (word(lx[k]) === 'old') k += 1;
        else if (word(lx[k]) === 'of' && word(lx[k + 1]) === 'age') k += 2;
      }
    }
    // a currency already read keeps its figure's unit ("$350 per kg" gets its rate below)
  }
  // multipliers: "5-fold", "five-fold", "5 fold", "three times", "3x"
  if (!unit) {
    const l = lx[k];
    if (isHyphen(l) && word(lx[k + 1]) === 'fold') {
      multiplier = 'fold';
      k += 2;
    } else if (word(l) === 'fold') {
      multiplier = 'fold';
      k += 1;
    } else if (word(l) === 'times' && !n.fraction) {
      multiplier = 'times';
      k += 1;
    } else if (l && l.kind === 'word' && (l.text === 'x' || l.text === '×') && !l.space && !core.n.words) {
      multiplier = 'times';
      k += 1;
    }
  }
  // letters glued to the number that are neither scale nor unit: "3D", "5G network", "13F"
  const glued = lx[k];
  if (glued && !glued.space && glued.kind === 'word' && k === numEnd && !n.words) return null;
  if (glued && !glued.space && glued.kind === 'num' && k === numEnd) return null;
  // rate
  const pr = readPer(s, k, !!unit || multiplier === 'times');
  if (pr && !per) {
    per = pr.per;
    k = pr.end;
  } else if (!per && (unit || multiplier) && word(lx[k]) === 'of') {
    // "30 million tons of cargo per year": the rate comes after what is measured
    for (let m = k + 1; m < Math.min(lx.length, k + 6); m++) {
      const l = lx[m];
      if (l.kind === 'num' || (l.kind === 'sym' && !isHyphen(l))) break;
      const later = readPer(s, m, true);
      if (later && (word(l) === 'per' || RATE_WORDS[word(l)] || word(l) === 'a' || word(l) === 'an' || word(l) === 'each' || word(l) === 'every')) {
        per = later.per;
        break;
      }
    }
  }
  const value = core.sign * n.value * scale * unitScale;
  // the numeral as written and the scale words after it: "15 million" -> 15 x 1e6
  const lead = lx[core.start];
  const wordScale = lead.kind === 'num' && n.scaled && !n.fraction && lead.value ? n.value / lead.value : 1;
  const raw = core.sign * (wordScale !== 1 ? lead.value : n.value);
  const bare = !unit && !multiplier && scale === 1 && !n.scaled && !n.fraction && !n.words && !currency;
  return {
    i: i0, j: k, value, raw, scale: scale * wordScale * unitScale, unit, kind, per, currency: !!currency,
    multiplier, fraction: n.fraction, words: n.words, bare, range: false, numStart: core.start, numEnd: n.end,
  };
}

function sentenceText(s: Scope, i: number): string {
  let a = i;
  while (a > 0 && !s.sentenceStart[a]) a--;
  let b = i + 1;
  while (b < s.lx.length && !s.sentenceStart[b]) b++;
  return s.text.slice(s.lx[a].start, s.lx[b - 1].end);
}
