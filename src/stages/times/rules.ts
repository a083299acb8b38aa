// The recognition rules: each is a regular expression over clean text and a builder that reads
// the match into a TimexSpec (or rejects it). recognise.ts runs them all and keeps the longest.

import { isValidDate } from './calendar.js';
import { monthReadable, namedAfter, seasonReadable, yearReadable } from './guards.js';
import {
  holidayRule, MONTHS, parseAmount, parseOrdinal, parseYearWords, PARTS_OF_DAY, SEASONS,
  unitOf, VAGUE, WEEKDAYS, durationValue, type Amount, type PartOfDay, type Unit,
} from './lexicon.js';
import {
  AMOUNT, APPROX, B, DAY_NUM, DURATION_APPROX, DAY_WORD, E, EDGE, MONTH, MONTH_FULL, NUMBER_WORD, PART_OF_DAY, QUARTER_ORD, SEASON,
  UNIT, WEEKDAY, YEAR, YEAR_WORDS,
} from './patterns.js';
import type { Scan } from './scan.js';
import type { Shift, TimexSpec, YearRef } from './spec.js';

/** A recognised expression, in offsets of the scanned text. */
export interface Piece {
  start: number;
  end: number;
  spec: TimexSpec;
}

/** What a rule yields: one expression, or several read as a unit ("2021-2022" is two dates). */
export interface Found extends Piece {
  parts?: Piece[];
}

type Match = RegExpExecArray & { indices: NonNullable<RegExpExecArray['indices']> };

export interface Rule {
  readonly name: string;
  /** The rule's pattern as written. */
  readonly re: RegExp;
  /**
   * The pattern the recogniser runs: `re` without its leading word-start check (B), which V8
   * cannot scan for quickly; `wordStart` says the recogniser checks it itself, skipping matches
   * that begin inside a word and searching again one character on, which finds what `re` finds.
   */
  readonly fast: RegExp;
  readonly wordStart: boolean;
  build(m: Match, s: Scan): Found | null;
}

const rule = (name: string, src: string, build: Rule['build']): Rule => {
  const wordStart = src.startsWith(B);
  return { name, re: new RegExp(src, 'dgiu'), fast: new RegExp(wordStart ? src.slice(B.length) : src, 'dgiu'), wordStart, build };
};

// ------------------------------------------------------------------ helpers

const g = (m: Match, name: string): string | undefined => m.groups?.[name];
const at = (m: Match, name: string): [number, number] | undefined => m.indices.groups?.[name];
const found = (m: Match, spec: TimexSpec, start = m.index, end = m.index + m[0].length): Found => ({ start, end, spec });

/** Is [start, end) inside parentheses that hold no verb ("the trend (so obvious in the past)")? */
function inVerblessAside(s: Scan, start: number, end: number): boolean {
  const open = s.text.lastIndexOf('(', start);
  if (open < 0 || s.text.slice(open, start).includes(')') || s.text.slice(open, start).includes('\n')) return false;
  const close = s.text.indexOf(')', end);
  if (close < 0 || s.text.slice(end, close).includes('\n')) return false;
  for (let i = s.indexAt(open); i < s.tokens.length && s.tokens[i].start < close; i++) {
    if (s.tokens[i].pos === 'VERB' || s.tokens[i].pos === 'AUX') return false;
  }
  return true;
}

/** A capitalised word inside a sentence: part of a title or name ("ABC's This Week", "VOA Today"). */
function titleWord(s: Scan, word: string, start: number): boolean {
  return /^\p{Lu}/u.test(word) && !s.lowercaseText && !s.titleCase && !/^\p{Lu}+$/u.test(word) && !s.startsSentence(start);
}

const monthNo = (w: string): number => MONTHS[w.toLowerCase().replace(/\.$/, '')];
const weekdayNo = (w: string): number => WEEKDAYS[w.toLowerCase().replace(/\.$/, '')];

function shiftOf(w: string | undefined): Shift | undefined {
  switch (w?.toLowerCase()) {
    case 'last': case 'past': case 'previous': case 'prior': return 'last';
    case 'this': case 'current': return 'this';
    case 'next': case 'coming': case 'following': return 'next';
    default: return undefined;
  }
}

/** The year a tail like ", 2023" / "of last year" / "in 2020" gives. */
function yearTail(m: Match): YearRef {
  const y = g(m, 'year');
  if (y) return { year: +y };
  const rel = g(m, 'rel')?.toLowerCase();
  if (rel === 'last') return { yearOffset: -1 };
  if (rel === 'this') return { yearOffset: 0 };
  if (rel === 'next') return { yearOffset: 1 };
  return {};
}

function partOfDay(w: string | undefined): { part: PartOfDay } | undefined {
  const p = w ? PARTS_OF_DAY[w.toLowerCase()] : undefined;
  return p ? { part: p } : undefined;
}

const YEAR_TAIL = `(?:\\s*,?\\s*(?:of\\s+|in\\s+)?(?<year>${YEAR})${E}|\\s+(?:of\\s+)?(?<rel>this|last|next)\\s+year${E})?`;
const NOT_QUANTITY_AFTER_DAY = `(?![.,:]\\d|\\s*(?:%|percent|per cent|million|billion|thousand|times|people|points))`;

/** A day of the month from digits or an ordinal word. */
function dayOf(raw: string): number | null {
  return parseOrdinal(raw.replace(/\s+/g, ' '));
}

/** Builds a date, dropping an attached year that turns out to be a quantity ("May 5, 2000 people"). */
function dateFound(m: Match, s: Scan, month: number, day: number, endWithoutYear: number): Found | null {
  const ref = yearTail(m);
  const y = at(m, 'year');
  if (y && !yearReadable(s, y[0], y[1], +g(m, 'year')!, 'attached')) {
    if (!isValidDate(2000, month, day)) return null;
    return found(m, { kind: 'date', month, day }, m.index, endWithoutYear);
  }
  if (!isValidDate(ref.year ?? 2000, month, day) && !(month === 2 && day <= 30)) return null;
  return found(m, { kind: 'date', month, day, ...ref });
}

// ------------------------------------------------------------------ rules

const R: Rule[] = [];

// "September 3, 2023", "Sept. 3", "Friday, Oct. 23", "july 4th of 1995", "february twenty second"
R.push(rule('date-month-day',
  `${B}(?:${WEEKDAY},?\\s+(?:the\\s+)?)?(?<mon>${MONTH})\\s*(?:the\\s+)?(?<day>${DAY_NUM}|${DAY_WORD})${E}${NOT_QUANTITY_AFTER_DAY}(?<tail>${YEAR_TAIL})`,
  (m, s) => {
    const mon = g(m, 'mon')!;
    const [ms] = at(m, 'mon')!;
    if (!monthReadable(s, mon, ms, true, false)) return null;
    if (/^[a-z]/i.test(g(m, 'day')!) && !/^\p{Lu}/u.test(mon) && !s.lowercaseText) return null;
    const day = dayOf(g(m, 'day')!);
    if (!day) return null;
    return dateFound(m, s, monthNo(mon), day, at(m, 'tail')![0]);
  }));

// "April 24 and 25", "May 3 or 4": the second day of the same month is a date of its own
R.push(rule('date-and-day',
  `${B}(?<mon>${MONTH})\\s*(?<d1>${DAY_NUM})\\s+(?:and|or|&)\\s+(?<d2>${DAY_NUM})${E}${NOT_QUANTITY_AFTER_DAY}(?<tail>${YEAR_TAIL})`,
  (m, s) => {
    const mon = g(m, 'mon')!;
    if (!monthReadable(s, mon, at(m, 'mon')![0], true, false)) return null;
    const d1 = dayOf(g(m, 'd1')!);
    const d2 = dayOf(g(m, 'd2')!);
    if (!d1 || !d2 || d2 <= d1) return null;
    const ref = yearTail(m);
    const month = monthNo(mon);
    if (!isValidDate(ref.year ?? 2000, month, d1) || !isValidDate(ref.year ?? 2000, month, d2)) return null;
    const [s1] = at(m, 'mon')!;
    const [, e1] = at(m, 'd1')!;
    const [s2, e2] = at(m, 'd2')!;
    const parts: Piece[] = [
      { start: s1, end: e1, spec: { kind: 'date', month, day: d1, ...ref } },
      { start: s2, end: ref.year !== undefined || ref.yearOffset !== undefined ? m.index + m[0].length : e2, spec: { kind: 'date', month, day: d2, ...ref } },
    ];
    return { ...found(m, parts[0].spec), parts };
  }));

