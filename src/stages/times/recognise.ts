// Runs every rule over a stretch of clean text and keeps the best non-overlapping matches:
// the longest wins, then the rule listed first. A day and a clock time side by side
// ("Wednesday at 3 p.m.") become one expression; a clock time a few words from a day
// ("at 10:35 a.m. (0735 GMT) Friday") takes that day.

import { RULES, type Found, type Piece } from './rules.js';
import type { Scan } from './scan.js';
import type { TimexSpec } from './spec.js';

interface Ranked extends Found {
  rank: number;
}

/** The expressions in a scanned stretch, in text order (ranges already split into their parts). */
export function recognise(s: Scan): Piece[] {
  const all: Ranked[] = [];
  RULES.forEach((rule, rank) => {
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      if (!m[0]) { re.lastIndex++; continue; }
      const f = rule.build(m as Parameters<typeof rule.build>[0], s);
      if (f && f.end > f.start) all.push({ ...f, rank });
    }
  });
  all.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const kept: Ranked[] = [];
  for (const c of all) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  const merged = attachTimesOfDay(s.text, kept);
  return datedClocks(s, merged.flatMap((f) => f.parts ?? [{ start: f.start, end: f.end, spec: f.spec }]));
}

const DAY_KINDS = new Set<TimexSpec['kind']>(['date', 'weekday', 'weekdayOfWeek', 'holiday', 'relative', 'dayOfMonth']);

/** A single day, possibly with a part of the day ("tonight", "this morning") that a clock time may refine. */
function isDay(spec: TimexSpec): boolean {
  if (!DAY_KINDS.has(spec.kind)) return false;
  if (spec.kind === 'relative') return spec.unit === 'day' && (!spec.tod || 'part' in spec.tod);
  if (spec.kind === 'date') return !spec.tod && !spec.week;
  if (spec.kind === 'weekday') return !spec.tod || 'part' in spec.tod;
  return true;
}
/** The day without the part of the day it named: a clock time next to it is more precise. */
function withoutTime(spec: TimexSpec): TimexSpec {
  return 'tod' in spec && spec.tod ? { ...spec, tod: undefined } as TimexSpec : spec;
}
const isClock = (spec: TimexSpec): spec is Extract<TimexSpec, { kind: 'clock' }> => spec.kind === 'clock';

/** How far (in characters) a day may stand from a clock time it dates when the two are not joined. */
const NEAR = 40;

/**
 * A clock time with no day of its own ("at about 10:35 a.m. (0735 GMT) Friday", "Friday ... at 3 p.m.")
 * takes the day named nearest to it in its sentence; each keeps its own span.
 */
function datedClocks(s: Scan, pieces: Piece[]): Piece[] {
  return pieces.map((p) => {
    if (!isClock(p.spec)) return p;
    const sentence = s.tokenAt(p.start)?.sentence;
    let best: Piece | undefined;
    let bestDist = NEAR + 1;
    for (const d of pieces) {
      if (d === p || !isDay(d.spec) || s.tokenAt(d.start)?.sentence !== sentence) continue;
      const dist = d.start >= p.end ? d.start - p.end : p.start - d.end;
      if (dist >= 0 && dist < bestDist) {
        best = d;
        bestDist = dist;
      }
    }
    return best ? { ...p, spec: { kind: 'dayTime', day: withoutTime(best.spec), tod: p.spec.tod } } : p;
  });
}

const JOIN = /^\s*,?\s*(?:(?:at|around|about|on|by|from|after|before|until)\s+)?(?:about\s+)?$/i;

/** Joins "Wednesday" + "at 3 p.m." and "3 p.m." + "Wednesday" into one day-with-time expression. */
function attachTimesOfDay(text: string, found: Found[]): Found[] {
  const res: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (b && !a.parts && !b.parts && JOIN.test(text.slice(a.end, b.start))) {
      // "Friday, 2018-7-6": a weekday naming the day of the date after it
      if (a.spec.kind === 'weekday' && !a.spec.shift && !a.spec.tod && b.spec.kind === 'date' && b.spec.year !== undefined && !b.spec.week) {
        res.push({ start: a.start, end: b.end, spec: b.spec });
        i++;
        continue;
      }
      if (isDay(a.spec) && isClock(b.spec)) {
        res.push({ start: a.start, end: b.end, spec: { kind: 'dayTime', day: withoutTime(a.spec), tod: b.spec.tod } });
        i++;
        continue;
      }
      if (isClock(a.spec) && isDay(b.spec)) {
        res.push({ start: a.start, end: b.end, spec: { kind: 'dayTime', day: withoutTime(b.spec), tod: a.spec.tod } });
        i++;
        continue;
      }
    }
    res.push(a);
  }
  return res;
}
