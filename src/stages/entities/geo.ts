import type { Entity } from '../../core/types.js';
import type { Knowledge, PlaceRecord } from '../../kb/index.js';

type Placed = Entity & { _place?: 'country' | 'capital' | 'city' | 'region' | 'admin1' | 'unknown' };

/**
 * Coordinates for places, chosen with the article's context in the manner of Mordecai: a
 * candidate in a country the article mentions beats a more populous one elsewhere.
 */
export function resolveGeo(entities: Placed[], kb: Knowledge, text = ''): void {
  // how often each country is mentioned: the article's geographic focus
  const focus = new Map<string, number>();
  for (const e of entities) if (e.country && e.country.length === 3 && e.country !== 'IGO' && e.country !== 'NGO') focus.set(e.country, (focus.get(e.country) ?? 0) + e.mentions.length);
  // an American local story often names no state, but its institutions give it away
  const us = US_CUES.filter((re) => re.test(text)).length;
  if (us >= 2) focus.set('USA', (focus.get('USA') ?? 0) + us);
  // states and provinces the article names: a city there beats a namesake elsewhere
  const admins = new Set<string>();
  for (const e of entities) {
    if (e._place !== 'admin1') continue;
    const a = kb.admin1(e.name);
    const c = a && kb.country(a.country);
    if (a && c) admins.add(`${c.iso2}-${a.code}`);
  }
  const pending: Placed[] = [];
  for (const e of entities) {
    if (!['GPE', 'LOC', 'FAC'].includes(e.type)) continue;
    // a country named like a state ("Georgia") in an article about that state's country is the state
    if (e._place === 'country' && e.kb?.startsWith('country:')) {
      const a = kb.admin1(e.name);
      if (a && a.country !== e.country && (focus.get(a.country) ?? 0) > (focus.get(e.country ?? '') ?? 0) - e.mentions.length) {
        e.country = a.country;
        e.kb = `admin1:${a.country}-${a.code}`;
        e._place = 'admin1';
      }
    }
    const place = e._place;
    if (place === 'admin1') {
      const a = kb.admin1(e.name);
      if (a) e.geo = { lat: a.lat, lon: a.lon, country: a.country };
      continue;
    }
    if (place === 'country' || (e.kb?.startsWith('country:') && place !== 'capital')) {
      const c = kb.country(e.country ?? '');
      if (c) e.geo = { lat: c.lat, lon: c.lon, country: c.iso3 };
      continue;
    }
    if (place === 'region') {
      const r = kb.region(e.name);
      if (r) e.geo = { lat: r.lat, lon: r.lon, ...(r.country ? { country: r.country } : {}) };
      continue;
    }
    pending.push(e);
  }
  // populated places in passes: the places resolved first (and the states they lie in) sharpen the focus for the rest
  let anchors: Anchor[] = [];
  for (const e of entities) if (e._place === 'admin1' && e.geo) anchors.push({ lat: e.geo.lat, lon: e.geo.lon, radiusKm: ADMIN1_RADIUS_KM, from: e });
  const stateAnchors = anchors.slice();
  for (let pass = 0; pass < PASSES; pass++) {
    const chosen = new Map<Placed, PlaceRecord>();
    for (const e of pending) {
      const candidates = candidatesFor(e, kb);
      if (!candidates.length) continue;
      // a capital used as a place competes with its namesakes ("Paris, Texas") on context, not on its country
      chosen.set(e, pick(candidates, focus, e._place === 'capital' ? undefined : e.country, kb, admins, e, anchors));
    }
    if (pass < PASSES - 1) {
      if (pass === 0) for (const [e, c] of chosen) {
        const iso3 = kb.countryByIso2(c.country2)?.iso3;
        if (iso3 && !e.country) focus.set(iso3, (focus.get(iso3) ?? 0) + e.mentions.length);
        // a place the article names unambiguously (one candidate) tells which state it is about
        if (candidatesFor(e, kb).length === 1 && c.country2 === 'US') admins.add(`US-${c.admin1}`);
      }
      // the places chosen so far are the article's neighbourhood: a namesake near them beats a distant one
      anchors = [...stateAnchors, ...[...chosen].map(([e, c]) => ({ lat: c.lat, lon: c.lon, radiusKm: CITY_RADIUS_KM, from: e }))];
      continue;
    }
    for (const [e, best] of chosen) {
      // a county placed by a town of its name counts only where the article's other places, states or main
      // countries back it: "Tarrant County" is not Tarrant, Alabama, in a story about Fort Worth
      const iso3 = kb.countryByIso2(best.country2)?.iso3;
      const backed =
        admins.has(`${best.country2}-${best.admin1}`) || (focus.get(iso3 ?? '') ?? 0) >= 2 || anchors.some((a) => a.from !== e && distanceKm(a, best) <= a.radiusKm);
      if (!kb.places(e.name).length && !backed) continue;
      e.geo = { lat: best.lat, lon: best.lon, geonameid: best.geonameid, ...(iso3 ? { country: iso3 } : {}) };
      if (iso3 && (!e.country || e._place === 'capital')) e.country = iso3;
    }
  }
  for (const e of entities) if (!e.geo && ['GPE', 'LOC', 'FAC'].includes(e.type)) placeByCore(e, kb);
  placeLocalFeatures(entities);
}

