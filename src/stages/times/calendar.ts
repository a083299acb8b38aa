// Calendar arithmetic on plain (year, month, day) triples, in the proleptic Gregorian calendar
// and UTC, so that no time zone ever shifts a date. Months and days are 1-based.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

function toMs(t: Ymd): number {
  return Date.UTC(t.y, t.m - 1, t.d);
}

function fromMs(ms: number): Ymd {
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** "2024-03-07" or a full ISO timestamp (the date part is taken as written) -> Ymd; null when unreadable. */
export function parseAnchor(published: string | undefined): Ymd | null {
  if (!published) return null;
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(published);
  if (!m) return null;
  const t = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidDate(t.y, t.m, t.d) ? t : null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function addDays(t: Ymd, n: number): Ymd {
  return fromMs(toMs(t) + n * DAY_MS);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(t: Ymd, n: number): Ymd {
  const idx = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}

/** Day of the week, ISO numbering: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(t: Ymd): number {
  const w = new Date(toMs(t)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(t: Ymd): { year: number; week: number } {
  const thursday = addDays(t, 4 - isoWeekday(t));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor((toMs(thursday) - toMs(jan1)) / DAY_MS / 7) + 1;
  return { year: thursday.y, week };
}

export function compare(a: Ymd, b: Ymd): number {
  return toMs(a) - toMs(b);
}

export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

export function quarterOf(t: Ymd): number {
  return Math.floor((t.m - 1) / 3) + 1;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function fmtYear(y: number): string {
  return pad(y, 4);
}
export function fmtMonth(y: number, m: number): string {
  return `${fmtYear(y)}-${pad(m)}`;
}
export function fmtDay(t: Ymd): string {
  return `${fmtYear(t.y)}-${pad(t.m)}-${pad(t.d)}`;
}
export function fmtWeek(t: Ymd): string {
  const w = isoWeek(t);
  return `${fmtYear(w.year)}-W${pad(w.week)}`;
}
export function fmtClock(h: number, min: number): string {
  return `T${pad(h)}:${pad(min)}`;
}

/** The nth (1-based) given ISO weekday of a month; n = -1 means the last one. */
export function nthWeekday(y: number, m: number, weekday: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    const shift = (weekday - isoWeekday(first) + 7) % 7;
    return { y, m, d: 1 + shift + (n - 1) * 7 };
  }
  const last = { y, m, d: daysInMonth(y, m) };
  const shift = (isoWeekday(last) - weekday + 7) % 7;
  return { y, m, d: last.d - shift };
}

/** Easter Sunday (Western), by the anonymous Gregorian algorithm. */
export function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}
