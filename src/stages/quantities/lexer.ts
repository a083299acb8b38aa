// Splits a stretch of clean text into numerals, words and single symbols. A numeral lexeme already
// carries its value: thousands separators, decimals, scientific notation, powers, mixed and
// vulgar fractions are read here, once.

export type LexKind = 'num' | 'word' | 'sym';

export interface NumInfo {
  /** Written with thousands separators ("1,234", "1 234"). */
  grouped: boolean;
  /** Digits after the decimal mark (0 for an integer). */
  decimals: number;
  /** A fraction or a power or scientific notation: not a plain written number. */
  special: boolean;
  /** Digits before the decimal mark. */
  intDigits: number;
}

export interface Lex {
  kind: LexKind;
  text: string;
  lower: string;
  /** Offsets in the clean text. */
  start: number;
  end: number;
  /** Whitespace precedes this lexeme. */
  space: boolean;
  value: number;
  num: NumInfo | null;
}

const VULGAR: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅐': 1 / 7, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8, '⅑': 1 / 9, '⅒': 1 / 10,
};
const VULGAR_CLASS = '½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒';

// The written number itself, most specific form first.
const NUMBER_RE = new RegExp(
  [
    String.raw`(?<eu>\d{1,3}(?:\.\d{3})+,\d+(?!\d|,\d))`, // 1.111,11
    String.raw`(?<comma>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d]))`, // 1,234,567.89
    String.raw`(?<dcomma>(?<![\d],)\d+,\d{1,2}(?!\d|,\d))`, // 5,00  1,3
    String.raw`(?<spaced>\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?:\.\d+)?(?![\d]))`, // 1 234 567
    String.raw`(?<plain>\d+(?:\.\d+)?|\.\d+)`,
  ].join('|'),
  'y',
);
const EXP_RE = /[eE](?<e>[+\-−]?\d+)(?![\p{L}\d])/uy;
const TIMES_TEN_RE = /\s?[x×]\s?10\s?(?:\^\s?)?(?<e>[+\-−]?\d+)(?![\d.])/y;
const TIMES_POW_RE = /[x×](?<b>\d+)\^(?<e>[+\-−]?\d+)/y;
const POW_RE = /\^(?<e>[+\-−]*\d+)(?![\d.])/y;
const MIXED_RE = /[ \u00A0]+(?<n>\d+)\/(?<d>\d+)(?![\d/])/y;
const FRACTION_RE = /\/(?<d>\d+)(?![\d/.])/y;
const VULGAR_RE = new RegExp(`[${VULGAR_CLASS}]`, 'y');
const WORD_RE = /[\p{L}\p{M}]+/uy;
const SPACE_RE = /\s+/y;

