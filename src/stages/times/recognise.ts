// Runs every rule over a stretch of clean text and keeps the best non-overlapping matches:
// the longest wins, then the rule listed first. A day and a clock time side by side
// ("Wednesday at 3 p.m.") become one expression; a clock time a few words from a day
// ("at 10:35 a.m. (0735 GMT) Friday") takes that day.

import { GATES, RULES, type Found, type Gate, type Piece } from './rules.js';
import type { Scan } from './scan.js';
import type { TimexSpec } from './spec.js';

interface Ranked extends Found {
  rank: number;
}

/** Each rule's gates, in rule order (see GATES in rules.ts). */
const RULE_GATES: readonly (readonly Gate[])[] = RULES.map((r) => GATES[r.name] ?? []);

/** The gates' words, longest first; and for each, the gate words it begins with (itself included). */
const GATE_WORDS = [...new Set(RULE_GATES.flat(2).filter((w): w is string => typeof w === 'string'))].sort((a, b) => b.length - a.length);
const PREFIXES = new Map(GATE_WORDS.map((w) => [w, GATE_WORDS.filter((v) => w.startsWith(v))]));
/** Finds, in one pass, every position where a gate word begins (the longest one there). */
const GATE_WORD_AT = new RegExp(`(?=(${GATE_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}))`, 'g');

/** Which gate words occur in a lower-cased text. */
function gateWordsIn(lower: string): Set<string> {
  const found = new Set<string>();
  GATE_WORD_AT.lastIndex = 0;
  for (let m = GATE_WORD_AT.exec(lower); m; m = GATE_WORD_AT.exec(lower)) {
    for (const w of PREFIXES.get(m[1])!) found.add(w);
    GATE_WORD_AT.lastIndex = m.index + 1;
  }
  return found;
}

/** Case-insensitive matching also folds these into "k" and "s"; gates only look for ASCII letters. */
const ODD_FOLDS = /[\u017f\u212a]/;

/** Is the character before `at` a letter, a digit or "_" (what the rules' word-start check rules out)? */
function wordBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  let c = text.charCodeAt(at - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const hi = text.charCodeAt(at - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) c = ((hi - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  return WORD_CHAR.test(String.fromCodePoint(c));
}
const WORD_CHAR = /^[\p{L}\p{N}_]$/u;

/**
 * The expressions in a scanned stretch, in text order (ranges already split into their parts).
 * `fast: false` runs every rule's pattern as written over the whole stretch (the tests compare).
 */
export function recognise(s: Scan, fast = true): Piece[] {
  const all: Ranked[] = [];
  const text = s.text;
  const gated = fast && !ODD_FOLDS.test(text);
  const lower = gated ? text.toLowerCase() : '';
  const words = gated ? gateWordsIn(lower) : new Set<string>();
  const passed = new Map<RegExp, boolean>();
  const pass = (gate: Gate): boolean => {
    for (const w of gate) {
      if (typeof w === 'string') {
        if (words.has(w)) return true;
        continue;
      }
      let ok = passed.get(w);
      if (ok === undefined) passed.set(w, (ok = w.test(lower)));
      if (ok) return true;
    }
    return false;
  };
  RULES.forEach((rule, rank) => {
    if (gated && !RULE_GATES[rank].every(pass)) return;
    const checkStart = fast && rule.wordStart;
    const re = fast ? rule.fast : rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (checkStart && wordBefore(text, m.index)) {
        // begins inside a word: search again from the next character (code point)
        const c = text.charCodeAt(m.index);
        re.lastIndex = m.index + (c >= 0xd800 && c <= 0xdbff && m.index + 1 < text.length ? 2 : 1);
        continue;
      }
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