// "3 September 2023", "the 09th of May", "4th of july of 1995", "28 june in 2020", "the first of May"
R.push(rule('date-day-month',
  `${B}(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(?:(?<day>${DAY_NUM})(?:\\s+of)?[\\s-]*|(?<dayw>${DAY_WORD})\\s+of\\s+)(?<mon>${MONTH})${E}(?<tail>${YEAR_TAIL})`,
  (m, s) => {
    const mon = g(m, 'mon')!;
    if (!monthReadable(s, mon, at(m, 'mon')![0], true, false)) return null;
    if (/^(?:may|march)$/i.test(mon) && !/^\p{Lu}/u.test(mon) && !s.lowercaseText) return null;
    const day = dayOf(g(m, 'day') ?? g(m, 'dayw')!);
    if (!day) return null;
    return dateFound(m, s, monthNo(mon), day, at(m, 'tail')![0]);
  }));

// "November 2022", "Dec-2018", "june of 1992", "late November 1999", "Dec, 2018"
R.push(rule('month-year',
  `${B}(?:${EDGE})?(?<mon>${MONTH})(?:\\s+of|\\s*,|\\s*[-/])?\\s*(?<year>${YEAR})${E}`,
  (m, s) => {
    const mon = g(m, 'mon')!;
    const [ys, ye] = at(m, 'year')!;
    if (!monthReadable(s, mon, at(m, 'mon')![0], true, false)) return null;
    if (!yearReadable(s, ys, ye, +g(m, 'year')!, 'attached')) return null;
    return found(m, { kind: 'month', month: monthNo(mon), year: +g(m, 'year')! });
  }));

// "2017 april"
R.push(rule('year-month',
  `${B}(?<year>${YEAR})\\s+(?<mon>${MONTH_FULL})${E}(?!\\s*\\d)`,
  (m, s) => {
    const mon = g(m, 'mon')!;
    if (/^(?:may|march)$/i.test(mon) && !/^\p{Lu}/u.test(mon) && !s.lowercaseText) return null;
    return found(m, { kind: 'month', month: monthNo(mon), year: +g(m, 'year')! });
  }));

// "2023-09-03", "2018/7/6", "2018.07.06"
R.push(rule('iso-date',
  `${B}(?<year>${YEAR})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?![\\p{L}\\p{N}]|[-/.]\\d)`,
  (m) => {
    const y = +g(m, 'year')!;
    const mo = +g(m, 'm')!;
    const d = +g(m, 'd')!;
    return isValidDate(y, mo, d) || (mo === 2 && d <= 30) ? found(m, { kind: 'date', year: y, month: mo, day: d }) : null;
  }));

// "01/22/2016" (US), "29/03/2019" (day first when it cannot be a month), "03.09.2023" (European)
R.push(rule('numeric-date',
  `(?<![\\p{L}\\p{N}_/.:-])(?<a>\\d{1,2})(?<sep>[-/.])(?<b>\\d{1,2})\\k<sep>(?<year>${YEAR}|\\d{2})(?![\\p{L}\\p{N}]|[-/.]\\d)`,
  (m) => {
    const a = +g(m, 'a')!;
    const b = +g(m, 'b')!;
    const sep = g(m, 'sep')!;
    const yRaw = g(m, 'year')!;
    if (yRaw.length === 2 && sep !== '/') return null;
    const y = yRaw.length === 2 ? (+yRaw < 50 ? 2000 : 1900) + +yRaw : +yRaw;
    let [mo, d] = sep === '.' ? [b, a] : [a, b];
    if (mo > 12 && d <= 12) [mo, d] = [d, mo];
    return isValidDate(y, mo, d) || (mo === 2 && d <= 30) ? found(m, { kind: 'date', year: y, month: mo, day: d }) : null;
  }));