function signed(e: string): number {
  let sign = 1;
  let i = 0;
  while (i < e.length && (e[i] === '-' || e[i] === '−' || e[i] === '+')) {
    if (e[i] !== '+') sign = -sign;
    i++;
  }
  return sign * Number(e.slice(i));
}

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** Reads a numeral starting at `pos` (a digit, "." before a digit, or a vulgar fraction). */
function readNumeral(text: string, pos: number): { end: number; value: number; info: NumInfo } | null {
  const v0 = text[pos];
  if (v0 in VULGAR) return { end: pos + 1, value: VULGAR[v0], info: { grouped: false, decimals: 0, special: true, intDigits: 0 } };
  const m = at(NUMBER_RE, text, pos);
  if (!m || !m.groups) return null;
  const g = m.groups;
  let end = pos + m[0].length;
  let value: number;
  let grouped = false;
  let decimals = 0;
  let special = false;
  if (g.eu) {
    const [i, d] = g.eu.split(',');
    value = Number(i.replace(/\./g, '') + '.' + d);
    grouped = true;
    decimals = d.length;
  } else if (g.comma) {
    value = Number(g.comma.replace(/,/g, ''));
    grouped = true;
    decimals = g.comma.includes('.') ? g.comma.length - g.comma.indexOf('.') - 1 : 0;
  } else if (g.dcomma) {
    value = Number(g.dcomma.replace(',', '.'));
    decimals = g.dcomma.length - g.dcomma.indexOf(',') - 1;
  } else if (g.spaced) {
    value = Number(g.spaced.replace(/[^\d.]/g, ''));
    grouped = true;
    decimals = g.spaced.includes('.') ? g.spaced.length - g.spaced.indexOf('.') - 1 : 0;
  } else {
    value = Number(g.plain);
    decimals = g.plain.includes('.') ? g.plain.length - g.plain.indexOf('.') - 1 : 0;
  }
  const intDigits = m[0].split(/[.,]/)[0].replace(/\D/g, '').length;
  if (!grouped) {
    let x: RegExpExecArray | null;
    if ((x = at(EXP_RE, text, end))) {
      value = value * 10 ** signed(x.groups!.e);
      end += x[0].length;
      special = true;
    } else if ((x = at(TIMES_POW_RE, text, end))) {
      value = value * Number(x.groups!.b) ** signed(x.groups!.e);
      end += x[0].length;
      special = true;
    } else if ((x = at(TIMES_TEN_RE, text, end))) {
      value = value * 10 ** signed(x.groups!.e);
      end += x[0].length;
      special = true;
    } else if ((x = at(POW_RE, text, end))) {
      value = value ** signed(x.groups!.e);
      end += x[0].length;
      special = true;
    } else if (decimals === 0 && (x = at(MIXED_RE, text, end)) && Number(x.groups!.d) > Number(x.groups!.n) && Number(x.groups!.d) > 0) {
      value = value + Number(x.groups!.n) / Number(x.groups!.d);
      end += x[0].length;
      special = true;
    } else if (decimals === 0 && (x = at(FRACTION_RE, text, end)) && Number(x.groups!.d) > 0 && (pos === 0 || text[pos - 1] !== '/')) {
      value = value / Number(x.groups!.d);
      end += x[0].length;
      special = true;
    } else if ((x = at(VULGAR_RE, text, end))) {
      value = value + VULGAR[x[0]];
      end += 1;
      special = true;
    }
  }
  return { end, value, info: { grouped, decimals, special, intDigits } };
}

/** Lexemes of `text`; offsets are shifted by `base` (the text's place in the clean view). */
export function lex(text: string, base = 0): Lex[] {
  const out: Lex[] = [];
  let pos = 0;
  let space = true;
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    // whitespace
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2002 || c === 0x2003) {
      const m = at(SPACE_RE, text, pos);
      pos += m ? m[0].length : 1;
      space = true;
      continue;
    }
    const ch = text[pos];
    const isDigit = c >= 48 && c <= 57;
    if (isDigit || (ch === '.' && /\d/.test(text[pos + 1] ?? '') && !/\d/.test(text[pos - 1] ?? '')) || ch in VULGAR) {
      const n = readNumeral(text, pos);
      if (n) {
        const t = text.slice(pos, n.end);
        out.push({ kind: 'num', text: t, lower: t, start: base + pos, end: base + n.end, space, value: n.value, num: n.info });
        pos = n.end;
        space = false;
        continue;
      }
    }
    const w = at(WORD_RE, text, pos);
    if (w) {
      const t = w[0];
      out.push({ kind: 'word', text: t, lower: t.toLowerCase(), start: base + pos, end: base + pos + t.length, space, value: NaN, num: null });
      pos += t.length;
      space = false;
      continue;
    }
    // a surrogate pair stays one symbol
    const len = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    const t = text.slice(pos, pos + len);
    out.push({ kind: 'sym', text: t, lower: t, start: base + pos, end: base + pos + len, space, value: NaN, num: null });
    pos += len;
    space = false;
  }
  return out;
}

/** A word lexeme's lower-case text, or '' for anything else. */
export const word = (l: Lex | undefined): string => (l && l.kind === 'word' ? l.lower : '');
/** A symbol lexeme's text, or '' for anything else. */
export const sym = (l: Lex | undefined): string => (l && l.kind === 'sym' ? l.text : '');
export const isHyphen = (l: Lex | undefined): boolean => sym(l) === '-' || sym(l) === '‐' || sym(l) === '‑';
export const isDash = (l: Lex | undefined): boolean => isHyphen(l) || sym(l) === '–' || sym(l) === '—';
export const isMinus = (l: Lex | undefined): boolean => sym(l) === '-' || sym(l) === '−' || sym(l) === '–';
