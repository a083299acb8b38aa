// Stretches of text whose digits are not quantities: URLs, e-mail addresses, handles, dates,
// times of day, phone numbers, IP addresses and versions, decades, ordinals, and codes such as
// "F-16", "COVID-19", "G7" or "MH17".
import type { Span } from '../../core/types.js';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const YEAR = String.raw`\d{4}(?!\d)`;

const PATTERNS: readonly RegExp[] = [
  // web addresses, e-mail, handles, hashtags
  /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”]+/gi,
  /\b[\w-]+(?:\.[\w-]+)+\/[^\s<>"“”]*/g,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  /(?<![\w@])[@#]\w+/g,
  // dates written with month names: "March 7, 2024", "7 March 2024", "the 4th of July", "March 2024", "7-9 March"
  new RegExp(String.raw`\b${MONTH}\s+${DAY}(?:\s*[-–]\s*${DAY})?(?:\s*,?\s*${YEAR})?(?![\d])`, 'g'),
  new RegExp(String.raw`(?<![\d.,])${DAY}(?:\s*[-–]\s*${DAY})?\s+(?:of\s+)?${MONTH}(?:\s*,?\s*${YEAR})?`, 'g'),
  new RegExp(String.raw`\b${MONTH}\s*,?\s*${YEAR}`, 'g'),
  // numeric dates: 5/17/2018, 07.03.2024, 2024-03-07
  /(?<![\d.,/])\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d|\.\d)/g,
  /(?<![\d.,])\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(?:T[\d:.]+Z?)?(?!\d)/g,
  // year spans: 2013-14, 2020-2022, 2019/20
  /(?<![\d.,])(?:19|20)\d{2}\s?[-–/]\s?(?:\d{2}|(?:19|20)\d{2})(?![\d%])/g,
  // times of day: 10:30, 2pm, 2.13 am, 11 a.m.
  /(?<![\d.,:])\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?/gi,
  /(?<![\d.,])\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)/gi,
  /\b\d{1,2}\s?o['’]clock\b/gi,
  // phone numbers
  /\+\d{1,3}(?:[\s./-]?\(?\d{1,5}\)?){2,}/g,
  /\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,4}/g,
  /(?<![\d.,-])\d{3}[-.]\d{3}[-.]\d{4}(?!\d)/g,
  /\b(?:call|phone|telephone|tel|fax|dial|contact|at|number|hotline)\.?\s*:?\s*\d{3}[-.]\d{4}(?![\d-])/gi,
  // IP addresses and versions
  /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/g,
  /(?<![\d.])\d+\.\d+\.\d+(?:\.\d+)*(?![\d])/g,
  /\bv\d+(?:\.\d+)*\b/gi,
  // decades: 1960s, the '90s
  /(?<![\d])(?:1[0-9]|20)\d0['’]?s(?![a-z])/g,
  /['’]\d0s\b/g,
  // ordinals: 102nd, 21st
  /(?<![\d.,])\d+(?:st|nd|rd|th)\b/gi,
  // codes: F-16, COVID-19, Su-35, S-400, G7, MH17, A320, Q3, CO2
  /(?<![\w-])[A-Za-z]*[A-Z][A-Za-z]*-\d+[A-Za-z\d]*(?![\w])/g,
  /(?<![\w$€£¥₹₽.,-])[A-Za-z]+\d+[A-Za-z\d]*(?![\w])/g,
  // idioms and invalid fractions
  /\b24\/7\b/g,
  /(?<![\d])\d+\/0(?![\d.])/g,
  // list and rank labels: "No. 5", "#1"
  /\b(?:No|Nos|no)\.\s?\d+/g,
];

/** Letter groups that are units, not codes, when digits follow them ("km2", "m3"). */
const UNIT_WITH_DIGITS = /^(?:(?:km|m|cm|mm|mi|ft|in|yd|s)[23]|(?:Rs|Rp|Tk|RM)\d[\d.,]*)$/;

/**
 * What each pattern cannot match without: the first four need "://" or "www.", "/", "@", "@" or
 * "#"; every other one a digit. A stretch without it is not scanned with the pattern.
 */
const NEEDS: readonly RegExp[] = [/:\/\/|www\./i, /\//, /@/, /[@#]/];
const DIGIT = /\d/;

/** Sorted, merged stretches of `text` (offsets shifted by `base`) that hold no quantities. */
export function blockedStretches(text: string, base = 0): Span[] {
  const spans: Span[] = [];
  const digits = DIGIT.test(text);
  for (let n = 0; n < PATTERNS.length; n++) {
    const re = PATTERNS[n];
    if (n < NEEDS.length ? !NEEDS[n].test(text) : !digits) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (UNIT_WITH_DIGITS.test(m[0])) continue;
      spans.push({ start: base + m.index, end: base + m.index + m[0].length });
    }
  }
  return mergeSpans(spans);
}

export function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Looks up whether an offset falls in one of the sorted stretches. */
export class Blocked {
  constructor(private readonly spans: readonly Span[]) {}

  /** The end of the stretch holding `pos`, or -1. */
  at(pos: number): number {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.spans[mid];
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return s.end;
    }
    return -1;
  }
}
