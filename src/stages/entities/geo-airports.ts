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
