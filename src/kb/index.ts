import { loadCountries, type CountryRecord } from './countries.js';
import { ORGANIZATIONS, type OrgRecord } from './data/organizations.js';
import { REGIONS, type RegionRecord } from './data/regions.js';
import { ORGANISATION_CAPITALS, SEATS_OF_POWER } from './data/country-extras.js';
import { ADMIN1, COUNTRY_CENTRES, type Admin1Record } from './data/admin1.js';
import { PEOPLE, type PersonRecord } from './data/people.js';
import { firstNames } from './first-names.js';
import { airportKey, loadAirports, type AirportRecord } from './airports.js';
import { loadPlaces, loadSubdivisions, loadUsCounties, subdivisionKey, type CountyRecord, type PlaceRecord, type SubdivisionRecord } from './places.js';

/**
 * An acronym written in mixed case ("LeT", "CoI"): read in another case it is a common word ("Let us
 * see"). All-capital ones keep matching any case, as newspapers write "Nato" and "Opec".
 */
const ACRONYM_FORM = /^(?=.{2,6}$)(?=.*\p{Ll})\p{Lu}[\p{L}&.-]*\p{Lu}[\p{L}.]*$/u;

export type { AirportRecord, CountryRecord, OrgRecord, RegionRecord, PlaceRecord, Admin1Record, PersonRecord, CountyRecord, SubdivisionRecord };

/** A user-supplied actor ({name, code, aliases?, from?, to?}, as in PETRARCH dictionaries). */
export interface ActorRecord {
  name: string;
  code: string;
  aliases?: string[];
  from?: string;
  to?: string;
}

/** Lookup key: lower case, no diacritics ("Chișinău" = "Chisinau"), straight apostrophes, no leading "the". */
const makeKey = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ').replace(/^the /, '').trim();
// every name is looked up in several tables in turn: normalise it once
const keys = new Map<string, string>();
const key = (s: string): string => {
  let k = keys.get(s);
  if (k === undefined) {
    if (keys.size > 100_000) keys.clear();
    keys.set(s, (k = makeKey(s)));
  }
  return k;
};

/**
 * What Sift knows about the world, looked up by name: countries (names, demonyms, capitals),
 * organisations, regions, seats of power, populated places, and actors the user adds.
 */
export class Knowledge {
  readonly countries: CountryRecord[];
  private readonly byIso3 = new Map<string, CountryRecord>();
  private readonly byIso2 = new Map<string, CountryRecord>();
  private readonly countryNames = new Map<string, CountryRecord>();
  private readonly demonyms = new Map<string, CountryRecord>();
  private readonly capitals = new Map<string, CountryRecord>();
  private readonly orgs = new Map<string, OrgRecord>();
  /** Acronyms among organisation names, by key, as they must be written. */
  private readonly acronyms = new Map<string, string>();
  private readonly regions = new Map<string, RegionRecord>();
  private readonly admin1s = new Map<string, Admin1Record>();
  private readonly people = new Map<string, PersonRecord>();
  private readonly surnames = new Map<string, PersonRecord | null>();
  private readonly actors = new Map<string, ActorRecord[]>();
  private placesIndex: Map<string, PlaceRecord[]> | null = null;
  private countiesIndex: Map<string, CountyRecord[]> | null = null;
  private subdivisionsIndex: Map<string, SubdivisionRecord[]> | null = null;
  private airportsIndex: Map<string, AirportRecord[]> | null = null;

  constructor(actors: ActorRecord[] = []) {
    this.countries = loadCountries();
    for (const c of this.countries) {
      this.byIso3.set(c.iso3, c);
      this.byIso2.set(c.iso2, c);
      for (const n of c.names) if (!this.countryNames.has(key(n))) this.countryNames.set(key(n), c);
      for (const d of c.demonyms) {
        if (!this.demonyms.has(key(d))) this.demonyms.set(key(d), c);
        // plural demonyms name the people: "Armenians", "Azerbaijanis"
        if (/(an|i)$/.test(d) && !this.demonyms.has(key(d + 's'))) this.demonyms.set(key(d + 's'), c);
      }
      for (const cap of c.capitals) if (!this.capitals.has(key(cap))) this.capitals.set(key(cap), c);
    }
    for (const o of ORGANIZATIONS) {
      for (const n of [o.name, ...o.aliases]) {
        if (this.orgs.has(key(n))) continue;
        this.orgs.set(key(n), o);
        // such an acronym names the body only as written: "LeT", not "Let us see"
        if (ACRONYM_FORM.test(n)) this.acronyms.set(key(n), n);
      }
    }
    for (const r of REGIONS) for (const n of [r.name, ...r.aliases]) this.regions.set(key(n), r);
    for (const pr of PEOPLE) {
      for (const n of [pr.name, ...(pr.aliases ?? [])]) {
        this.people.set(key(n), pr);
        const last = key(n).split(' ').pop()!;
        // a surname known for two people names neither
        this.surnames.set(last, this.surnames.has(last) && this.surnames.get(last) !== pr ? null : pr);
      }
    }
    for (const a of ADMIN1) for (const n of [a.name, ...a.abbr]) if (!this.admin1s.has(key(n))) this.admin1s.set(key(n), a);
    for (const c of this.countries) {
      const centre = COUNTRY_CENTRES[c.iso3];
      if (centre) [c.lat, c.lon] = centre;
    }
    for (const a of actors) this.addActor(a);
  }

