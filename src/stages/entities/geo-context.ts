// What the geocoder's parts share: the entities being placed, places already placed (and the counties a text
// names), distances, and the weights of the article's state evidence.
import type { Entity } from '../../core/types.js';
import type { Knowledge } from '../../kb/index.js';

/** An entity while places are resolved, with the kind of place the recogniser took it for. */
export type Placed = Entity & { _place?: 'country' | 'capital' | 'city' | 'region' | 'admin1' | 'unknown' };

/** A place already placed, and how near another must lie to count as its neighbour. */
export interface Anchor {
  lat: number;
  lon: number;
  radiusKm: number;
  /** The entity placed there; none for a county that the text names only inside another name. */
  from?: Placed;
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
  for (const a of anchors) if ((!a.from || a.from !== self) && distanceKm(a, c) <= a.radiusKm) near++;
  return NEAR_WEIGHT * Math.min(3, near);
}
/** A state the article names outweighs a millionfold population. */
export const NAMED_STATE_WEIGHT = 6;
/** Per vote from the article's other place names for a candidate's state (up to three). */
export const STATE_VOTE_WEIGHT = 1.5;

/** States the article names (with how often it names each), and the votes of its place names for each state. */
export interface StateCues {
  named: Map<string, number>;
  votes: Map<string, Map<Placed, number>>;
}

/**
 * What a state the article names adds to a place in it: the full weight where it names one state, and
 * where it names several, a share by how often it names each (a story naming Indiana thrice, and
 * four neighbouring states once, is set in Indiana). Equal shares split the weight as 1/sqrt(states).
 */
export function namedStateWeight(states: StateCues, state: string): number {
  const n = states.named.get(state);
  if (!n) return 0;
  let total = 0;
  for (const v of states.named.values()) total += v;
  return NAMED_STATE_WEIGHT * Math.sqrt(n / total);
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

/**
 * The points of the US counties a text names ("Henry County", "Rapides Parish", "Athens-Clarke County"),
 * wherever the name stands: a town lies in or beside the county its local paper names, and of a
 * town's namesakes few lie near any namesake of the county.
 */
export function countyAnchors(text: string, kb: Knowledge): Anchor[] {
  const names = new Set<string>();
  for (const m of text.matchAll(COUNTY_IN_TEXT)) {
    const words = m[1].trim().split(/[\s-]+/);
    // "Leadership Henry County", "Athens-Clarke County": the county is the longest tail that names one
    const name = [words.join(' '), words.slice(1).join(' '), words.slice(2).join(' ')].find((n) => n && kb.usCounties(n).length);
    if (name) names.add(name.toLowerCase());
  }
  const anchors: Anchor[] = [];
  for (const n of names) for (const c of kb.usCounties(n)) anchors.push({ lat: c.lat, lon: c.lon, radiusKm: COUNTY_RADIUS_KM });
  return anchors;
}
const COUNTY_IN_TEXT = /\b((?:(?:St\.|Saint|[A-Z][a-z]+|Mc[A-Z][a-z]+|De[A-Z][a-z]+)[\s-]){1,3})(?:County|Parish)\b/g;
/** How near a county's centre a town of it lies: most counties east of the Rockies are under 100 km across. */
const COUNTY_RADIUS_KM = 50;
