// Word tables for time expressions: months, weekdays, seasons, parts of the day, number words,
// ordinals and duration units, with the parsers that read them. Everything is lower-case.

import { addDays, easter, nthWeekday, type Ymd } from './calendar.js';

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Month names that are also ordinary English words; they need stronger evidence. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'dec', 'sep', 'jun', 'jul', 'apr', 'aug']);

export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  tues: 2, thurs: 4,
};

export type SeasonCode = 'SP' | 'SU' | 'FA' | 'WI';
export const SEASONS: Readonly<Record<string, SeasonCode>> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI' | 'MI';
export const PARTS_OF_DAY: Readonly<Record<string, PartOfDay>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI', midday: 'MI',
};

const SMALL: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

/** A vague amount ("a few", "several") is read as this marker and written as X in TIMEX3. */
export const VAGUE = 'X';
export type Amount = number | typeof VAGUE;

const VAGUE_WORDS = new Set(['a few', 'few', 'several', 'some', 'many', 'a number of', 'dozens of', 'hundreds of', 'a couple of', 'couple of', 'a couple']);

/** "three", "twenty-four", "twenty four", "a", "one hundred", "a dozen", "3", "3.5", "1,000", "½" -> number; "a few" -> X. */
export function parseAmount(raw: string): Amount | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (s === 'a couple of' || s === 'couple of' || s === 'a couple') return 2;
  if (VAGUE_WORDS.has(s)) return VAGUE;
  if (s === '½') return 0.5;
  const mixed = /^(\d+)\s*(?:([13])\/([24])|½)$/.exec(s);
  if (mixed) return +mixed[1] + (mixed[2] ? +mixed[2] / +mixed[3] : 0.5);
  if (/^\d{1,3}(?:,\d{3})+$/.test(s)) return +s.replace(/,/g, '');
  if (/^\d+(?:\.\d+)?$/.test(s)) return +s;
  if (s === 'a' || s === 'an') return 1;
  if (s === 'a dozen' || s === 'dozen') return 12;
  if (s === 'a hundred' || s === 'hundred') return 100;
  if (s === 'half a' || s === 'half an' || s === 'a half') return 0.5;
  const hundred = /^(.+?) hundred$/.exec(s);
  if (hundred) {
    const n = parseNumberWords(hundred[1]);
    return n === null ? null : n * 100;
  }
  return parseNumberWords(s);
}

/** "twenty-four", "twenty four", "seven" -> number (0..99). */
export function parseNumberWords(raw: string): number | null {
  const s = raw.toLowerCase().trim();
  if (s in SMALL) return SMALL[s];
  if (s in TENS) return TENS[s];
  const m = /^([a-z]+)[- ]([a-z]+)$/.exec(s);
  if (m && m[1] in TENS && m[2] in SMALL && SMALL[m[2]] > 0 && SMALL[m[2]] < 10) return TENS[m[1]] + SMALL[m[2]];
  return null;
}

/** "third", "twenty-first", "twenty first", "3rd", "03rd", "3" -> number. */
export function parseOrdinal(raw: string): number | null {
  const s = raw.toLowerCase().trim();
  const d = /^0?(\d{1,2})(?:st|nd|rd|th)?$/.exec(s);
  if (d) return +d[1];
  if (s in ORDINALS) return ORDINALS[s];
  const m = /^([a-z]+)[- ]([a-z]+)$/.exec(s);
  if (m && m[1] in TENS && m[2] in ORDINALS && ORDINALS[m[2]] < 10) return TENS[m[1]] + ORDINALS[m[2]];
  return null;
}

/** A year written out: "nineteen ninety-six", "two thousand and fifteen", "two thousand" -> number. */
export function parseYearWords(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').replace(/-/g, ' ').trim();
  const thousand = /^two thousand(?: and)?(?: (.+))?$/.exec(s);
  if (thousand) {
    if (!thousand[1]) return 2000;
    const n = parseNumberWords(thousand[1].replace(' ', '-')) ?? parseNumberWords(thousand[1]);
    return n === null ? null : 2000 + n;
  }
  const m = /^(eighteen|nineteen|twenty) (.+)$/.exec(s);
  if (!m) return null;
  const century = SMALL[m[1]] ?? TENS[m[1]];
  const rest = m[2];
  if (rest === 'hundred') return century * 100;
  const oh = /^(?:oh|o) ([a-z]+)$/.exec(rest);
  if (oh) {
    const n = SMALL[oh[1]];
    return n !== undefined && n > 0 && n < 10 ? century * 100 + n : null;
  }
  const parts = rest.split(' ');
  const n = parts.length === 2 ? parseNumberWords(`${parts[0]}-${parts[1]}`) : parseNumberWords(rest);
  return n === null || n < 10 ? null : century * 100 + n;
}

// ------------------------------------------------------------------ duration units

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'night' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

const UNIT_WORDS: Readonly<Record<string, Unit>> = {
  second: 'second', seconds: 'second', sec: 'second', secs: 'second',
  minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour', h: 'hour',
  day: 'day', days: 'day', night: 'night', nights: 'night',
  week: 'week', weeks: 'week', fortnight: 'fortnight', fortnights: 'fortnight',
  month: 'month', months: 'month', quarter: 'quarter', quarters: 'quarter',
  year: 'year', years: 'year', yr: 'year', yrs: 'year',
  decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
};

export function unitOf(word: string): Unit | null {
  return UNIT_WORDS[word.toLowerCase()] ?? null;
}