  addActor(a: ActorRecord): void {
    for (const n of [a.name, ...(a.aliases ?? [])]) {
      const k = key(n);
      const list = this.actors.get(k) ?? [];
      list.push(a);
      this.actors.set(k, list);
    }
  }

  country(iso3: string): CountryRecord | undefined {
    return this.byIso3.get(iso3);
  }
  countryByIso2(iso2: string): CountryRecord | undefined {
    return this.byIso2.get(iso2);
  }
  countryByName(name: string): CountryRecord | undefined {
    return this.countryNames.get(key(name));
  }
  countryByDemonym(word: string): CountryRecord | undefined {
    return this.demonyms.get(key(word));
  }
  countryByCapital(name: string): CountryRecord | undefined {
    return this.capitals.get(key(name));
  }
  seatOfPower(name: string): [string, string] | undefined {
    return SEATS_OF_POWER[name] ?? SEATS_OF_POWER[name.replace(/^the /i, '')];
  }
  /** The organisation a capital stands for when it stands for a government ("Brussels" → the EU), if any. */
  organizationSeatedIn(capital: string): OrgRecord | undefined {
    const id = ORGANISATION_CAPITALS[capital];
    return id ? this.organizationById(id) : undefined;
  }
  organizationById(id: string): OrgRecord | undefined {
    return ORGANIZATIONS.find((o) => o.id === id);
  }
  organization(name: string): OrgRecord | undefined {
    const k = key(name);
    const acronym = this.acronyms.get(k);
    if (acronym !== undefined && acronym !== name.trim()) return undefined;
    return this.orgs.get(k);
  }
  region(name: string): RegionRecord | undefined {
    return this.regions.get(key(name));
  }
  /** A well-known person by full name. */
  person(name: string): PersonRecord | undefined {
    return this.people.get(key(name));
  }
  /** A well-known person by surname alone, when only one has it. */
  personBySurname(name: string): PersonRecord | undefined {
    return this.surnames.get(key(name)) ?? undefined;
  }
  /** A state or province by name or abbreviation ("Ohio", "Fla.", "Ontario"). */
  admin1(name: string): Admin1Record | undefined {
    return this.admin1s.get(key(name));
  }
  /** User actors valid on `date` (YYYY-MM-DD), most specific date range first. */
  actor(name: string, date?: string): ActorRecord | undefined {
    const list = this.actors.get(key(name));
    if (!list) return undefined;
    const d = date?.slice(0, 10);
    const valid = list.filter((a) => !d || ((!a.from || a.from <= d) && (!a.to || d <= a.to)));
    return valid[0];
  }
  hasActors(): boolean {
    return this.actors.size > 0;
  }
  /** A common given name ("Mike", "Rose"), in any case. */
  isFirstName(word: string): boolean {
    return firstNames().has(word.toLowerCase());
  }
  /** Populated places called `name`, most populous first (loaded on first use). */
  places(name: string): PlaceRecord[] {
    this.placesIndex ??= loadPlaces();
    return this.placesIndex.get(name.toLowerCase().replace(/[’`]/g, "'")) ?? this.placesIndex.get(name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()) ?? [];
  }
  /** US counties called `name` (without "County"), in every state that has one (loaded on first use). */
  usCounties(name: string): CountyRecord[] {
    this.countiesIndex ??= loadUsCounties();
    return this.countiesIndex.get(key(name).replace(/^saint /, 'st. ')) ?? [];
  }
  /** First-level divisions outside the US called `name` ("KwaZulu-Natal", "Zamfara State", "Dorset"). */
  subdivisions(name: string): SubdivisionRecord[] {
    this.subdivisionsIndex ??= loadSubdivisions();
    return this.subdivisionsIndex.get(subdivisionKey(name)) ?? [];
  }
  /** Airports an airport's name may stand for ("Zvartnots airport"), large ones first (loaded on first use). */
  airports(name: string): AirportRecord[] {
    this.airportsIndex ??= loadAirports();
    const k = airportKey(name);
    return k ? [...(this.airportsIndex.get(k) ?? [])].sort((a, b) => Number(b.large) - Number(a.large)) : [];
  }
}

let shared: Knowledge | null = null;
/** The default knowledge base, built once per process. */
export function defaultKnowledge(): Knowledge {
  shared ??= new Knowledge();
  return shared;
}