// "20161016"
R.push(rule('compact-date',
  `${B}(?<year>(?:19|20)\\d\\d)(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\\d|3[01])${E}`,
  (m, s) => {
    if (/[$#€£]\s?$/.test(s.charsBefore(m.index, 2))) return null;
    const y = +g(m, 'year')!;
    const mo = +g(m, 'm')!;
    const d = +g(m, 'd')!;
    return isValidDate(y, mo, d) ? found(m, { kind: 'date', year: y, month: mo, day: d }) : null;
  }));

// "Sep-23-2020", "2020/Sep/23", "23/Sep/2020", "2020/23/Sep", "23-2020-September", "2019-aug-1"
const PART = `(?:\\d{1,4}|${MONTH})`;
R.push(rule('named-triple',
  `${B}(?<a>${PART})(?<sep>[-/])(?<b>${PART})\\k<sep>(?<c>${PART})${E}`,
  (m) => {
    let year: number | undefined;
    let month: number | undefined;
    let day: number | undefined;
    for (const p of [g(m, 'a')!, g(m, 'b')!, g(m, 'c')!]) {
      if (/^\d{4}$/.test(p)) { if (year !== undefined) return null; year = +p; }
      else if (/^\d{1,2}$/.test(p)) { if (day !== undefined) return null; day = +p; }
      else if (/^[a-z]/i.test(p)) { if (month !== undefined) return null; month = monthNo(p); }
      else return null;
    }
    if (year === undefined || month === undefined || day === undefined) return null;
    return isValidDate(year, month, day) ? found(m, { kind: 'date', year, month, day }) : null;
  }));

// "2015-3", "2015-03": a year and a month in digits (not a range such as "2010-12" read as 2010-2012)
R.push(rule('year-month-numeric',
  `${B}(?<year>${YEAR})-(?<m>0[1-9]|1[0-2]|[1-9])(?![\\p{L}\\p{N}]|[-/.]\\d)`,
  (m) => {
    const y = +g(m, 'year')!;
    const raw = g(m, 'm')!;
    const mo = +raw;
    if (raw.length === 2 && raw[0] !== '0' && mo > y % 100) return null;
    return found(m, { kind: 'month', year: y, month: mo });
  }));

// "2021-2022", "1998-99", "2019/20": two years
R.push(rule('year-range',
  `${B}(?<y1>${YEAR})\\s*[-–—/]\\s*(?<y2>${YEAR}|\\d{2})${E}(?![-/]\\d)`,
  (m, s) => {
    const y1 = +g(m, 'y1')!;
    const raw2 = g(m, 'y2')!;
    const y2 = raw2.length === 2 ? Math.floor(y1 / 100) * 100 + +raw2 : +raw2;
    if (y2 <= y1 || y2 - y1 > 50 || y1 < 1800) return null;
    const [s1, e1] = at(m, 'y1')!;
    const [s2, e2] = at(m, 'y2')!;
    if (!yearReadable(s, s1, e2, y1, 'bare')) return null;
    const parts: Piece[] = [
      { start: s1, end: e1, spec: { kind: 'year', year: y1 } },
      { start: s2, end: e2, spec: { kind: 'year', year: y2 } },
    ];
    return { ...found(m, { kind: 'year', year: y1 }), parts };
  }));

// "2022", "fiscal 1989", "mid-1990", "the end of 2022", "FY2024"
R.push(rule('year',
  `${B}(?<edge>${EDGE}|(?:pre|post)-)?(?<fiscal>fiscal(?:\\s+year)?\\s+|FY\\s?)?(?<year>\\d{4})${E}`,
  (m, s) => {
    const [ys, ye] = at(m, 'year')!;
    const year = +g(m, 'year')!;
    if (year < 1000 || year > 2099) return null;
    // "post-1959 politics": the year the prefix counts from
    if (/^(?:pre|post)-$/i.test(g(m, 'edge') ?? '') && year < 1800) return null;
    const prefixed = !!(g(m, 'edge') || g(m, 'fiscal'));
    if (!yearReadable(s, ys, ye, year, prefixed ? 'prefixed' : 'bare')) return null;
    return found(m, { kind: 'year', year });
  }));

// "nineteen ninety-six", "the year two thousand", "two thousand and fifteen"
R.push(rule('year-words',
  `${B}(?<the>the\\s+year\\s+)?(?<edge>${EDGE})?(?<words>${YEAR_WORDS})${E}`,
  (m, s) => {
    const year = parseYearWords(g(m, 'words')!);
    if (year === null || year < 1800 || year > 2099) return null;
    const words = g(m, 'words')!.toLowerCase();
    if (words.startsWith('two thousand') && !g(m, 'the') && !g(m, 'edge')) {
      const prev = s.wordBefore(m.index);
      if (!['in', 'by', 'since', 'until', 'till', 'before', 'after', 'of', 'from', 'to', 'through', 'year'].includes(prev)) return null;
      const next = s.wordAfter(m.index + m[0].length);
      if (/s$/.test(next) || ['people', 'dollars', 'troops'].includes(next)) return null;
    }
    return found(m, { kind: 'year', year });
  }));

// "the 1990s", "'80s", "the late 1980s", "the eighties"
const DECADE_WORD: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
R.push(rule('decade',
  `${B}(?:(?<edgeThe>the\\s+(?:early|mid|late)[\\s-]+)|(?<edge>(?:early|mid|late)[\\s-]+))?(?:(?<full>1\\d{2}0|20\\d0)['’]?s|['’](?<short>\\d0)['’]?s|(?<the>the\\s+)(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))${E}`,
  (m, s) => {
    const full = g(m, 'full');
    if (full) return found(m, { kind: 'decade', decade: Math.floor(+full / 10) });
    const short = g(m, 'short');
    if (short) return found(m, { kind: 'decade', decade: 190 + +short[0] });
    const w = g(m, 'word')!.toLowerCase();
    if (/\b(?:his|her|their|my|your|our)\s*$/i.test(s.charsBefore(m.index, 8))) return null;
    return found(m, { kind: 'decade', decade: 190 + DECADE_WORD[w] });
  }));

// "the 20th century", "nineteenth century"
R.push(rule('century',
  `${B}(?<n>\\d{1,2}(?:st|nd|rd|th)|${DAY_WORD})[\\s-]+century${E}`,
  (m) => {
    const n = parseOrdinal(g(m, 'n')!);
    if (!n || n > 21) return null;
    return found(m, { kind: 'century', century: n - 1 });
  }));

// "the third quarter", "third-quarter", "the fiscal first quarter", "this year's third quarter",
// "the fourth quarter of 1989", "the year-ago third quarter", "Q3 2019", "2019 Q3"
R.push(rule('quarter',
  `${B}(?:(?<det>the|this|last|next|(?<poss>this|last|next)\\s+year['’]s|(?<possYear>${YEAR})['’]s)\\s+)?(?:(?<ago>year-ago|year-earlier)\\s+)?(?:(?<adj>latest|current|previous|same|past|coming)\\s+)?(?:fiscal[-\\s]+)?(?:(?<q>${QUARTER_ORD})[-\\s]+quarter|(?<qq>Q[1-4]))${E}(?:\\s+of\\s+(?:fiscal\\s+)?(?:(?<year>${YEAR})|(?<rel>this|last|next)\\s+year|the\\s+(?:fiscal\\s+)?year)${E}|\\s*(?<year2>${YEAR})${E})?`,
  (m) => {
    const qRaw = g(m, 'q') ?? g(m, 'qq')!;
    const quarter = /^q/i.test(qRaw) ? +qRaw[1] : parseOrdinal(qRaw)!;
    if (g(m, 'qq') && !/^Q/.test(g(m, 'qq')!)) return null;
    let ref: YearRef = yearTail(m);
    if (g(m, 'year2')) ref = { year: +g(m, 'year2')! };
    if (g(m, 'possYear')) ref = { year: +g(m, 'possYear')! };
    const poss = g(m, 'poss');
    if (poss) ref = { yearOffset: poss.toLowerCase() === 'last' ? -1 : poss.toLowerCase() === 'next' ? 1 : 0 };
    const det = g(m, 'det')?.toLowerCase();
    const shift = det === 'last' || det === 'next' || det === 'this' ? shiftOf(det) : undefined;
    // a fiscal quarter named without its year is the one just reported
    const fiscal = /fiscal/i.test(m[0]);
    const spec = { kind: 'quarter' as const, quarter, shift: shift ?? (fiscal && ref.year === undefined && ref.yearOffset === undefined ? 'latest' as const : undefined), ...ref };
    return found(m, g(m, 'ago') ? { ...spec, shift: undefined, back: 1 } : spec);
  }));

// "2019 third quarter", "1989 Q3"
R.push(rule('year-quarter',
  `${B}(?<year>${YEAR})\\s+(?:fiscal\\s+)?(?:(?<q>${QUARTER_ORD})[-\\s]+quarter|(?<qq>Q[1-4]))${E}`,
  (m) => {
    const qRaw = g(m, 'q') ?? g(m, 'qq')!;
    const quarter = /^q/i.test(qRaw) ? +qRaw[1] : parseOrdinal(qRaw)!;
    return found(m, { kind: 'quarter', quarter, year: +g(m, 'year')! });
  }));

// "2017-Q1", "2019-H2": a quarter or half written onto its year
R.push(rule('year-dash-part',
  `${B}(?<year>${YEAR})-(?:Q(?<q>[1-4])|H(?<h>[12]))${E}`,
  (m) => g(m, 'q')
    ? found(m, { kind: 'quarter', quarter: +g(m, 'q')!, year: +g(m, 'year')! })
    : found(m, { kind: 'half', half: +g(m, 'h')!, year: +g(m, 'year')! })));

// "week 31", "in week 1 of 2019": a numbered (ISO) week of the year
R.push(rule('week-number',
  `${B}(?<=\\b(?:in|of|during|for|from|until|by)\\s+(?:the\\s+)?|^)week\\s+(?<n>[1-9]|[1-4]\\d|5[0-3])${E}(?:\\s+(?:of\\s+)?(?<year>${YEAR})${E})?(?![-.,]\\d|\\s+of\\s+(?!${YEAR}))`,
  (m) => found(m, { kind: 'isoWeek', week: +g(m, 'n')!, year: g(m, 'year') ? +g(m, 'year')! : undefined })));

// "the first half of 2023", "first-half profit"
R.push(rule('half',
  `${B}(?:(?<the>the)\\s+)?(?<h>first|second|1st|2nd|last|latter)(?<hy>-|\\s+)half(?:\\s+of\\s+(?:(?<year>${YEAR})|(?<rel>this|last|next)\\s+year|(?<theYear>the\\s+year))${E})?${E}`,
  (m) => {
    const half = /^(?:first|1st)$/i.test(g(m, 'h')!) ? 1 : 2;
    const hasOf = g(m, 'year') || g(m, 'rel') || g(m, 'theYear');
    if (!hasOf && g(m, 'hy') !== '-') return null;
    if (!hasOf && g(m, 'the')) return null;
    return found(m, { kind: 'half', half, ...yearTail(m) });
  }));

// "the quarter", "the latest quarter", "the latest period", "the year-ago quarter", "the year-earlier period";
// "last quarter", "this quarter", "next quarter"
R.push(rule('report-quarter',
  `${B}(?:(?<the>the)\\s+(?:(?<latest>latest|most\\s+recent|recent|just-ended|just\\s+ended)\\s+|(?:(?:comparable|corresponding|same)\\s+)?(?<ago>year-ago|year-earlier|year-before|prior-year)\\s+|(?<cur>current|previous|prior|next|coming|following)\\s+)?(?:fiscal\\s+)?(?<unit>quarter|period)|(?<shift>last|this|next)\\s+(?:fiscal\\s+)?quarter)${E}(?!-)`,
  (m) => {
    const shift = g(m, 'shift')?.toLowerCase() ?? g(m, 'cur')?.toLowerCase();
    if (shift) {
      const offset = shift === 'last' || shift === 'previous' || shift === 'prior' ? -1 : shift === 'next' || shift === 'coming' || shift === 'following' ? 1 : 0;
      return found(m, { kind: 'relative', unit: 'quarter', offset });
    }
    if (g(m, 'unit')!.toLowerCase() === 'period' && !g(m, 'latest') && !g(m, 'ago')) return null;
    return found(m, { kind: 'reportQuarter', yearsBack: g(m, 'ago') ? 1 : 0 });
  }));

// "the corresponding period last year", "the quarter a year ago", "last year's quarter": the reported
// period a year back (the quarter when the document reports by quarters)
R.push(rule('period-year-ago',
  `${B}(?:the\\s+(?:(?:corresponding|comparable|same|like)\\s+)?(?:quarter|period)\\s+(?:of\\s+)?(?:last\\s+year|a\\s+year\\s+(?:ago|earlier|before))|last\\s+year['’]s\\s+(?:(?:corresponding|comparable|same)\\s+)?(?:quarter|period))${E}`,
  (m) => found(m, { kind: 'yearAgo' })));

// "the 1988 quarter", "the 1989 period": the reporting quarter of that year
R.push(rule('year-report-quarter',
  `${B}the\\s+(?<year>${YEAR})\\s+(?:quarter|period)${E}`,
  (m) => found(m, { kind: 'reportQuarter', yearsBack: 0, year: +g(m, 'year')! })));

// "a year ago", "a year earlier", "year-ago", "the year-earlier nine months"
R.push(rule('year-ago',
  `${B}(?:(?:a|one)\\s+year\\s+(?:ago|earlier|before)|(?<adj>year-(?:ago|earlier))(?:\\s+(?<months>${NUMBER_WORD}|\\d{1,2})\\s+months)?)${E}`,
  (m) => {
    if (g(m, 'months')) {
      const n = parseAmount(g(m, 'months')!);
      return n === null ? null : found(m, { kind: 'duration', value: durationValue(n, 'month') });
    }
    return found(m, { kind: 'yearAgo' });
  }));

// "last year", "next month", "this week", "earlier this year", "the end of this month", "late last year", "the previous year"
R.push(rule('relative-unit',
  `${B}(?:(?<edge>(?:early|earlier|late|later|mid)[\\s-]+|(?:the\\s+)?(?:end|beginning|start|middle|rest|remainder|close|turn)\\s+of\\s+))?(?:(?<the>the)\\s+)?(?<shift>this|last|next|past|previous|prior|coming|following|current|same)\\s+(?:fiscal\\s+)?(?<unit>week|weekend|month|year|decade|century)${E}(?!['’]s\\s+(?:first|second|third|fourth)|\\s+(?:and\\s+(?:a\\s+)?half|ago|earlier))`,
  (m, s) => {
    const shift = g(m, 'shift')!.toLowerCase();
    const unit = g(m, 'unit')!.toLowerCase() as 'week' | 'weekend' | 'month' | 'year' | 'decade' | 'century';
    if (titleWord(s, g(m, 'unit')!, at(m, 'unit')![0])) return null;
    const the = !!g(m, 'the');
    if (shift === 'same' && !the) return null;
    // "the past week", "the past decade": a stretch of time up to now; "the past year" is dated like "last year" (TimeBank)
    if ((shift === 'past' || (shift === 'last' && the)) && !g(m, 'edge')) {
      if (unit === 'weekend') return null;
      if (unit === 'year') return found(m, { kind: 'relative', unit, offset: -1 });
      return found(m, { kind: 'duration', value: durationValue(1, unit) });
    }
    if (shift === 'past' || unit === 'century') return null;
    if (the && unit === 'decade' && (shift === 'next' || shift === 'coming')) return found(m, { kind: 'duration', value: durationValue(1, unit) });
    if (the && shift === 'this') return null;
    // "the following year", "the previous month", "the same year": counted from the last time the text named
    if (the && (shift === 'following' || shift === 'previous' || shift === 'prior' || shift === 'same') && (unit === 'year' || unit === 'month') && !g(m, 'edge')) {
      return found(m, { kind: 'anaphoric', unit, offset: shift === 'following' ? 1 : shift === 'same' ? 0 : -1 });
    }
    // "the next year", "the following year", "the previous year": relative to the anchor as a fallback
    const offset = shift === 'this' || shift === 'current' ? 0 : shift === 'next' || shift === 'coming' || shift === 'following' ? 1 : -1;
    if (the && shift === 'next' && s.wordAfter(m.index + m[0].length) === 'or') return null;
    return found(m, { kind: 'relative', unit: unit === 'decade' ? 'decade' : unit, offset });
  }));

// "that year", "later that month", "that same day", "the next day", "the following morning", "the day before"
R.push(rule('anaphoric',
  `${B}(?:(?:(?:earlier|later|early|late)\\s+(?:in\\s+|on\\s+)?)?that\\s+(?:same\\s+|very\\s+)?(?<unit>year|month|day|morning|afternoon|evening|night)|the\\s+(?<shift>next|following|previous|preceding|prior)\\s+(?<unit2>day|morning|afternoon|evening|night)|the\\s+(?<unit3>day)\\s+(?<side>before|after)(?=\\s*(?:[.,;:!?)]|$)))${E}(?![-'’])`,
  (m, s) => {
    const word = (g(m, 'unit') ?? g(m, 'unit2') ?? g(m, 'unit3'))!.toLowerCase();
    // "that night", "the next morning": the day with its part
    const tod = partOfDay(word);
    const unit = word === 'year' || word === 'month' ? word : 'day';
    const shift = g(m, 'shift')?.toLowerCase();
    const side = g(m, 'side')?.toLowerCase();
    const offset = shift ? (shift === 'next' || shift === 'following' ? 1 : -1) : side ? (side === 'after' ? 1 : -1) : 0;
    // "that day when ...", "that night which ...": a day the clause after it describes, not one named before
    if (unit === 'day' && !shift && !side && /^\\s*(?:when|that|which|where)\\b/i.test(s.charsAfter(m.index + m[0].length, 8))) return null;
    return found(m, { kind: 'anaphoric', unit, offset, tod, bound: !shift && !side });
  }));

// "earlier in the year", "later in the week", "the end of the year", "end of month", "the rest of the year", "year to date", "EOY"
R.push(rule('this-unit',
  `${B}(?:(?:earlier|later|early|late)\\s+in\\s+the|(?:the\\s+)?(?:end|beginning|start|middle|rest|remainder|close|turn|balance)\\s+of\\s+(?:the\\s+)?)\\s*(?<unit>week|month|year|day)${E}(?!-)`,
  (m) => {
    const unit = g(m, 'unit')!.toLowerCase() as 'week' | 'month' | 'year' | 'day';
    return found(m, { kind: 'relative', unit, offset: 0 });
  }));
R.push(rule('unit-end',
  `${B}(?:the\\s+)?(?<unit>year|month|week)['’]s\\s+end${E}`,
  (m) => found(m, { kind: 'relative', unit: g(m, 'unit')!.toLowerCase() as 'year' | 'month' | 'week', offset: 0 })));
R.push(rule('year-to-date',
  `${B}(?:(?:the\\s+)?year[-\\s]to[-\\s]date|EOY|(?:the\\s+)?full\\s+year)${E}`,
  (m) => found(m, { kind: 'relative', unit: 'year', offset: 0 })));
// "year-end": the last day of the year, placed like any date without a year
R.push(rule('year-end',
  `${B}year[-\\s]end${E}`,
  (m) => found(m, { kind: 'date', month: 12, day: 31 })));

// "the weekend", "over the weekend": the weekend just past, or the coming one in the future tense
R.push(rule('the-weekend',
  `${B}the\\s+weekend${E}`,
  (m) => found(m, { kind: 'weekend' })));

// "the year" alone: the current (reporting) year; "the year ended Sept. 30" is a twelve-month stretch
R.push(rule('the-year',
  `${B}the\\s+(?<unit>year|month)${E}(?![-'’]|\\s+(?:before|after|of|in\\s+which|when|that|ago|earlier|later|to\\s+date|\\d))`,
  (m, s) => {
    const next = s.wordAfter(m.index + m[0].length);
    const prev = s.wordBefore(m.index);
    if (['same', 'first', 'last', 'whole', 'entire', 'full', 'new', 'fiscal', 'previous', 'following', 'next', 'past'].includes(prev)) return null;
    const unit = g(m, 'unit')!.toLowerCase() as 'year' | 'month';
    if (/^(?:ended|ending|ends|through|thru)$/.test(next)) return found(m, { kind: 'duration', value: durationValue(1, unit) });
    return found(m, { kind: 'relative', unit, offset: 0 });
  }));

// "the full year", "the fiscal year": the twelve months
R.push(rule('the-fiscal-year',
  `${B}the\\s+(?:fiscal|financial|whole|entire)\\s+year${E}(?!\\s+\\d)`,
  (m) => found(m, { kind: 'duration', value: 'P1Y' })));

/** Nouns after "today's" that make it the present age rather than the day ("today's world", "today's personal computers"). */
const AGE_NOUN = /^['’]s\s+(?:[\p{L}-]+\s+)?(?:world|youth|young|generation|generations|society|societies|economy|standards?|technology|technologies|culture|children|kids|families|teenagers|students|consumers|computers|cars|weapons|wars?|politics|politicians|leaders|media|music|art|science|medicine|business|businesses|companies|workplace|workers|women|men|people|Americans|Europe|America|Russia|China|Africa|terms|reality|realities|context|environment|climate|conditions|challenges|problems|threats|age|era|times)\b/u;

// "today", "yesterday morning", "late yesterday", "tonight", "tomorrow", "the day after tomorrow", "last night", "this morning"
R.push(rule('deictic-day',
  `${B}(?:(?<edge>early|earlier|late|later)\\s+)?(?:(?<beforeY>the\\s+day\\s+before\\s+yesterday)|(?<afterT>the\\s+day\\s+after\\s+tomorrow)|(?<w>today|tonight|tomorrow|yesterday)(?:\\s+(?<pod>${PART_OF_DAY}))?|(?<last>last)\\s+(?<night>night)|(?<this>this)\\s+(?<pod2>${PART_OF_DAY}))${E}`,
  (m, s) => {
    // "today's world", "today's youth" speak of the present age; "today's editions", "yesterday's announcement" of a day
    if (/^(?:today|tonight)$/i.test(g(m, 'w') ?? '') && /^['’]s/.test(s.charsAfter(m.index + m[0].length, 2))
      && AGE_NOUN.test(s.charsAfter(m.index + m[0].length, 40))) return null;
    if (g(m, 'w') && titleWord(s, g(m, 'w')!, at(m, 'w')![0])) return null;
    if (g(m, 'beforeY')) return found(m, { kind: 'relative', unit: 'day', offset: -2 });
    if (g(m, 'afterT')) return found(m, { kind: 'relative', unit: 'day', offset: 2 });
    if (g(m, 'last')) return found(m, { kind: 'relative', unit: 'day', offset: -1, tod: { part: 'NI' } });
    if (g(m, 'this')) return found(m, { kind: 'relative', unit: 'day', offset: 0, tod: partOfDay(g(m, 'pod2')) });
    const w = g(m, 'w')!.toLowerCase();
    const tod = w === 'tonight' ? { part: 'NI' as const } : partOfDay(g(m, 'pod'));
    const offset = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    const loose = w === 'today' && !g(m, 'edge') && !tod && s.startsSentence(m.index);
    return found(m, { kind: 'relative', unit: 'day', offset, tod, loose });
  }));

// "three days ago", "a few days ago", "two months from now", "two days after today", "a day earlier"
R.push(rule('ago',
  `${B}(?:(?<approx>${APPROX})\\s+)?(?<n>${AMOUNT})\\s+(?:more\\s+)?(?<unit>${UNIT})(?:\\s+or\\s+so)?\\s+(?<dir>ago|from\\s+now|hence|from\\s+today|after\\s+today|before\\s+today|earlier|later|before|after|back)${E}(?!\\s+(?:this|next|last|that|in\\s+the)${E})`,
  (m, s) => {
    const amount = parseAmount(g(m, 'n')!);
    const unit = unitOf(g(m, 'unit')!);
    if (amount === null || unit === null) return null;
    const dir = g(m, 'dir')!.toLowerCase().replace(/\s+/g, ' ');
    if (dir === 'before' || dir === 'after') {
      // "two days after the attack": only the amount of time is an expression
      const end = at(m, 'unit')![1];
      return found(m, { kind: 'duration', value: durationValue(amount, unit) }, m.index, end);
    }
    if (dir === 'earlier' || dir === 'later') {
      if (unit === 'year' && amount === 1) return found(m, { kind: 'yearAgo' });
      return found(m, { kind: 'duration', value: durationValue(amount, unit) });
    }
    const direction = dir === 'ago' || dir === 'before today' || dir === 'back' ? -1 : 1;
    if (dir === 'back' && !/^\s*(?:in|to|when|,|\.)/.test(s.charsAfter(m.index + m[0].length, 6))) return null;
    return found(m, { kind: 'ago', amount, unit, direction });
  }));

// "long ago", "not long ago", "a long time ago", "some time ago", "years ago"
R.push(rule('vague-ago',
  `${B}(?:not\\s+(?:so\\s+)?long\\s+ago|(?:a\\s+)?long\\s+(?:time\\s+)?ago|some\\s+time\\s+ago|a\\s+while\\s+(?:ago|back)|(?:years|months|weeks|days|decades)\\s+ago)${E}`,
  (m) => found(m, { kind: 'ref', value: 'PAST_REF' })));

// durations: "four years", "the past four years", "nearly two years", "16-hour", "3.5years",
// "one and a half hours", "a year and a half", "the first nine months", "a few days"; not ages ("6-year-old")
R.push(rule('duration',
  `${B}(?:(?<the>the)\\s+(?:(?<which>past|last|next|first|coming|previous|following|final|latest|remaining|initial|preceding|recent|same|other)\\s+)?|(?<approx>${DURATION_APPROX})\\s+)?(?<n>${AMOUNT})(?:\\s+and\\s+(?:a\\s+)?(?<frac>half|quarter))?(?:\\s+(?:more|additional|full|straight|consecutive|long|whole|extra|further))?(?<sep>[\\s-]*)(?<unit>${UNIT})(?:\\s+and\\s+(?:a\\s+)?(?<frac2>half|quarter))?(?<long>-long)?${E}(?!-old|-year-old|\\s+old${E})`,
  (m, s) => {
    const nRaw = g(m, 'n')!.toLowerCase();
    const unitRaw = g(m, 'unit')!;
    let amount: Amount | null = parseAmount(nRaw);
    const unit: Unit | null = unitOf(unitRaw);
    if (amount === null || unit === null) return null;
    const digits = /^\d/.test(nRaw);
    const which = g(m, 'which')?.toLowerCase();
    if (which === 'same' || which === 'other') return null;
    // "the 1988 quarter": a year, not 1988 quarters
    if (/^(?:1[89]|20)\d\d$/.test(nRaw) && unit !== 'year') return null;
    // abbreviations only after digits ("3h", "30 min"); words need a space or hyphen before the unit
    if (/^(?:h|min|mins|sec|secs|hr|hrs)$/i.test(unitRaw) && !digits) return null;
    if (unitRaw.toLowerCase() === 'h' && g(m, 'sep') !== '') return null;
    if (!g(m, 'sep') && !digits && nRaw !== '½') return null;
    // "a quarter of the votes", "a second time", "a night out", "some days" read with "some" as a hedge
    if ((unit === 'quarter' || unit === 'second' || unit === 'night') && /^(?:a|an)$/.test(nRaw)) return null;
    if (unit === 'quarter' && s.wordAfter(m.index + m[0].length) === 'of') return null;
    if (nRaw === 'some' && !g(m, 'sep')) return null;
    // "60 Minutes", "48 Hours": a title, not a stretch of time
    if (titleWord(s, unitRaw, at(m, 'unit')![0]) && digits) return null;
    // the tail of a larger figure ("2.5", "$3") is not the amount
    if (digits && /[$€£.,\d]$/.test(s.charsBefore(at(m, 'n')![0], 1))) return null;
    const frac = g(m, 'frac') ?? g(m, 'frac2');
    if (frac && amount !== VAGUE) amount += frac.toLowerCase() === 'half' ? 0.5 : 0.25;
    // "one and a quarter years" is written as a decimal (P1.25Y); halves go down a unit (P18M)
    const style = /\d\s*(?:[13]\/[24]|½)$/.test(nRaw) ? 'mixed' : /\d\.\d/.test(nRaw) || /quarter/i.test(frac ?? '') ? 'decimal' : 'words';
    return found(m, { kind: 'duration', value: durationValue(amount, unit, style) });
  }));

// "the past year and a half", "the next hour and a half"
R.push(rule('unit-and-a-half',
  `${B}(?:the\\s+(?:past|last|next|first|coming|previous|following)\\s+)?(?<unit>year|month|week|day|hour|minute)\\s+and\\s+a\\s+half${E}`,
  (m) => found(m, { kind: 'duration', value: durationValue(1.5, unitOf(g(m, 'unit')!)!) })));

// "all day", "all month"
R.push(rule('all-unit',
  `${B}all\\s+(?<unit>day|night|week|month|year)${E}(?!\\s+(?:long|round))`,
  (m) => found(m, { kind: 'duration', value: durationValue(1, unitOf(g(m, 'unit')!)!) })));

// "the first week of 2019", "the last week of 2019"
R.push(rule('week-of-year',
  `${B}(?:the\\s+)?(?<which>first|last)\\s+week\\s+of\\s+(?<year>${YEAR})${E}`,
  (m) => {
    const year = +g(m, 'year')!;
    const first = g(m, 'which')!.toLowerCase() === 'first';
    // 4 January always lies in the first ISO week, 28 December in the last
    return found(m, { kind: 'date', year, month: first ? 1 : 12, day: first ? 4 : 28, week: true });
  }));

// "Tuesday the eleventh", "the 15th day of next month", "the thirty-first day of the month"
R.push(rule('day-of-month',
  `${B}(?:(?<wd>${WEEKDAY}),?\\s+the\\s+(?<day>${DAY_NUM}|${DAY_WORD})|the\\s+(?<day2>${DAY_NUM}|${DAY_WORD})(?:\\s+day)?\\s+of\\s+(?<which>the|this|next|last)\\s+month)${E}(?!\\s+(?!at|in|on|of|and|or|to|for|from|until)\\p{Ll})`,
  (m) => {
    const day = dayOf(g(m, 'day') ?? g(m, 'day2')!);
    if (!day || day > 31) return null;
    const which = g(m, 'which')?.toLowerCase();
    const monthOffset = which === 'next' ? 1 : which === 'last' ? -1 : which ? 0 : undefined;
    const weekday = g(m, 'wd') ? weekdayNo(g(m, 'wd')!) : undefined;
    return found(m, { kind: 'dayOfMonth', day, weekday, monthOffset });
  }));

// "recent years", "the coming months", "the next few days" without a number; "years", "decades" after "for", "over", "in"
R.push(rule('vague-duration',
  `${B}(?:(?<the>the)\\s+)?(?<which>recent|coming|past|last|next|ensuing|following|future)\\s+(?<unit>years|months|weeks|days|quarters|decades|centuries)${E}`,
  (m) => {
    const which = g(m, 'which')!.toLowerCase();
    const unit = unitOf(g(m, 'unit')!)!;
    if ((which === 'recent' && unit === 'year') || (which === 'past' && !g(m, 'the'))) return found(m, { kind: 'ref', value: 'PAST_REF' });
    if ((which === 'last' || which === 'next' || which === 'following') && !g(m, 'the')) return null;
    return found(m, { kind: 'duration', value: durationValue(VAGUE, unit) });
  }));
R.push(rule('bare-plural-duration',
  `${B}(?<unit>years|months|weeks|decades|centuries)${E}(?!\\s+(?:ago|earlier|later|old|of\\s+age))`,
  (m, s) => {
    const prev = s.wordBefore(m.index);
    const unit = unitOf(g(m, 'unit')!)!;
    const after = s.charsAfter(m.index + m[0].length, 2);
    if (/^-\p{L}/u.test(after) && !/^-long/.test(s.charsAfter(m.index + m[0].length, 5))) return null;
    if (unit === 'decade' || unit === 'century') return found(m, { kind: 'duration', value: durationValue(VAGUE, unit) });
    if (!['for', 'over', 'within', 'took', 'take', 'takes', 'lasted', 'last', 'spent', 'spend'].includes(prev)) return null;
    return found(m, { kind: 'duration', value: durationValue(VAGUE, unit) });
  }));

// weekdays: "Friday", "last Friday", "Friday morning", "earlier Sunday", "Mondays", "Tuesday nights"
R.push(rule('weekday',
  `${B}(?:(?<edge>early|earlier|late|later)\\s+)?(?:(?<shift>last|next|this|coming|past)\\s+)?(?<wd>${WEEKDAY})(?<pl>s)?${E}(?:\\s+(?<pod>${PART_OF_DAY})(?<pl2>s)?${E})?`,
  (m, s) => {
    const wdRaw = g(m, 'wd')!;
    if (!/^\p{Lu}/u.test(wdRaw) && !s.lowercaseText && !g(m, 'shift')) return null;
    // "the Good Friday Agreement": a weekday inside a run of capitalised words is part of a name
    const prevTok = s.before(m.index);
    if (!g(m, 'shift') && !g(m, 'edge') && prevTok && /^\p{Lu}/u.test(prevTok.text) && !s.startsSentence(prevTok.start)
      && namedAfter(s, at(m, 'wd')![1])) return null;
    const weekday = weekdayNo(wdRaw);
    const part = partOfDay(g(m, 'pod'));
    if (g(m, 'pl') || g(m, 'pl2')) {
      if (g(m, 'shift')) return null;
      return found(m, { kind: 'set', value: `XXXX-WXX-${weekday}${part ? `T${part.part}` : ''}` });
    }
    // "until Tuesday", "as soon as Tuesday": a deadline or an expected time, ahead of the anchor
    const forward = !g(m, 'shift') && /\b(?:until|till|as\s+soon\s+as|as\s+early\s+as)\s+(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|noon|midnight)(?:\s+[A-Z]{3})?,?\s+)?$/i.test(s.charsBefore(m.index, 40));
    // "Wednesday's ruling" names something that has happened, unless the words before look ahead ("ahead of Tuesday's vote")
    const possessive = !part && /^['’]s\b/.test(s.charsAfter(m.index + m[0].length, 3))
      && !/\b(?:ahead\s+of|before|until|till|upcoming|awaiting|await|awaits)\s+$/i.test(s.charsBefore(m.index, 16));
    return found(m, { kind: 'weekday', weekday, shift: shiftOf(g(m, 'shift')), tod: part, forward, possessive });
  }));

// "Tuesday of next week", "next week Wednesday", "previous week - Monday"
R.push(rule('weekday-of-week',
  `${B}(?:(?:on\\s+)?(?<wd>${WEEKDAY})\\s+of\\s+(?:the\\s+)?(?<which>this|last|next|following|previous|coming)\\s+week|(?<which2>this|last|next|following|previous|coming)\\s+week[\\s,–-]+(?:on\\s+)?(?<wd2>${WEEKDAY}))${E}`,
  (m) => {
    const which = (g(m, 'which') ?? g(m, 'which2')!).toLowerCase();
    const weekOffset = which === 'this' ? 0 : which === 'last' || which === 'previous' ? -1 : 1;
    return found(m, { kind: 'weekdayOfWeek', weekday: weekdayNo(g(m, 'wd') ?? g(m, 'wd2')!), weekOffset });
  }));

// sets: "every day", "each Thursday", "every two weeks", "every other Friday", "once a week", "daily"
// ("annual" mostly goes with reports and is left out; "annually" has a rule of its own below)
R.push(rule('every',
  `${B}(?:every|each)\\s+(?:(?<other>other)\\s+)?(?:(?<n>${NUMBER_WORD}|\\d{1,3}|few|several|couple\\s+of)\\s+)?(?:(?<unit>${UNIT})|(?<wd>${WEEKDAY})|(?<mon>${MONTH_FULL})|(?<season>${SEASON})|(?<pod>${PART_OF_DAY}))${E}`,
  (m) => {
    if (g(m, 'wd')) return found(m, { kind: 'set', value: `XXXX-WXX-${weekdayNo(g(m, 'wd')!)}` });
    if (g(m, 'mon')) return found(m, { kind: 'set', value: `XXXX-${String(monthNo(g(m, 'mon')!)).padStart(2, '0')}` });
    if (g(m, 'season')) return found(m, { kind: 'set', value: `XXXX-${SEASONS[g(m, 'season')!.toLowerCase()]}` });
    if (g(m, 'pod')) return found(m, { kind: 'set', value: `XXXX-XX-XXT${PARTS_OF_DAY[g(m, 'pod')!.toLowerCase()]}` });
    const unit = unitOf(g(m, 'unit')!);
    if (!unit || unit === 'second' && !g(m, 'n')) return null;
    let n: Amount = g(m, 'n') ? parseAmount(g(m, 'n')!) ?? 1 : 1;
    if (g(m, 'other') && n !== VAGUE) n *= 2;
    return found(m, { kind: 'set', value: durationValue(n, unit) });
  }));
R.push(rule('times-per',
  `${B}(?:once|twice|three\\s+times|(?:${NUMBER_WORD}|\\d+)\\s+times|one)\\s+(?:a|an|per|every|each)\\s+(?<unit>${UNIT})${E}`,
  (m) => {
    const unit = unitOf(g(m, 'unit')!);
    return unit ? found(m, { kind: 'set', value: durationValue(1, unit) }) : null;
  }));
const PER_WORD: Record<string, string> = { daily: 'P1D', everyday: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', yearly: 'P1Y', hourly: 'PT1H' };
R.push(rule('per-word',
  `${B}(?<w>daily|everyday|nightly|weekly|biweekly|monthly|yearly|hourly)${E}`,
  (m, s) => {
    const w = g(m, 'w')!.toLowerCase();
    // "the Communist Party daily Granma", "a weekly": the newspaper
    if (s.tokenAt(m.index)?.pos === 'NOUN' || s.after(m.index + m[0].length)?.pos === 'PROPN') return null;
    const prev = s.wordBefore(m.index);
    if (prev === 'average' || prev === 'the') return null;
    return found(m, { kind: 'set', value: PER_WORD[w] });
  }));

// "annually", "biannually": a yearly set, except as the rate of a figure ("rise 8.5% annually",
// "10,000 units annually"), where TimeBank leaves it out
const PER_YEAR: Record<string, string> = { annually: 'P1Y', biannually: 'P6M' };
R.push(rule('annually',
  `${B}(?<w>annually|biannually)${E}`,
  (m, s) => {
    if (/\d[\d.,]*\s*(?:%|percent|per\s*cent|[a-z]+)?\s*(?:[\p{L}'’-]+\s+){0,2}$/iu.test(s.charsBefore(m.index, 40))) return null;
    return found(m, { kind: 'set', value: PER_YEAR[g(m, 'w')!.toLowerCase()] });
  }));

// seasons: "last fall", "this summer", "the winter of 1994", "in the spring", "summer 2023", "early spring"
R.push(rule('season',
  `${B}(?<edge>(?:early|late|mid)[\\s-]+)?(?:(?<shift>last|this|next|coming|past)\\s+|(?<the>the)\\s+)?(?<season>${SEASON})${E}(?<tail>\\s+(?:of\\s+)?(?:(?<year>${YEAR})|(?<words>${YEAR_WORDS})|(?<rel>this|last|next)\\s+year)${E})?`,
  (m, s) => {
    const season = SEASONS[g(m, 'season')!.toLowerCase()];
    const hasYear = !!(g(m, 'year') || g(m, 'words') || g(m, 'rel'));
    const [ss] = at(m, 'season')!;
    if (g(m, 'the') && !hasYear) {
      // "the fall of Rome", "the spring offensive"
      const next = s.wordAfter(at(m, 'season')![1]);
      if (next === 'of' || /^(?:fall|spring)$/i.test(g(m, 'season')!) && !['in', 'during', 'by', 'since', 'until', 'through', 'over', 'throughout', 'that', 'this'].includes(s.wordBefore(m.index))) return null;
    }
    if (!seasonReadable(s, g(m, 'season')!, ss, !!(g(m, 'shift') || g(m, 'the') || g(m, 'edge') || hasYear))) return null;
    if (g(m, 'edge') && !g(m, 'shift') && !hasYear && /^(?:fall|spring)$/i.test(g(m, 'season')!)) return null;
    if (/^[-']/.test(s.charsAfter(at(m, 'season')![1]))) return null;
    if (!hasYear && /^\p{Lu}/u.test(g(m, 'season')!) && namedAfter(s, at(m, 'season')![1])) return null;
    let ref = yearTail(m);
    if (g(m, 'words')) ref = { year: parseYearWords(g(m, 'words')!) ?? undefined };
    return found(m, { kind: 'season', season, shift: shiftOf(g(m, 'shift')), ...ref });
  }));

// bare months: "January", "last April", "mid-November", "June last year", "this September"
R.push(rule('month',
  `${B}(?<edge>${EDGE})?(?:(?<shift>last|this|next|past|coming)\\s+)?(?<mon>${MONTH})${E}(?!\\s*\\d{1,2}(?!\\d))(?:\\s+(?:of\\s+)?(?<rel>this|last|next)\\s+year${E})?`,
  (m, s) => {
    const mon = g(m, 'mon')!;
    const [ms] = at(m, 'mon')!;
    const supported = !!g(m, 'rel');
    if (!monthReadable(s, mon, ms, supported, !!(g(m, 'shift') || g(m, 'edge')))) return null;
    if (/\.$/.test(mon) === false && /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i.test(mon) && !s.lowercaseText) return null;
    if (/^-\p{L}|^['’](?!s)\p{L}/u.test(s.charsAfter(m.index + m[0].length, 2))) return null;
    return found(m, { kind: 'month', month: monthNo(mon), shift: shiftOf(g(m, 'shift')), ...yearTail(m) });
  }));

// holidays: "Christmas", "Thanksgiving Day", "black friday 2010", "New Year's Eve"
R.push(rule('holiday',
  `${B}(?:(?<shift>last|this|next)\\s+)?(?<name>christmas(?:\\s+(?:day|eve))?|new\\s+year['’]?s(?:\\s+(?:day|eve))?|thanksgiving(?:\\s+day)?|independence\\s+day|halloween|easter(?:\\s+(?:sunday|monday))?|labou?r\\s+day|memorial\\s+day|black\\s+friday|good\\s+friday|valentine['’]?s\\s+day|mother['’]?s\\s+day|father['’]?s\\s+day|boxing\\s+day|veterans\\s+day|election\\s+day|martin\\s+luther\\s+king(?:\\s+jr\\.?)?\\s+day|the\\s+fourth\\s+of\\s+july)${E}(?<tail>${YEAR_TAIL})`,
  (m, s) => {
    const name = g(m, 'name')!;
    if (!holidayRule(name)) return null;
    if (!g(m, 'tail') && namedAfter(s, m.index + m[0].length)) return null;
    const hasDay = /\s(?:day|eve|sunday|monday|friday)$|^(?:halloween|the\s+fourth)/i.test(name);
    const ref = yearTail(m);
    const prev = s.wordBefore(m.index);
    if (!hasDay && !g(m, 'shift') && ref.year === undefined && ref.yearOffset === undefined
      && !['on', 'at', 'by', 'before', 'after', 'until', 'till', 'since', 'over', 'for', 'around', 'during', 'of', 'from', 'to', 'through'].includes(prev)) return null;
    if (/^(?:independence|labou?r|memorial|election)/i.test(name) && !/^\p{Lu}/u.test(name) && !s.lowercaseText) return null;
    return found(m, { kind: 'holiday', name: name.replace(/\s+/g, ' '), shift: shiftOf(g(m, 'shift')), ...ref });
  }));

// references to the present, past and future
R.push(rule('present-ref',
  `${B}(?:(?<now>now)|currently|at\\s+present|presently|nowadays|these\\s+days|right\\s+now|the\\s+present(?:\\s+(?:time|day))?|current)${E}`,
  (m, s) => {
    const w = m[0].toLowerCase();
    if (w === 'current') {
      const tok = s.tokenAt(m.index);
      const next = s.after(m.index + m[0].length);
      if (tok && tok.pos !== 'ADJ') return null;
      if (next && /^(?:account|accounts|affairs|events|flow|flows|density|source|sources|law|laws|rules|system|leader|leaders|president|chairman|owner|owners|members?|management)$/i.test(next.text)) return null;
    }
    if (g(m, 'now')) {
      const prev = s.wordBefore(m.index);
      const next = s.wordAfter(m.index + m[0].length);
      if (prev === 'just' || next === 'and' && s.wordAfter(m.index + m[0].length + 4) === 'then') return null;
      if (!nowIsTemporal(s, m.index)) return null;
    }
    // "the present government": an adjective
    if (/^the\s+present$/i.test(m[0]) && /^(?:NOUN|ADJ|PROPN)$/.test(s.after(m.index + m[0].length)?.pos ?? '')) return null;
    return found(m, { kind: 'ref', value: 'PRESENT_REF' });
  }));
R.push(rule('past-ref',
  `${B}(?:recently|lately|(?<recent>recent)|formerly|in\\s+the\\s+recent\\s+past|the\\s+recent\\s+past)${E}`,
  (m, s) => {
    if (g(m, 'recent')) return null;
    const prev = s.wordBefore(m.index);
    // "more recently" orders events in a narrative rather than placing them
    if (prev === 'more' || prev === 'most') return null;
    return found(m, { kind: 'ref', value: 'PAST_REF' });
  }));
// "in the past", "than in the past": the past as such (a number after it makes a stretch: "the past two weeks")
R.push(rule('the-past',
  `${B}(?<=\\b(?:in|than|from|of)\\s+)the\\s+past${E}(?!\\s+(?:\\d|${NUMBER_WORD}${E}|few|several|many|couple|year|month|week|day|decade|century|quarter|hour|minute|weekend|summer|winter|spring|fall|autumn)|[-'’])`,
  // a verbless aside ("(so obvious in the past)") compares states rather than placing an event
  (m, s) => inVerblessAside(s, m.index, m.index + m[0].length) ? null : found(m, { kind: 'ref', value: 'PAST_REF' })));
// "in the near term", "over the short term"
R.push(rule('near-term',
  `${B}the\\s+(?:near|short)\\s+term${E}(?![-'’])`,
  (m) => found(m, { kind: 'ref', value: 'FUTURE_REF' })));
R.push(rule('future-ref',
  `${B}(?:the\\s+(?:near\\s+|foreseeable\\s+|distant\\s+|not-too-distant\\s+|immediate\\s+)?future|as\\s+soon\\s+as\\s+possible)${E}(?!\\s+of${E})`,
  (m) => found(m, { kind: 'ref', value: 'FUTURE_REF' })));
R.push(rule('ahead',
  `${B}(?:the\\s+)?(?<unit>years|months|weeks|days)\\s+ahead${E}`,
  (m) => found(m, { kind: 'duration', value: durationValue(VAGUE, unitOf(g(m, 'unit')!)!) })));

// clock times: "3 p.m.", "10:35 a.m.", "15:00", "noon", "midnight", "8 o'clock"
R.push(rule('clock',
  `${B}(?:(?<h>[01]?\\d|2[0-4])(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)(?![\\p{L}\\p{N}])(?:\\s+(?:[ECMP][SD]T|GMT|UTC)${E})?|(?<h24>[01]?\\d|2[0-3]):(?<mi24>[0-5]\\d)(?![\\p{L}\\p{N}]|[:.]\\d)|(?<word>noon|midnight|midday)${E}|(?<hw>${NUMBER_WORD}|\\d{1,2})\\s+o['’]?clock${E}|(?<hd>${NUMBER_WORD}|\\d{1,2})(?::(?<mid>[0-5]\\d))?(?:\\s+o['’]?clock)?\\s+(?:in\\s+the\\s+(?<half>morning|afternoon|evening)|at\\s+(?<half2>night))${E})`,
  (m, s) => {
    if (g(m, 'word')) {
      const w = g(m, 'word')!.toLowerCase();
      return found(m, { kind: 'clock', tod: { clock: [w === 'midnight' ? 24 : 12, 0] } });
    }
    if (g(m, 'h24')) {
      if (/\d[:.]$|[$€£]$/.test(s.charsBefore(m.index, 1))) return null;
      return found(m, { kind: 'clock', tod: { clock: [+g(m, 'h24')!, +g(m, 'mi24')!] } });
    }
    // "4 in the morning", "eight in the evening", "11 at night"
    if (g(m, 'hd')) {
      const h = parseAmount(g(m, 'hd')!);
      if (typeof h !== 'number' || !Number.isInteger(h) || h < 1 || h > 12) return null;
      const half = (g(m, 'half') ?? g(m, 'half2')!).toLowerCase();
      const pm = half === 'afternoon' || half === 'evening' || (half === 'night' && h >= 6);
      const hour = pm ? (h === 12 ? 12 : h + 12) : h === 12 ? 0 : h;
      return found(m, { kind: 'clock', tod: { clock: [hour, g(m, 'mid') ? +g(m, 'mid')! : 0] } });
    }
    if (g(m, 'hw')) {
      const h = parseAmount(g(m, 'hw')!);
      if (typeof h !== 'number' || h < 1 || h > 12) return null;
      return found(m, { kind: 'clock', tod: { clock: [h, 0] } });
    }
    let h = +g(m, 'h')!;
    if (h > 12 || h === 0) return null;
    const pm = /^p/i.test(g(m, 'ap')!);
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
    return found(m, { kind: 'clock', tod: { clock: [h, g(m, 'mi') ? +g(m, 'mi')! : 0] } });
  }));

// parts of the day on their own: "in the morning", "the afternoon", "overnight"
R.push(rule('part-of-day',
  `${B}(?:(?:(?:early|late)\\s+)?the\\s+|(?:early|late|mid)[-\\s]?)(?<pod>morning|afternoon|evening)${E}(?!\\s+(?:of|after|before|newspaper|paper|show|news|session|edition|rush))`,
  (m) => found(m, { kind: 'clock', tod: { part: PARTS_OF_DAY[g(m, 'pod')!.toLowerCase()] } })));

/** Forms of "be" after which "now" and an adjective compare states ("the risks are now too great"). */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", '’s', "'re", '’re']);

/**
 * Is this "now" the clause's own temporal adverb (PRESENT_REF) rather than a discourse "now"?
 * Inside fixed phrases it always is ("until now", "for now", "right now", "from now on"). Otherwise
 * it must sit inside its clause: after the subject ("Iraq now controls", "troops now in Kuwait"),
 * after an auxiliary ("is now patrolling", "has now been abandoned"), or closing it ("worth half
 * that now"). A "now" that opens a sentence or a clause ("Now, he says, ...", "..., now the trend
 * has become visible", "but now ...") connects discourse, and one between "be" and an adjective
 * ("the risks are now too great") contrasts states; neither is tagged.
 */
function nowIsTemporal(s: Scan, start: number): boolean {
  const prevWord = s.wordBefore(start);
  const nextWord = s.wordAfter(start + 3);
  if (['until', 'till', 'by', 'for', 'from', 'right', 'as', 'to', 'between'].includes(prevWord) || nextWord === 'on') return true;
  const i = s.indexAt(start);
  const tok = s.tokens[i];
  if (!tok || tok.start !== start) return false;
  const prev = s.tokens[i - 1];
  const next = s.tokens[i + 1];
  if (!prev || prev.sentence !== tok.sentence || /^[“"‘'`(\[«]+$/.test(prev.text)) return false;
  if (/^[,;:—–(-]+$/.test(prev.text) || prev.pos === 'CCONJ' || prev.pos === 'SCONJ' || prev.pos === 'INTJ') return false;
  if (BE_FORMS.has(prev.lower) && next && next.sentence === tok.sentence && (next.pos === 'ADJ' || next.pos === 'ADV')) return false;
  return true;
}

export const RULES: readonly Rule[] = Object.freeze(R);

// ------------------------------------------------------------------ gates

/**
 * Cheap pre-checks: a rule can only yield an expression in a stretch where each of its gates
 * passes, so a stretch that fails one is never scanned with the rule's (much slower) pattern. A
 * gate passes when any of its words occurs in the lower-cased stretch or any of its expressions
 * matches there. Every gate is a necessary condition of the rule's pattern or of its builder, so
 * skipping a rule never changes what is found (times.test.ts compares with running every rule).
 */
export type Gate = readonly (string | RegExp)[];

const G_DIGIT: Gate = [/\d/];
const G_YEAR4: Gate = [/\d{4}/];
const G_MONTH: Gate = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const G_WEEKDAY: Gate = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tues', 'thurs'];
const G_QUARTER_OR_PERIOD: Gate = ['quarter', 'period'];
const G_QUARTER: Gate = ['quarter', /q[1-4]/];
const G_YEAR: Gate = ['year'];
const G_WEEK: Gate = ['week'];
const G_HALF: Gate = ['half'];
/** A duration unit word, or a lone "h" ("3h", "3 h"). */
const G_UNIT: Gate = ['sec', 'min', 'hr', 'hour', 'day', 'night', 'week', 'fortnight', 'month', 'quarter', 'year', 'yr', 'decade', 'centur', /(?<![a-z])h(?![a-z])/];
const G_PART_OF_DAY: Gate = ['morning', 'afternoon', 'evening'];

export const GATES: Readonly<Record<string, readonly Gate[]>> = {
  'date-month-day': [G_MONTH],
  'date-and-day': [G_MONTH, G_DIGIT],
  'date-day-month': [G_MONTH],
  'month-year': [G_MONTH, G_YEAR4],
  'year-month': [G_MONTH, G_YEAR4],
  'iso-date': [G_YEAR4],
  'numeric-date': [[/\d[-/.]\d/]],
  'compact-date': [[/\d{8}/]],
  'named-triple': [G_YEAR4],
  'year-month-numeric': [[/\d{4}-/]],
  'year-range': [G_YEAR4],
  'year': [G_YEAR4],
  'year-words': [['eighteen', 'nineteen', 'twenty', 'two thousand']],
  'decade': [[/\d0['’]?s/, 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties']],
  'century': [['century']],
  'quarter': [G_QUARTER],
  'year-quarter': [G_YEAR4, G_QUARTER],
  'year-dash-part': [[/\d{4}-[qh]/]],
  'week-number': [G_WEEK],
  'half': [G_HALF],
  'report-quarter': [G_QUARTER_OR_PERIOD],
  'period-year-ago': [G_QUARTER_OR_PERIOD],
  'year-report-quarter': [G_QUARTER_OR_PERIOD, G_YEAR4],
  'year-ago': [G_YEAR],
  'relative-unit': [['week', 'month', 'year', 'decade', 'century']],
  'anaphoric': [['year', 'month', 'day', 'morning', 'afternoon', 'evening', 'night']],
  'this-unit': [['week', 'month', 'year', 'day']],
  'unit-end': [['end']],
  'year-to-date': [['year', 'eoy']],
  'year-end': [G_YEAR],
  'the-weekend': [['weekend']],
  'the-year': [['year', 'month']],
  'the-fiscal-year': [G_YEAR],
  'deictic-day': [['today', 'tonight', 'tomorrow', 'yesterday', 'night', 'morning', 'afternoon', 'evening']],
  'ago': [G_UNIT, ['ago', 'now', 'hence', 'today', 'earlier', 'later', 'before', 'after', 'back']],
  'vague-ago': [['ago', 'back']],
  'duration': [G_UNIT],
  'unit-and-a-half': [G_HALF],
  'all-unit': [['all']],
  'week-of-year': [G_WEEK, G_YEAR4],
  'day-of-month': [['day', 'tues', 'thurs', 'month']],
  'vague-duration': [['years', 'months', 'weeks', 'days', 'quarters', 'decades', 'centuries']],
  'bare-plural-duration': [['years', 'months', 'weeks', 'decades', 'centuries']],
  'weekday': [G_WEEKDAY],
  'weekday-of-week': [G_WEEKDAY, G_WEEK],
  'every': [['every', 'each']],
  'times-per': [G_UNIT, ['once', 'twice', 'times', 'one']],
  'per-word': [['daily', 'everyday', 'nightly', 'weekly', 'monthly', 'yearly', 'hourly']],
  'annually': [['annually']],
  'season': [['spring', 'summer', 'fall', 'autumn', 'winter']],
  'month': [G_MONTH],
  'holiday': [['christmas', 'year', 'thanksgiving', 'independence', 'halloween', 'easter', 'labor', 'labour', 'memorial', 'friday',
    'valentine', 'mother', 'father', 'boxing', 'veterans', 'election', 'martin', 'fourth']],
  'present-ref': [['now', 'current', 'present', 'these']],
  'past-ref': [['recent', 'lately', 'formerly']],
  'the-past': [['past']],
  'near-term': [['term']],
  'future-ref': [['future', 'soon']],
  'ahead': [['ahead']],
  'clock': [[/[ap]\.?m/, /\d:/, 'noon', 'midnight', 'midday', 'clock', 'morning', 'afternoon', 'evening', 'night']],
  'part-of-day': [G_PART_OF_DAY],
};
