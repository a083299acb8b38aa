import type { Knowledge } from '../../kb/index.js';
import { AIRPORT_NAME } from '../../kb/airports.js';
import type { Placed } from './geo-context.js';

/** How much the article is about the country of ISO alpha-2 `iso2` (0: not at all), and that country's alpha-3. */
function countryFocus(kb: Knowledge, focus: ReadonlyMap<string, number>, iso2: string): { iso3?: string; weight: number } {
  const iso3 = kb.countryByIso2(iso2)?.iso3;
  return { iso3, weight: focus.get(iso3 ?? '') ?? 0 };
}

/**
 * Places an airport named as one ("Zvartnots airport", "Bagram Airfield") at the airport, not at a town of
 * its name: among namesakes, one in a country the article is about, then a large one.
 */
export function placeAirport(e: Placed, kb: Knowledge, focus: ReadonlyMap<string, number>): void {
  if (e.type !== 'FAC' || !AIRPORT_NAME.test(e.name)) return;
  const found = kb.airports(e.name);
  if (!found.length) return;
  const inFocus = (iso2: string) => countryFocus(kb, focus, iso2).weight;
  // large ones come first from the KB; a stable sort keeps that order among equals
  const best = [...found].sort((a, b) => inFocus(b.country2) - inFocus(a.country2))[0];
  // a name shared by airports in several countries, none of them in the article's focus, says nothing
  if (found.length > 1 && !inFocus(best.country2) && new Set(found.map((a) => a.country2)).size > 1) return;
  const country = countryFocus(kb, focus, best.country2).iso3;
  e.geo = { lat: best.lat, lon: best.lon, ...(country ? { country } : {}) };
  if (country && !e.country) e.country = country;
}

/** Facilities that take the name of the town they serve and lie at it: "Sukkur barrage", "Odesa port", "Baiji refinery". */
const TOWN_FACILITY = /^(.+?)\s+(?:airport|airfield|air\s*base|airbase|port|seaport|harbou?r|dam|barrage|refinery|power plant|nuclear plant|plant|reactor|military base|base)$/i;
/** A town of the name counts, outside the article's countries, only from this size: "Paris port" is no hamlet's. */
const TOWN_FACILITY_POPULATION = 100000;

/**
 * Places a facility named after its town ("Sukkur barrage", "the Baiji refinery") at the town the article does not
 * name on its own (placeByPlaceInName takes those): the one in a country the article is about, else a large one.
 * Streets and roads are left out: "Dublin Road" runs nowhere near Dublin.
 */
export function placeFacilityByTown(e: Placed, kb: Knowledge, focus: ReadonlyMap<string, number>): void {
  if (e.type !== 'FAC') return;
  const core = TOWN_FACILITY.exec(e.name)?.[1];
  if (!core) return;
  const towns = kb.places(core);
  const town = towns.find((p) => countryFocus(kb, focus, p.country2).weight > 0) ?? towns.find((p) => p.population >= TOWN_FACILITY_POPULATION);
  if (!town) return;
  const country = countryFocus(kb, focus, town.country2).iso3;
  e.geo = { lat: town.lat, lon: town.lon, ...(town.geonameid ? { geonameid: town.geonameid } : {}), ...(country ? { country } : {}) };
  if (e.geo.country && !e.country) e.country = e.geo.country;
}
