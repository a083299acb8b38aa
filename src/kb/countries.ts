import { createRequire } from 'node:module';
import { CAPITAL_ALIASES, EXTRA_COUNTRY_NAMES, EXTRA_DEMONYMS } from './data/country-extras.js';

const require = createRequire(import.meta.url);

export interface CountryRecord {
  kb: string;
  iso3: string;
  iso2: string;
  name: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  lat: number;
  lon: number;
}

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  capital?: string[];
  latlng: [number, number];
  unMember?: boolean;
  independent?: boolean;
}

const LATIN = /^[\p{Script=Latin}\s.'’,()-]+$/u;

/** Every country with its names, demonyms and capitals (world-countries, ODbL, plus our additions). */
export function loadCountries(): CountryRecord[] {
  // sovereign states first, so a name or demonym shared with a territory ("French") means the state
  const raw = [...(require('world-countries') as WorldCountry[])].sort((a, b) => Number(!!b.unMember) - Number(!!a.unMember) || Number(!!b.independent) - Number(!!a.independent));
  return raw.map((c) => {
    const names = new Set<string>([c.name.common, c.name.official]);
    for (const a of c.altSpellings) if (a.length > 2 && LATIN.test(a) && !a.includes(',')) names.add(a);
    for (const a of EXTRA_COUNTRY_NAMES[c.cca3] ?? []) names.add(a);
    const demonyms = new Set<string>();
    if (c.demonyms?.eng) {
      demonyms.add(c.demonyms.eng.m);
      demonyms.add(c.demonyms.eng.f);
    }
    for (const d of EXTRA_DEMONYMS[c.cca3] ?? []) demonyms.add(d);
    const capitals = new Set<string>(c.capital ?? []);
    for (const [cap, iso] of Object.entries(CAPITAL_ALIASES)) if (iso === c.cca3) capitals.add(cap);
    return {
      kb: `country:${c.cca3}`,
      iso3: c.cca3,
      iso2: c.cca2,
      name: c.name.common === 'Türkiye' ? 'Turkey' : c.name.common,
      names: [...names].filter(Boolean),
      demonyms: [...demonyms].filter(Boolean),
      capitals: [...capitals],
      lat: c.latlng[0],
      lon: c.latlng[1],
    };
  });
}
