// Anchoring: a TimexSpec plus the publication date, the clause's tense, the preposition before it
// and whether the document reports by quarters -> a TIMEX3 value (TempEval-3 style) and its granularity.

import type { Granularity } from '../../core/types.js';
import {
  addDays, addMonths, daysBetween, fmtClock, fmtDay, fmtMonth, fmtWeek, fmtYear, isoWeekday, isValidDate,
  quarterOf, type Ymd,
} from './calendar.js';
import { holidayRule, VAGUE, type SeasonCode, type Unit } from './lexicon.js';
import type { Shift, TimeOfDay, TimexSpec } from './spec.js';
import type { Tense } from './tense.js';

export interface Resolved {
  value: string;
  granularity: Granularity;
}

/** What resolution may consult about the expression's document and clause. */
export interface ResolveContext {
  anchor: Ymd | null;
  tense: Tense | null;
  /** A preposition that places the expression: "since" behind the anchor, "until"/"by" ahead unless the clause is past. */
  ahead: 'ahead' | 'behind' | null;
  /** "Today" used loosely (a present-tense statement about the current state of things). */
  looseToday: boolean;
  /** The document reports by quarters: "a year ago" then means the same quarter a year back. */
  quarterly: boolean;
}

/**
 * How to choose among occurrences of a recurring date ("January", "Dec. 15", "Friday"): a shift
 * ("last", "next") is strict; otherwise the nearest one wins, the clause's tense weighing against
 * occurrences on the other side of the anchor (a wrongly read tense should not move "Dec. 15",
 * written in late October, a year back).
 */
type Direction = 'strictly-before' | 'strictly-after' | 'lean-past' | 'lean-future' | 'nearest' | 'before' | 'after';

function directionOf(shift: Shift | undefined, tense: Tense | null, ahead: ResolveContext['ahead'] = null): Direction {
  if (shift === 'last') return 'strictly-before';
  if (shift === 'next') return 'strictly-after';
  if (ahead === 'behind') return 'before';
  if (ahead === 'ahead' && tense !== 'past') return 'lean-future';
  if (tense === 'past') return 'lean-past';
  if (tense === 'future') return 'lean-future';
  return 'nearest';
}

/**
 * Picks the candidate the direction asks for; dist(c) is its signed distance from the anchor
 * (negative before it) and `slack` how far an occurrence against the tense may still win.
 */
