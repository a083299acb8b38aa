// What the geocoder's parts share: the entities being placed, places already placed, distances, and the
// weights of the article's state evidence.
import type { Entity } from '../../core/types.js';

/** An entity while places are resolved, with the kind of place the recogniser took it for. */
export type Placed = Entity & { _place?: 'country' | 'capital' | 'city' | 'region' | 'admin1' | 'unknown' };

/** A place already placed, and how near another must lie to count as its neighbour. */
export interface Anchor {
  lat: number;
  lon: number;
  radiusKm: number;
  from: Placed;
}
/** A state or province anchors candidates around its centre point, which lies this far from its edges. */
export const ADMIN1_RADIUS_KM = 450;

const toRad = Math.PI / 180;
/** Great-circle distance (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (b.lat - a.lat) * toRad;
  const dLon = (b.lon - a.lon) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Score per neighbouring place (up to three): two neighbours outweigh a hundredfold population. */
export const NEAR_WEIGHT = 2;

/** The score a candidate point earns from the article's other places near it (up to three count). */
export function nearScore(anchors: readonly Anchor[], self: Placed | undefined, c: { lat: number; lon: number }): number {
  let near = 0;
  for (const a of anchors) if (a.from !== self && distanceKm(a, c) <= a.radiusKm) near++;
  return NEAR_WEIGHT * Math.min(3, near);
}
/** A state the article names outweighs a millionfold population. */
export const NAMED_STATE_WEIGHT = 6;
/** Per vote from the article's other place names for a candidate's state (up to three). */
export const STATE_VOTE_WEIGHT = 1.5;

/** States the article names, and the votes of its place names for each state. */
export interface StateCues {
  named: Set<string>;
  votes: Map<string, Map<Placed, number>>;
}

/** Votes for a state from place names other than `self`. */
export function votesFor(state: string, votes: Map<string, Map<Placed, number>>, self?: Placed): number {
  let sum = 0;
  for (const [e, v] of votes.get(state) ?? []) if (e !== self && e.name !== self?.name) sum += v;
  return sum;
}

/** A name as a regular expression that matches it literally. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Division names that are compass words or generic terms, found in many countries' lists. */
export const GENERIC_DIVISION = /^(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower|capital|coast|coastal|highlands?|islands?|lakes?|mountains?|interior|centre|center|littoral)(?:\s|$)/i;
