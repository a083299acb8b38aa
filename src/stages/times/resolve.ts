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
  /** The clause arranges something for later before the expression ("planned to leave on Thursday"). */
  planned?: boolean;
  /** The clause is told in the past perfect ("Until Thursday, they had not called him a suspect"). */
  pastPerfect?: boolean;
  /** "Today" used loosely (a present-tense statement about the current state of things). */
  looseToday: boolean;
  /** The document reports by quarters: "a year ago" then means the same quarter a year back. */
  quarterly: boolean;
  /**
   * The quarter the document last named as the one it reports on ("the fiscal first quarter",
   * "fourth-quarter earnings"): "the quarter", "the latest period" and "a year earlier" refer to it.
   * Unset, the last quarter that has ended.
   */
  reporting?: { year: number; quarter: number };
  /**
   * What the report's figures last covered: a quarter, or a stretch of months from the start of the
   * year ("in the first nine months"), after which "a year earlier" and "the 1988 period" mean the
   * year before rather than its quarter.
   */
  period?: 'quarter' | 'months';
  /** The last year, month and day the text named (resolved), for "that year", "the following month". */
  narrative?: { year?: number; month?: { y: number; m: number }; day?: Ymd };
}

/** Remembers whether the report's figures last spoke of a quarter or of months of the year. */
export function notePeriod(spec: TimexSpec, r: Resolved, ctx: ResolveContext): void {
  if (/-Q\d$/.test(r.value)) ctx.period = 'quarter';
  else if (spec.kind === 'duration' && /^P(?:[2-9]|1[01])M$/.test(r.value)) ctx.period = 'months';
}

/** Remembers the calendar time an expression named, for later anaphoric ones ("the following year"). */
export function noteNarrative(r: Resolved, ctx: ResolveContext): void {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:$|T|-(?:SP|SU|FA|WI|Q\d|H\d)$)/.exec(r.value);
  if (!m) return;
  const y = +m[1];
  ctx.narrative = {
    year: y,
    month: m[2] ? { y, m: +m[2] } : undefined,
    day: m[3] ? { y, m: +m[2], d: +m[3] } : undefined,
  };
}

/** The quarter a report is about: the one the document named last, else the last one that has ended. */
function reportingQuarter(a: Ymd, ctx: ResolveContext): { year: number; quarter: number } {
  return ctx.reporting ?? lastCompletedQuarter(a);
}

/**
 * Remembers an explicitly named quarter as the one being reported on when it can be: results told
 * in the past tense, within the year before the anchor's quarter (a fiscal quarter may carry a
 * later number than the calendar one just ended), and not one quarter among others ("after a flat
 * second quarter"). "The third quarter of 1990" in a forecast is not.
 */
export function noteQuarter(spec: TimexSpec, r: Resolved, ctx: ResolveContext, indefinite: boolean): void {
  const a = ctx.anchor;
  if (!a || spec.kind !== 'quarter' || spec.back || ctx.tense !== 'past' || indefinite) return;
  const m = /^(\d{4})-Q([1-4])$/.exec(r.value);
  if (!m) return;
  const idx = +m[1] * 4 + +m[2] - 1;
  const now = a.y * 4 + quarterOf(a) - 1;
  if (idx > now || idx < now - 4) return;
  ctx.reporting = { year: +m[1], quarter: +m[2] };
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

/** How much farther than an occurrence on the tense's side one against it must lie to lose. */
const LEAN = 4;

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
      case 'lean-past': return d <= 0 ? -d : LEAN * d + slack;
      case 'lean-future': return d >= 0 ? d : -LEAN * d + slack;
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

/** Granularity of a TIMEX3 value: a week (2024-W10, its weekend too), a time of day (2024-03-07T15:00, 2024-03-07TMO), a day, ... */
export function granularityOf(value: string, isSet = false): Granularity {
  if (isSet) return 'set';
  if (/_REF$/.test(value)) return 'ref';
  if (value.startsWith('P')) return 'duration';
  if (/^[\dX]{4}-(?:SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^[\dX]{4}-(?:Q|H)[\dX]$/.test(value)) return 'quarter';
  if (/^[\dX]{4}-[\dX]{2}$/.test(value)) return 'month';
  if (/^[\dX]{4}$/.test(value)) return 'year';
  if (/^\d{1,3}$/.test(value)) return 'decade';
  if (/^[\dX]{4}-W[\dX]{1,2}(?:-WE)?$/.test(value)) return 'week';
  if (/T/.test(value)) return 'time';
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

function resolveWeekday(weekday: number, shift: Shift | undefined, forward: boolean, possessive: boolean, ctx: ResolveContext): string {
  const a = ctx.anchor;
  if (!a) return `XXXX-WXX-${weekday}`;
  if (shift === 'this') return fmtDay(addDays(a, weekday - isoWeekday(a)));
  // news names a bare weekday mostly for the past days of the week; the future needs a future verb
  const back = (isoWeekday(a) - weekday + 7) % 7;
  const cands = [-back - 7, -back, 7 - back];
  // a possessive names something that has happened ("Wednesday's ruling"); a plan looks ahead ("planned
  // a rally on Saturday"); the past perfect looks back even after "until"
  const ahead = possessive ? ctx.ahead === 'ahead'
    : ctx.pastPerfect ? false
      : ctx.tense === 'future' || forward || !!ctx.planned || (ctx.ahead === 'ahead' && ctx.tense !== 'past');
  const dir = shift ? directionOf(shift, ctx.tense) : ahead ? 'after' : 'before';
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
    case 'isoWeek': {
      const y = spec.year ?? a?.y;
      // 4 January always lies in week 1
      if (y === undefined) return out(`XXXX-W${String(spec.week).padStart(2, '0')}`);
      const w = fmtWeek(addDays({ y, m: 1, d: 4 }, 7 * (spec.week - 1)));
      return w.startsWith(fmtYear(y)) ? out(w) : null;
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
    case 'weekday': return out(resolveWeekday(spec.weekday, spec.shift, !!spec.forward, !!spec.possessive, ctx) + todSuffix(spec.tod));
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
    case 'anaphoric': {
      const n = ctx.narrative;
      const fallback = (): Resolved | null => spec.bound ? null : resolveRelative({ kind: 'relative', unit: spec.unit, offset: spec.offset, tod: spec.tod }, ctx);
      if (spec.unit === 'year') return n?.year === undefined ? fallback() : out(fmtYear(n.year + spec.offset));
      if (spec.unit === 'month') {
        if (!n?.month) return fallback();
        const t = addMonths({ ...n.month, d: 1 }, spec.offset);
        return out(fmtMonth(t.y, t.m));
      }
      return n?.day ? out(fmtDay(addDays(n.day, spec.offset)) + todSuffix(spec.tod)) : fallback();
    }
    case 'ago': return resolveAgo(spec.amount, spec.unit, spec.direction, ctx);
    case 'reportQuarter': {
      if (!a) return spec.year !== undefined ? out(`${fmtYear(spec.year)}-QX`) : null;
      const r = reportingQuarter(a, ctx);
      // "the 1988 period", "the year-ago period" after "the first nine months": that stretch of the year
      if (ctx.period === 'months' && (spec.year !== undefined || spec.yearsBack)) return out(fmtYear((spec.year ?? r.year) - spec.yearsBack));
      return out(`${fmtYear((spec.year ?? r.year) - spec.yearsBack)}-Q${r.quarter}`);
    }
    case 'yearAgo': {
      if (!a) return out('PAST_REF');
      if (!ctx.quarterly || ctx.period === 'months') return out(fmtYear(a.y - 1));
      const r = reportingQuarter(a, ctx);
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