/** TIMEX3 duration letter for a unit, and whether it belongs after the T. */
const UNIT_CODE: Readonly<Record<Unit, { code: string; time: boolean; scale: number }>> = {
  second: { code: 'S', time: true, scale: 1 },
  minute: { code: 'M', time: true, scale: 1 },
  hour: { code: 'H', time: true, scale: 1 },
  day: { code: 'D', time: false, scale: 1 },
  night: { code: 'D', time: false, scale: 1 },
  week: { code: 'W', time: false, scale: 1 },
  fortnight: { code: 'W', time: false, scale: 2 },
  month: { code: 'M', time: false, scale: 1 },
  quarter: { code: 'Q', time: false, scale: 1 },
  year: { code: 'Y', time: false, scale: 1 },
  decade: { code: 'DE', time: false, scale: 1 },
  century: { code: 'CE', time: false, scale: 1 },
};

function fmtAmount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(+n.toFixed(3));
}

/** The next smaller unit a fraction of a unit is written in (2 1/2 years = P2Y6M). */
const SPLIT: Partial<Record<Unit, { per: number; code: string; time: boolean }>> = {
  year: { per: 12, code: 'M', time: false },
  day: { per: 24, code: 'H', time: true },
  hour: { per: 60, code: 'M', time: true },
  minute: { per: 60, code: 'S', time: true },
};

/**
 * How a fraction was written: in words ("a year and a half"), as a whole and a fraction
 * ("2 1/2 years") or as a decimal ("3.5 years").
 */
export type FractionStyle = 'words' | 'mixed' | 'decimal';

/**
 * A TIMEX3 duration: (3, 'year') -> P3Y, (X, 'hour') -> PTXH. A fraction in words is written in
 * the next smaller unit for years and minutes (a year and a half -> P18M, as the conventions ask;
 * a minute and a half -> PT1M30S); a mixed number as units plus the rest (2 1/2 years -> P2Y6M,
 * 5 1/2 hours -> PT5H30M); anything else as a decimal (3.5 years -> P3.5Y, 1.5 hours -> PT1.5H).
 */
export function durationValue(amount: Amount, unit: Unit, style: FractionStyle = 'words'): string {
  const u = UNIT_CODE[unit];
  const t = u.time ? 'T' : '';
  if (amount === VAGUE) return `P${t}X${u.code}`;
  const n = amount * u.scale;
  // a counted decade is written in years (P10Y), as TimeBank does; a vague one stays PXDE
  if (unit === 'decade') return `P${fmtAmount(n * 10)}Y`;
  const split = SPLIT[unit];
  if (!Number.isInteger(n) && split && Number.isInteger(n * split.per) && style !== 'decimal') {
    const whole = Math.floor(n);
    const rest = Math.round((n - whole) * split.per);
    if (style === 'mixed' || (unit === 'minute' && whole > 0)) {
      const head = whole ? `${whole}${u.code}` : '';
      return `P${t}${head}${split.time && !u.time ? 'T' : ''}${rest}${split.code}`;
    }
    if (unit === 'year') return `P${n * 12}M`;
  }
  return `P${t}${fmtAmount(n)}${u.code}`;
}

// ------------------------------------------------------------------ holidays

type HolidayRule = (y: number) => Ymd;

const HOLIDAYS: ReadonlyArray<[RegExp, HolidayRule]> = [
  [/^christmas eve$/, (y) => ({ y, m: 12, d: 24 })],
  [/^christmas(?: day)?$/, (y) => ({ y, m: 12, d: 25 })],
  [/^boxing day$/, (y) => ({ y, m: 12, d: 26 })],
  [/^new year'?s eve$/, (y) => ({ y, m: 12, d: 31 })],
  [/^new year'?s(?: day)?$/, (y) => ({ y, m: 1, d: 1 })],
  [/^(?:the )?fourth of july$|^independence day$/, (y) => ({ y, m: 7, d: 4 })],
  [/^halloween$/, (y) => ({ y, m: 10, d: 31 })],
  [/^valentine'?s day$/, (y) => ({ y, m: 2, d: 14 })],
  [/^veterans day$/, (y) => ({ y, m: 11, d: 11 })],
  [/^thanksgiving(?: day)?$/, (y) => nthWeekday(y, 11, 4, 4)],
  [/^black friday$/, (y) => addDays(nthWeekday(y, 11, 4, 4), 1)],
  [/^labou?r day$/, (y) => nthWeekday(y, 9, 1, 1)],
  [/^memorial day$/, (y) => nthWeekday(y, 5, 1, -1)],
  [/^martin luther king(?: jr\.?)? day$/, (y) => nthWeekday(y, 1, 1, 3)],
  [/^election day$/, (y) => addDays(nthWeekday(y, 11, 1, 1), 1)],
  [/^mother'?s day$/, (y) => nthWeekday(y, 5, 7, 2)],
  [/^father'?s day$/, (y) => nthWeekday(y, 6, 7, 3)],
  [/^easter(?: sunday)?$/, (y) => easter(y)],
  [/^easter monday$/, (y) => addDays(easter(y), 1)],
  [/^good friday$/, (y) => addDays(easter(y), -2)],
];

/** The rule that dates a holiday name in a given year. */
export function holidayRule(name: string): HolidayRule | null {
  const s = name.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
  for (const [re, rule] of HOLIDAYS) if (re.test(s)) return rule;
  return null;
}