function pick<T>(cands: T[], dist: (c: T) => number, dir: Direction, slack: number): T {
  const score = (c: T): number => {
    const d = dist(c);
    switch (dir) {
      case 'before': return d <= 0 ? -d : Infinity;
      case 'strictly-before': return d < 0 ? -d : Infinity;
      case 'after': return d >= 0 ? d : Infinity;
      case 'strictly-after': return d > 0 ? d : Infinity;
      case 'lean-past': return d <= 0 ? -d : 2 * d + slack;
      case 'lean-future': return d >= 0 ? d : -2 * d + slack;
      default: return d <= 0 ? -d : d + 0.5;
    }
  };
  let best = cands[0];
  let bestScore = Infinity;
  for (const c of cands) {
    const s = score(c);
    if (s < bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

const monthIndex = (y: number, m: number): number => y * 12 + m - 1;

function todSuffix(tod: TimeOfDay | undefined): string {
  if (!tod) return '';
  return 'clock' in tod ? fmtClock(tod.clock[0], tod.clock[1]) : `T${tod.part === 'MI' ? '12:00' : tod.part}`;
}

/** Granularity of a TIMEX3 value. Weeks and clock times have no class of their own and count as days. */
export function granularityOf(value: string, isSet = false): Granularity {
  if (isSet) return 'set';
  if (/_REF$/.test(value)) return 'ref';
  if (value.startsWith('P')) return 'duration';
  if (/^[\dX]{4}-(?:SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^[\dX]{4}-(?:Q|H)[\dX]$/.test(value)) return 'quarter';
  if (/^[\dX]{4}-[\dX]{2}$/.test(value)) return 'month';
  if (/^[\dX]{4}$/.test(value)) return 'year';
  if (/^\d{1,3}$/.test(value)) return 'decade';
  return 'day';
}

const out = (value: string, isSet = false): Resolved => ({ value, granularity: granularityOf(value, isSet) });

const REL_REF = (n: number): Resolved => out(n < 0 ? 'PAST_REF' : n > 0 ? 'FUTURE_REF' : 'PRESENT_REF');

// ------------------------------------------------------------------ per kind

function resolveMonth(month: number, year: number | undefined, yearOffset: number | undefined, shift: Shift | undefined, ctx: ResolveContext): Resolved {
  const a = ctx.anchor;
  if (year !== undefined) return out(fmtMonth(year, month));
  if (!a) return out(`XXXX-${String(month).padStart(2, '0')}`);
  if (yearOffset !== undefined) return out(fmtMonth(a.y + yearOffset, month));
  if (shift === 'this') return out(fmtMonth(a.y, month));
  const here = monthIndex(a.y, a.m);
  // "last February" said in March means a year ago February: the month just gone is "last month"
  if (shift === 'last') return out(fmtMonth(monthIndex(a.y, month) < here - 1 ? a.y : a.y - 1, month));
  const y = pick([a.y - 1, a.y, a.y + 1], (y) => monthIndex(y, month) - here, directionOf(shift, ctx.tense, ctx.ahead), 1);
  return out(fmtMonth(y, month));
}

function resolveDate(month: number, day: number, year: number | undefined, yearOffset: number | undefined, ctx: ResolveContext): string {
  const a = ctx.anchor;
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  if (year !== undefined) return `${fmtYear(year)}-${mm}-${dd}`;
  if (!a) return `XXXX-${mm}-${dd}`;
  if (yearOffset !== undefined) return `${fmtYear(a.y + yearOffset)}-${mm}-${dd}`;
  const cands = [a.y - 1, a.y, a.y + 1].filter((y) => isValidDate(y, month, day));
  if (!cands.length) return `${fmtYear(a.y)}-${mm}-${dd}`;
  const y = pick(cands, (y) => daysBetween(a, { y, m: month, d: day }), directionOf(undefined, ctx.tense, ctx.ahead), 30);
  return `${fmtYear(y)}-${mm}-${dd}`;
}

function resolveWeekday(weekday: number, shift: Shift | undefined, forward: boolean, ctx: ResolveContext): string {
  const a = ctx.anchor;
  if (!a) return `XXXX-WXX-${weekday}`;
  if (shift === 'this') return fmtDay(addDays(a, weekday - isoWeekday(a)));
  // news names a bare weekday mostly for the past days of the week; the future needs a future verb
  const back = (isoWeekday(a) - weekday + 7) % 7;
  const cands = [-back - 7, -back, 7 - back];
  const dir = shift ? directionOf(shift, ctx.tense) : ctx.tense === 'future' || forward || (ctx.ahead === 'ahead' && ctx.tense !== 'past') ? 'after' : 'before';
  const off = pick(cands, (d) => d, dir, 0);
  return fmtDay(addDays(a, off));
}

/** The season instance current at a date: winter is named by the year its December falls in. */
function seasonAt(t: Ymd): number {
  // index seasons as year*4 + k with k = 0 SP, 1 SU, 2 FA, 3 WI (starting Dec)
  if (t.m <= 2) return (t.y - 1) * 4 + 3;
  return t.y * 4 + Math.floor((t.m - 3) / 3);
}
const SEASON_K: Record<SeasonCode, number> = { SP: 0, SU: 1, FA: 2, WI: 3 };

function resolveSeason(season: SeasonCode, year: number | undefined, yearOffset: number | undefined, shift: Shift | undefined, ctx: ResolveContext): Resolved {
  const a = ctx.anchor;
  if (year !== undefined) return out(`${fmtYear(year)}-${season}`);
  if (!a) return out(`XXXX-${season}`);
  if (yearOffset !== undefined) return out(`${fmtYear(a.y + yearOffset)}-${season}`);
  const k = SEASON_K[season];
  if (shift === 'this') {
    const y = season === 'WI' && (a.m <= 2 || (ctx.tense === 'past' && a.m <= 5)) ? a.y - 1 : a.y;
    return out(`${fmtYear(y)}-${season}`);
  }
  const now = seasonAt(a);
  const y = pick([a.y - 2, a.y - 1, a.y, a.y + 1], (y) => y * 4 + k - now, directionOf(shift, ctx.tense, ctx.ahead), 1);
  return out(`${fmtYear(y)}-${season}`);
}

function resolveQuarter(quarter: number, year: number | undefined, yearOffset: number | undefined, shift: Shift | 'latest' | undefined, back: number, ctx: ResolveContext): Resolved {
  const a = ctx.anchor;
  let y: number;
  if (year !== undefined) y = year;
  else if (!a) return out(`XXXX-Q${quarter}`);
  else if (yearOffset !== undefined) y = a.y + yearOffset;
  else if (shift === 'this') y = a.y;
  else {
    // the nearest such quarter: reports look back at the quarter just ended even in the future tense
    const now = a.y * 4 + quarterOf(a) - 1;
    const dir = shift === 'latest' ? 'before' : shift ? directionOf(shift, null) : 'nearest';
    y = pick([a.y - 1, a.y, a.y + 1], (y) => y * 4 + quarter - 1 - now, dir, 0);
  }
  return out(`${fmtYear(y - back)}-Q${quarter}`);
}

function resolveHoliday(name: string, year: number | undefined, yearOffset: number | undefined, shift: Shift | undefined, ctx: ResolveContext): Resolved | null {
  const rule = holidayRule(name);
  if (!rule) return null;
  const a = ctx.anchor;
  if (year !== undefined) return out(fmtDay(rule(year)));
  if (!a) {
    const d1 = rule(2001);
    const d2 = rule(2002);
    return d1.m === d2.m && d1.d === d2.d ? out(`XXXX-${String(d1.m).padStart(2, '0')}-${String(d1.d).padStart(2, '0')}`) : null;
  }
  if (yearOffset !== undefined) return out(fmtDay(rule(a.y + yearOffset)));
  if (shift === 'this') return out(fmtDay(rule(a.y)));
  const d = pick([rule(a.y - 1), rule(a.y), rule(a.y + 1)], (t) => daysBetween(a, t), directionOf(shift, ctx.tense, ctx.ahead), 30);
  return out(fmtDay(d));
}

function resolveRelative(spec: Extract<TimexSpec, { kind: 'relative' }>, ctx: ResolveContext): Resolved {
  const a = ctx.anchor;
  if (spec.unit === 'day' && spec.offset === 0 && spec.loose && ctx.looseToday) return out('PRESENT_REF');
  if (!a) return REL_REF(spec.offset);
  const n = spec.offset;
  switch (spec.unit) {
    case 'day': return out(fmtDay(addDays(a, n)) + todSuffix(spec.tod));
    case 'week': return out(fmtWeek(addDays(a, 7 * n)));
    case 'weekend': return out(`${fmtWeek(addDays(a, 7 * n))}-WE`);
    case 'month': return out(fmtMonth(addMonths(a, n).y, addMonths(a, n).m));
    case 'quarter': {
      const idx = a.y * 4 + quarterOf(a) - 1 + n;
      return out(`${fmtYear(Math.floor(idx / 4))}-Q${(idx % 4) + 1}`);
    }
    case 'year': return out(fmtYear(a.y + n));
    case 'decade': return out(String(Math.floor(a.y / 10) + n));
  }
}

function resolveAgo(amount: number | typeof VAGUE, unit: Unit, direction: -1 | 1, ctx: ResolveContext): Resolved {
  const a = ctx.anchor;
  if (amount === VAGUE || !Number.isInteger(amount) || !a) return REL_REF(direction);
  const n = amount * direction;
  switch (unit) {
    case 'second': case 'minute': case 'hour': return out(fmtDay(a));
    case 'day': case 'night': return out(fmtDay(addDays(a, n)));
    case 'week': return out(fmtWeek(addDays(a, 7 * n)));
    case 'fortnight': return out(fmtWeek(addDays(a, 14 * n)));
    case 'month': { const t = addMonths(a, n); return out(fmtMonth(t.y, t.m)); }
    case 'quarter': {
      const idx = a.y * 4 + quarterOf(a) - 1 + n;
      return out(`${fmtYear(Math.floor(idx / 4))}-Q${(idx % 4) + 1}`);
    }
    case 'year': return out(fmtYear(a.y + n));
    case 'decade': return out(fmtYear(a.y + 10 * n));
    case 'century': return REL_REF(direction);
  }
}

/** The quarter a report published on `a` is about: the last one that has ended. */
function lastCompletedQuarter(a: Ymd): { year: number; quarter: number } {
  const idx = a.y * 4 + quarterOf(a) - 2;
  return { year: Math.floor(idx / 4), quarter: (idx % 4) + 1 };
}

/** The value of a recognised expression, or null when it cannot be given one (it is then not reported). */
export function resolve(spec: TimexSpec, ctx: ResolveContext): Resolved | null {
  const a = ctx.anchor;
  switch (spec.kind) {
    case 'date': {
      const d = resolveDate(spec.month, spec.day, spec.year, spec.yearOffset, ctx);
      if (spec.week && /^\d{4}-\d\d-\d\d$/.test(d)) {
        const [y, m, dd] = d.split('-').map(Number);
        return out(fmtWeek({ y, m, d: dd }));
      }
      return out(d + todSuffix(spec.tod));
    }
    case 'dayOfMonth': {
      if (!a) return out(`XXXX-XX-${String(spec.day).padStart(2, '0')}`);
      const months = spec.monthOffset !== undefined ? [spec.monthOffset] : [-1, 0, 1];
      const cands = months.map((n) => addMonths({ ...a, d: 1 }, n)).filter((t) => isValidDate(t.y, t.m, spec.day)).map((t) => ({ ...t, d: spec.day }));
      if (!cands.length) return null;
      const fitting = spec.weekday ? cands.filter((t) => isoWeekday(t) === spec.weekday) : [];
      const pool = fitting.length ? fitting : cands;
      return out(fmtDay(pick(pool, (t) => daysBetween(a, t), 'nearest', 0)));
    }
    case 'month': return resolveMonth(spec.month, spec.year, spec.yearOffset, spec.shift, ctx);
    case 'weekday': return out(resolveWeekday(spec.weekday, spec.shift, !!spec.forward, ctx) + todSuffix(spec.tod));
    case 'weekdayOfWeek': {
      if (!a) return out(`XXXX-WXX-${spec.weekday}`);
      const monday = addDays(a, 1 - isoWeekday(a) + 7 * spec.weekOffset);
      return out(fmtDay(addDays(monday, spec.weekday - 1)));
    }
    case 'season': return resolveSeason(spec.season, spec.year, spec.yearOffset, spec.shift, ctx);
    case 'quarter': return resolveQuarter(spec.quarter, spec.year, spec.yearOffset, spec.shift, spec.back ?? 0, ctx);
    case 'half': {
      if (spec.year !== undefined) return out(`${fmtYear(spec.year)}-H${spec.half}`);
      if (!a) return out(`XXXX-H${spec.half}`);
      if (spec.yearOffset !== undefined) return out(`${fmtYear(a.y + spec.yearOffset)}-H${spec.half}`);
      const y = ctx.tense === 'future' ? (spec.half === 1 && a.m > 6 ? a.y + 1 : a.y) : spec.half === 2 && a.m <= 6 ? a.y - 1 : a.y;
      return out(`${fmtYear(y)}-H${spec.half}`);
    }
    case 'holiday': return resolveHoliday(spec.name, spec.year, spec.yearOffset, spec.shift, ctx);
    case 'year': return out(fmtYear(spec.year));
    case 'decade': return out(String(spec.decade));
    case 'century': return out(String(spec.century).padStart(2, '0'));
    case 'relative': return resolveRelative(spec, ctx);
    case 'weekend': {
      if (!a) return REL_REF(ctx.tense === 'future' ? 1 : -1);
      const saturday = addDays(a, 6 - isoWeekday(a));
      const past = ctx.tense !== 'future' && isoWeekday(a) < 6;
      return out(`${fmtWeek(past ? addDays(saturday, -7) : saturday)}-WE`);
    }
    case 'ago': return resolveAgo(spec.amount, spec.unit, spec.direction, ctx);
    case 'reportQuarter': {
      if (!a) return spec.year !== undefined ? out(`${fmtYear(spec.year)}-QX`) : null;
      const r = lastCompletedQuarter(a);
      return out(`${fmtYear((spec.year ?? r.year) - spec.yearsBack)}-Q${r.quarter}`);
    }
    case 'yearAgo': {
      if (!a) return out('PAST_REF');
      if (!ctx.quarterly) return out(fmtYear(a.y - 1));
      const r = lastCompletedQuarter(a);
      return out(`${fmtYear(r.year - 1)}-Q${r.quarter}`);
    }
    case 'duration': return out(spec.value);
    case 'ref': return out(spec.value);
    case 'set': return out(spec.value, true);
    case 'dayTime': {
      const day = resolve(spec.day, ctx);
      if (!day) return null;
      return /^[\dX]{4}-[\dX]{2}-[\dX]{2}$|^XXXX-WXX-\d$/.test(day.value) ? out(day.value + todSuffix(spec.tod)) : day;
    }
    case 'clock': return out((a ? fmtDay(a) : 'XXXX-XX-XX') + todSuffix(spec.tod));
  }
}
