import { AIRPORTS } from './data/airports.js';
import { indexPacked } from './places.js';

/** A medium or large airport (OurAirports, via scripts/build-airports.mjs). */
export interface AirportRecord {
  /** ISO alpha-2 of the country it lies in. */
  country2: string;
  name: string;
  large: boolean;
  lat: number;
  lon: number;
}

/** Words that say "an airport" rather than which one: "Zvartnots International Airport" and "Zvartnots airport" are one. */
const GENERIC = /\b(?:international|intercontinental|regional|municipal|national|domestic|civil|county|metropolitan|airport|airfield|aerodrome|air\s*base|airbase|airstrip)\b/gi;

/** What names an airport among others: its name without the generic words, lower-cased ("zvartnots"). */
export function airportKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’`]/g, "'").replace(GENERIC, ' ').replace(/[\s,/–-]+/g, ' ').trim().toLowerCase();
}

/** A name that says it is an airport: "Zvartnots airport", "Ben Gurion International Airport", "Bagram Airfield". */
export const AIRPORT_NAME = /\b(?:airport|airfield|aerodrome|air\s*base|airbase)$/i;

/** Airports indexed by airportKey of their name. */
export function loadAirports(): Map<string, AirportRecord[]> {
  return indexPacked(
    AIRPORTS,
    (country2, packed, lat, lon): AirportRecord => ({ country2, name: packed.replace(/^\*/, ''), large: packed.startsWith('*'), lat, lon }),
    (r) => airportKey(r.name),
  );
}
