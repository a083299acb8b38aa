// One happening reported by many articles: when two event mentions are the same corpus event.
import type { Event, PloverType } from '../core/types.js';
import { CAMEO_CODES } from './cameo-codes.js';
import { dateOf, dayNumber } from './normalize.js';

/** Mentions whose dates are at most this many days apart can be the same event. */
export const EVENT_WINDOW_DAYS = 2;

/** The QuadClass of a PLOVER type when the event carries no CAMEO code. */
const PLOVER_QUAD: Record<PloverType, 1 | 2 | 3 | 4> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 2, COOPERATE: 2, AID: 2, RETREAT: 2, REQUEST: 1,
  ACCUSE: 3, REJECT: 3, THREATEN: 3, PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

export interface CameoFacts {
  eventCode: string | null;
  baseCode: string | null;
  rootCode: string | null;
  quadClass: number | null;
  goldstein: number | null;
}

/** GDELT's EventCode, EventBaseCode (three digits), EventRootCode (two), QuadClass and Goldstein score. */
export function cameoFacts(cameo: string | undefined | null, type: string): CameoFacts {
  const code = cameo && /^\d{2,4}$/.test(cameo) ? cameo : null;
  if (!code) return { eventCode: null, baseCode: null, rootCode: null, quadClass: PLOVER_QUAD[type as PloverType] ?? null, goldstein: null };
  const rootCode = code.slice(0, 2);
  const baseCode = code.length >= 3 ? code.slice(0, 3) : null;
  const known = CAMEO_CODES.get(code) ?? (baseCode ? CAMEO_CODES.get(baseCode) : undefined) ?? CAMEO_CODES.get(rootCode);
  const root = CAMEO_CODES.get(rootCode);
  return {
    eventCode: code,
    baseCode,
    rootCode,
    quadClass: root?.quadClass ?? known?.quadClass ?? PLOVER_QUAD[type as PloverType] ?? null,
    goldstein: known?.goldstein ?? null,
  };
}

/** When the event took place: its own TIMEX3 value when that is a day, else the article's publication date. */
export function eventDate(e: Pick<Event, 'time'>, published: string | null): string | null {
  return dateOf(e.time?.value && /^\d{4}-\d{2}-\d{2}$/.test(e.time.value) ? e.time.value : null) ?? published;
}

/**
 * The part of "same happening" that must match exactly: type, the set of actors and the set of
 * recipients (as corpus actor keys). Events with no participant at all never merge across articles.
 */
export function mergeKey(type: string, sourceKeys: readonly string[], targetKeys: readonly string[], solo: string): string {
  if (!sourceKeys.length && !targetKeys.length) return `solo|${solo}`;
  const set = (xs: readonly string[]) => [...new Set(xs)].sort().join(',');
  return `${type}|${set(sourceKeys)}|${set(targetKeys)}`;
}

export interface EventCandidate {
  id: number;
  day: number | null;
  placeActor: number | null;
}

/**
 * Of the corpus events with the same merge key, the one this mention belongs to: dates within the
 * window (or both unknown), places equal or one unknown; the nearest date wins, then the same place,
 * then the oldest event. Null: a new corpus event.
 */
export function chooseEvent(candidates: readonly EventCandidate[], day: number | null, placeActor: number | null, windowDays = EVENT_WINDOW_DAYS): EventCandidate | null {
  let best: EventCandidate | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    if ((c.day === null) !== (day === null)) continue;
    const gap = c.day === null || day === null ? 0 : Math.abs(c.day - day);
    if (gap > windowDays) continue;
    if (c.placeActor !== null && placeActor !== null && c.placeActor !== placeActor) continue;
    const score = gap * 4 + (c.placeActor === placeActor ? 0 : 1) * 2 + c.id / 1e15;
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** The window of day numbers a candidate must fall in. */
export function dayWindow(day: number | null, windowDays = EVENT_WINDOW_DAYS): [number, number] | null {
  return day === null ? null : [day - windowDays, day + windowDays];
}

export { dateOf, dayNumber };
