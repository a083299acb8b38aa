import type { Knowledge } from '../../kb/index.js';
import { AIRPORT_NAME } from '../../kb/airports.js';
import type { Placed } from './geo-context.js';

/**
 * Places an airport named as one ("Zvartnots airport", "Bagram Airfield") at the airport, not at a town of
 * its name: among namesakes, one in a country the article is about, then a large one.
 */
export function placeAirport(e: Placed, kb: Knowledge, focus: ReadonlyMap<string, number>): void {
  if (e.type !== 'FAC' || !AIRPORT_NAME.test(e.name)) return;
  const found = kb.airports(e.name);
  if (!found.length) return;
  const iso3 = (iso2: string) => kb.countryByIso2(iso2)?.iso3;
  const inFocus = (iso2: string) => focus.get(iso3(iso2) ?? '') ?? 0;
  // large ones come first from the KB; a stable sort keeps that order among equals
  const best = [...found].sort((a, b) => inFocus(b.country2) - inFocus(a.country2))[0];
  // a name shared by airports in several countries, none of them in the article's focus, says nothing
  if (found.length > 1 && !inFocus(best.country2) && new Set(found.map((a) => a.country2)).size > 1) return;
  const country = iso3(best.country2);
  e.geo = { lat: best.lat, lon: best.lon, ...(country ? { country } : {}) };
  if (country && !e.country) e.country = country;
}

/** Facilities that take the name of the town they serve and lie at it: "Sukkur barrage", "Odesa port", "Baiji refinery". */
const TOWN_FACILITY = /^(.+?)\s+(?:airport|airfield|air\s*base|airbase|port|seaport|harbou?r|dam|barrage|refinery|power plant|nuclear plant|plant|reactor|military base|base)$/i;
/** A town of the name counts, outside the article's countries, only from this size: "Paris port" is no hamlet's. */
const TOWN_FACILITY_POPULATION = 100000;

/**
 * Places a facility named after its town ("Sukkur barrage", "the Baiji refinery") at the town: a place the article
 * has already placed, else the town of that name in a country the article is about, else a large one.
 * Streets and roads are left out: "Dublin Road" runs nowhere near Dublin.
 */
export function placeFacilityByTown(e: Placed, kb: Knowledge, entities: readonly Placed[], focus: ReadonlyMap<string, number>): void {
  if (e.type !== 'FAC') return;
  const core = TOWN_FACILITY.exec(e.name)?.[1];
  if (!core) return;
  const own = entities.find((x) => x !== e && x.geo && x.name.toLowerCase() === core.toLowerCase() && ['GPE', 'LOC'].includes(x.type));
  const iso3 = (iso2: string) => kb.countryByIso2(iso2)?.iso3;
  if (own?.geo) {
    e.geo = { ...own.geo };
  } else {
    const towns = kb.places(core);
    const town = towns.find((p) => (focus.get(iso3(p.country2) ?? '') ?? 0) > 0) ?? towns.find((p) => p.population >= TOWN_FACILITY_POPULATION);
    if (!town) return;
    const country = iso3(town.country2);
    e.geo = { lat: town.lat, lon: town.lon, ...(town.geonameid ? { geonameid: town.geonameid } : {}), ...(country ? { country } : {}) };
  }
  if (e.geo.country && !e.country) e.country = e.geo.country;
}