/** Words before a place's name that narrow it without naming another place: "eastern Ghouta", "South Venezuela", "Nazi Germany". */
const NARROWING = /^(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|upper|lower|greater|inner|outer|rural|downtown|nazi|soviet|imperial)\s+/i;

/** A place named with a narrowing word lies at the place named without it (a country's centre, a state's, a town's). */
function placeByCore(e: Placed, kb: Knowledge): void {
  if (!NARROWING.test(e.name)) return;
  const core = e.name.replace(NARROWING, '');
  const country = kb.countryByName(core);
  const admin = kb.admin1(core);
  const region = kb.region(core);
  const town = kb.places(core)[0];
  const at = country ?? admin ?? region ?? town;
  if (!at) return;
  const iso3 = country?.iso3 ?? admin?.country ?? region?.country ?? (town && kb.countryByIso2(town.country2)?.iso3);
  e.geo = { lat: at.lat, lon: at.lon, ...(iso3 ? { country: iso3 } : {}) };
}

/** Words of American local news: counties and parishes, sheriffs, townships, ZIP codes, party-and-district tags ("R-Ohio"). */
const US_CUES = [/\b(?:County|Parish)\b/, /\b[Ss]heriff/, /\b[Tt]ownship\b/, /\b(?:[A-Z]{2}) \d{5}\b/, /\b[RD]-[A-Z][a-z]+/, /\bCity Council\b|\bcity council\b/, /\b(?:state Sen\.|state Rep\.|State Rep\.)/, /\$\d/];

interface Anchor {
  lat: number;
  lon: number;
  radiusKm: number;
  from: Placed;
}
/** How near another place of the article a candidate must lie to count as its neighbour. */
const CITY_RADIUS_KM = 150;
/** Choices are revised twice: a namesake chosen first for its size gives way once its neighbours are placed. */
const PASSES = 3;
/** A state or province anchors candidates around its centre point, which lies this far from its edges. */
const ADMIN1_RADIUS_KM = 450;

/**
 * Counties, streets, parks, rivers and buildings that no gazetteer entry names lie in the article's
 * locale: they take the point of a populated place the article mentions ("Kanawha County"
 * in a story about Charleston): the one named closest to them. Coarse, but a local feature is rarely far from the town it is reported from.
 */
function placeLocalFeatures(entities: Placed[]): void {
  const towns = entities.filter((e) => e.geo?.geonameid !== undefined);
  if (!towns.length) return;
  for (const e of entities) {
    if (e.geo || !['GPE', 'LOC', 'FAC'].includes(e.type) || !LOCAL_HEAD.test(e.name)) continue;
    // the town named closest to the feature in the text
    const at = e.mentions[0].start;
    const gap = (t: Placed) => Math.min(...t.mentions.map((m) => Math.abs(m.start - at)));
    const home = towns.reduce((x, y) => (gap(y) < gap(x) ? y : x));
    e.geo = { lat: home.geo!.lat, lon: home.geo!.lon, ...(home.geo!.country ? { country: home.geo!.country } : {}) };
  }
}
const LOCAL_HEAD = /\b(?:County|Parish|Township|Borough|District|Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Drive|Boulevard|Lane|Highway|Park|River|Creek|Lake|Hospital|School|Center|Centre|Square|Bridge|Station|Airport|Hall|Courthouse|Mall|Plaza|Stadium)$/;

const toRad = Math.PI / 180;
function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (b.lat - a.lat) * toRad;
  const dLon = (b.lon - a.lon) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Populated places an entity may be: by its name, or for "X County"/"X Parish"/"X District" by X. */
function candidatesFor(e: Placed, kb: Knowledge): PlaceRecord[] {
  const direct = kb.places(e.name);
  if (direct.length) return direct;
  const m = /^(.+?)\s+(?:County|Parish|District|Township|Borough|Province|Region|Valley|State)$/.exec(e.name);
  return m ? kb.places(m[1]) : [];
}

/** Score per neighbouring place (up to three): two neighbours outweigh a hundredfold population. */
const NEAR_WEIGHT = 2;

function pick(candidates: PlaceRecord[], focus: Map<string, number>, country: string | undefined, kb: Knowledge, admins: Set<string>, self?: Placed, anchors: Anchor[] = []): PlaceRecord {
  // the entity's own mentions do not count as context for it
  const own = self?.country ? self.mentions.length : 0;
  let best = candidates[0];
  let bestScore = -Infinity;
  for (const c of candidates.slice(0, 50)) {
    const iso3 = kb.countryByIso2(c.country2)?.iso3 ?? '';
    let s = Math.log10(c.population + 10);
    if (country && iso3 === country) s += 10;
    s += Math.min(4, 2 * Math.log2(1 + Math.max(0, (focus.get(iso3) ?? 0) - (iso3 === self?.country ? own : 0))));
    if (admins.has(`${c.country2}-${c.admin1}`)) s += 6;
    if (c.featureCode === 'PPLC') s += 1.5;
    else if (c.featureCode === 'PPLA') s += 0.7;
    // other places the article names nearby
    let near = 0;
    for (const a of anchors) if (a.from !== self && distanceKm(a, c) <= a.radiusKm) near++;
    s += NEAR_WEIGHT * Math.min(3, near);
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}
