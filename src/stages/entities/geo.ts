import type { CountyRecord, Knowledge, PlaceRecord, SubdivisionRecord } from '../../kb/index.js';
import { usPostalPlaces } from '../../kb/places.js';
import { capitalPoint, countyName, hometownUsage, namedAsState, placeByCore, placeByPlaceInName, placeCountryNamesake, placeCounty, placeDivision, usOnlyTowns } from './geo-areas.js';
import { placeAirport, placeFacilityByTown } from './geo-facilities.js';
import { ADMIN1_RADIUS_KM, GENERIC_DIVISION, STATE_VOTE_WEIGHT, countyAnchors, namedStateWeight, distanceKm, escapeRegExp, nearScore, votesFor, type Anchor, type Placed, type StateCues } from './geo-context.js';

/**
 * Coordinates for places, chosen with the article's context in the manner of Mordecai: a
 * candidate in a country the article mentions beats a more populous one elsewhere.
 */
export function resolveGeo(entities: Placed[], kb: Knowledge, text = ''): void {
  // a country named only by its capital's name is first of all a town of that name: see namedByCapital
  const capitalOnly = new Map<Placed, Placed>();
  for (const e of entities) {
    const town = namedByCapital(e, kb, text);
    if (!town) continue;
    capitalOnly.set(e, { ...e });
    Object.assign(e, town);
  }
  // how often each country is mentioned: the article's geographic focus (a capital's name alone is no evidence of its country)
  const focus = new Map<string, number>();
  for (const e of entities) {
    if (!e.country || e.country.length !== 3 || e.country === 'IGO' || e.country === 'NGO' || e._place === 'capital') continue;
    // a people or an organisation ("Mexican", "Air Canada") says less about where a story is set than a place does
    const weight = ['GPE', 'LOC', 'FAC'].includes(e.type) ? 1 : 0.5;
    focus.set(e.country, (focus.get(e.country) ?? 0) + weight * e.mentions.length);
  }
  // an American local story often names no state, but its institutions give it away (each kind of cue counts once)
  const us = US_CUES.filter((re) => re.test(text)).length;
  if (us) focus.set('USA', (focus.get('USA') ?? 0) + us);
  // a town named like its state ("New York", "Washington") used as the state: in a list of states, "New York state"
  const stateMentions = entities.filter((e) => e._place === 'admin1' || e.kb?.startsWith('admin1:')).flatMap((e) => e.mentions);
  for (const e of entities) {
    if (e.type !== 'GPE' || e._place === 'admin1' || e.kb?.startsWith('country:')) continue;
    // (the state table keeps such states as "New York State", "Washington State")
    const a = kb.admin1(`${e.name} State`);
    // (a borough of the city itself, "Queens, New York", names the city)
    const city = kb.places(e.name).find((p) => p.country2 === 'US');
    const townInState = (n: string) => n !== e.name && kb.places(n).some((p) => p.country2 === 'US' && p.admin1 === a?.code && (!city || distanceKm(city, p) > BOROUGH_KM));
    if (a?.country !== 'USA' || !namedAsState(e, text, stateMentions, townInState)) continue;
    Object.assign(e, { _place: 'admin1', kb: `admin1:USA-${a.code}`, country: 'USA' });
  }
  // states and provinces the article names: a city there beats a namesake elsewhere
  const admins = new Map<string, number>();
  const nameState = (key: string, e: Placed) => admins.set(key, (admins.get(key) ?? 0) + e.mentions.length);
  for (const e of entities) {
    if (e._place !== 'admin1') continue;
    const a = kb.admin1(e.name) ?? kb.admin1(`${e.name} State`);
    const c = a && kb.country(a.country);
    if (a && c) nameState(`${c.iso2}-${a.code}`, e);
  }
  // a part of a state names the state: "Northeast Texas", "Southern Indiana", "upstate New York"
  for (const e of entities) {
    // (not a state named with a compass word itself: "West Virginia" does not name Virginia)
    const part = (e.type === 'GPE' || e.type === 'LOC') && !kb.admin1(e.name) ? STATE_PART.exec(e.name) : null;
    const a = part && (kb.admin1(part[1]) ?? kb.admin1(`${part[1]} State`));
    const c = a && kb.country(a.country);
    if (a && c && a.name !== e.name) nameState(`${c.iso2}-${a.code}`, e);
  }
  // states that the article's unambiguous towns lie in: they back a county placed by a town of its name
  const inferred = new Set<string>();
  const pending: Placed[] = [];
  const counties = new Map<Placed, CountyRecord[]>();
  for (const e of entities) {
    if (!['GPE', 'LOC', 'FAC'].includes(e.type)) continue;
    // a country named like a state ("Georgia") in an article about that state's country is the state
    if (e._place === 'country' && e.kb?.startsWith('country:')) {
      const a = kb.admin1(e.name);
      // names built on the ambiguous word ("Georgia Public Service Commission") back neither reading
      const word = new RegExp(`\\b${escapeRegExp(e.name)}\\b`);
      const echoes = entities.filter((x) => x.country === e.country && word.test(x.name)).reduce((n, x) => n + x.mentions.length, 0);
      const stateSide = (focus.get(a?.country ?? '') ?? 0) + (a?.country === 'USA' ? usOnlyTowns(entities, kb) : 0);
      // a story that names three other foreign countries is about the world: "Georgia" beside Armenia, Iran and Turkey is the country
      const abroad = [...focus.keys()].filter((k) => k !== a?.country && k !== e.country).length;
      if (a && a.country !== e.country && abroad < 3 && stateSide > (focus.get(e.country ?? '') ?? 0) - echoes) {
        e.country = a.country;
        e.kb = `admin1:${a.country}-${a.code}`;
        e._place = 'admin1';
        const c = kb.country(a.country);
        if (c) nameState(`${c.iso2}-${a.code}`, e);
      }
    }
    const place = e._place;
    if (place === 'admin1') {
      const a = kb.admin1(e.name) ?? kb.admin1(`${e.name} State`);
      if (a) e.geo = { lat: a.lat, lon: a.lon, country: a.country };
      continue;
    }
    if (place === 'country' || (e.kb?.startsWith('country:') && place !== 'capital')) {
      const c = kb.country(e.country ?? '');
      if (c) e.geo = capitalPoint(e, c, kb, text) ?? { lat: c.lat, lon: c.lon, country: c.iso3 };
      continue;
    }
    if (place === 'region') {
      const r = kb.region(e.name);
      if (r) e.geo = { lat: r.lat, lon: r.lon, ...(r.country ? { country: r.country } : {}) };
      continue;
    }
    // a county goes by the county list, not by a town of its name
    const county = countyName(e, text, kb);
    if (county !== undefined && kb.usCounties(county).length) counties.set(e, kb.usCounties(county));
    else pending.push(e);
  }
  // each place name votes for the states its namesakes lie in, a unique name fully, an ambiguous one split
  const votes = stateVotes(pending, counties, kb);
  const namesakes = namesakePoints(pending, kb);
  // names the text uses the way local news uses its own towns ("a Paris man", "Jo Smith, 22, of Paris")
  const local = new Set(pending.filter((e) => hometownUsage(e.name, text)));
  // populated places in passes: the places resolved first (and the states they lie in) sharpen the focus for the rest
  let anchors: Anchor[] = [];
  for (const e of entities) if (e._place === 'admin1' && e.geo) anchors.push({ lat: e.geo.lat, lon: e.geo.lon, radiusKm: ADMIN1_RADIUS_KM, from: e });
  // counties the text names, even inside other names ("the Rapides Parish Fire District"), pin its towns down
  const textCounties = countyAnchors(text, kb);
  anchors.push(...textCounties);
  const stateAnchors = anchors.slice();
  for (let pass = 0; pass < PASSES; pass++) {
    const chosen = new Map<Placed, PlaceRecord>();
    for (const e of pending) {
      const candidates = candidatesFor(e, kb);
      if (!candidates.length) continue;
      // a capital used as a place competes with its namesakes ("Paris, Texas") on context, not on its country
      chosen.set(e, pick(candidates, focus, e._place === 'capital' ? undefined : e.country, kb, { named: admins, votes }, e, anchors, namesakes, local.has(e)));
    }
    if (pass < PASSES - 1) {
      if (pass === 0) for (const [e, c] of chosen) {
        const iso3 = kb.countryByIso2(c.country2)?.iso3;
        if (iso3 && (!e.country || e._place === 'capital')) focus.set(iso3, (focus.get(iso3) ?? 0) + e.mentions.length);
        // a place the article names unambiguously (one candidate) tells which state it is about
        if (candidatesFor(e, kb).length === 1 && c.country2 === 'US') inferred.add(`US-${c.admin1}`);
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
        admins.has(`${best.country2}-${best.admin1}`) || inferred.has(`${best.country2}-${best.admin1}`) || (focus.get(iso3 ?? '') ?? 0) >= 2 || anchors.some((a) => a.from !== e && distanceKm(a, best) <= a.radiusKm);
      if (!placesNamed(e.name, kb).length && best.featureCode !== 'ADM1' && !backed) continue;
      e.geo = { lat: best.lat, lon: best.lon, ...(best.geonameid ? { geonameid: best.geonameid } : {}), ...(iso3 ? { country: iso3 } : {}) };
      if (iso3 && (!e.country || e._place === 'capital')) e.country = iso3;
    }
  }
  for (const [e, country] of capitalOnly) {
    // the capital after all (or nowhere else): the country the recogniser took it for, at its capital
    if (e.country === country.country || !e.geo) {
      const c = kb.country(country.country ?? '');
      Object.assign(e, country, { geo: c && capitalPoint(country, c, kb, text) });
      if (!e.geo) delete e.geo;
    } else {
      // a town of the capital's name: no government speaks through it
      delete e.sector;
      for (const m of e.mentions) m.kind = 'name';
    }
  }
  for (const e of entities) {
    if (!(e._place === 'country' || e.kb?.startsWith('country:'))) continue;
    // a town placed so ("Palestine", Texas) is a neighbour for the article's counties, like any other town
    // (a town the article places close by backs a namesake as a county does: "Jordan" beside Shakopee)
    const neighbours = [...textCounties, ...anchors.filter((a) => a.from && a.from !== e && a.radiusKm === CITY_RADIUS_KM).map((a) => ({ ...a, radiusKm: NEIGHBOUR_TOWN_KM }))];
    if (placeCountryNamesake(e, kb, focus, { named: admins, votes }, text, neighbours, entities) && e.geo) anchors.push({ lat: e.geo.lat, lon: e.geo.lon, radiusKm: CITY_RADIUS_KM, from: e });
  }
  for (const [e, list] of counties) placeCounty(e, list, { named: admins, votes }, anchors, focus);
  for (const e of entities) if (!e.geo && (e.type === 'GPE' || e.type === 'LOC')) placeDivision(e, kb, focus, anchors);
  // an airport named as one is at the airport, not at a town of its name
  for (const e of entities) if (!e.geo) placeAirport(e, kb, focus);
  for (const e of entities) if (!e.geo && ['GPE', 'LOC', 'FAC'].includes(e.type)) placeByCore(e, kb, entities);
  for (const e of entities) if (!e.geo && ['GPE', 'LOC', 'FAC'].includes(e.type)) placeByPlaceInName(e, entities);
  for (const e of entities) if (!e.geo) placeFacilityByTown(e, kb, focus);
  placeLocalFeatures(entities);
}

/**
 * A country entity whose every mention is its capital's name standing for it ("Paris said", "a student from
 * Paris") is resolved as a place of that name first, competing with the capital's namesakes: in an American
 * local story "Paris" is more often Paris, Tennessee. Only where the article names the country no other way
 * and the capital has namesakes abroad. Returns the fields that make it such a place.
 */
function namedByCapital(e: Placed, kb: Knowledge, text: string): Partial<Placed> | undefined {
  if (!text || !e.kb?.startsWith('country:') || !e.country || !e.mentions.length) return undefined;
  const said = e.mentions.map((m) => text.slice(m.start, m.end));
  if (e.mentions.some((m) => m.kind !== 'metonym') || said.some((s) => kb.countryByCapital(s)?.iso3 !== e.country)) return undefined;
  const c = kb.country(e.country);
  if (!c || !kb.places(said[0]).some((p) => p.country2 !== c.iso2)) return undefined;
  return { name: said[0], kb: undefined, _place: 'capital' };
}

/** How near a city's centre a place named with it ("Queens, New York") is part of the city rather than a town of the state. */
const BOROUGH_KM = 40;

/** A compass word or a part's word before a state's name. */
const STATE_PART = /^(?:North|South|East|West|Central|Northeast|Northwest|Southeast|Southwest|Northern|Southern|Eastern|Western|Upstate|Downstate|Rural|Coastal) (.+)$/;

/** Words of American local news: counties and parishes, sheriffs, townships, ZIP codes, party-and-district tags ("R-Ohio"). */
const US_CUES = [
  /\b(?:County|Parish)\b/,
  /\b[Ss]heriff/,
  /\b[Tt]ownship\b/,
  /\b(?:[A-Z]{2}) \d{5}\b/,
  /\b[RD]-[A-Z][a-z]+/,
  /\bCity Council\b|\bcity council\b/,
  /\b(?:state Sen\.|state Rep\.|State Rep\.)/,
  /\$\d/,
  /\b[Cc]ity [Mm]anager\b/,
  /\b(?:[Ss]chool [Bb]oard|Board of Education|[Ss]chool [Dd]istrict)\b/,
  /\bBoard of (?:Supervisors|Commissioners|Trustees|Aldermen)\b|\b(?:county commissioners|aldermen)\b/,
  /\b(?:Interstate \d+|I-\d+|U\.S\. \d+|(?:State )?(?:Highway|Route) \d+)\b/,
  // a street address with the street's kind abbreviated: "1935 Orchard St.", "420 N. Main Ave."
  /\b\d{2,5} (?:[NSEW]\. )?[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:St|Ave|Rd|Blvd|Dr|Ln|Hwy)\.(?=[\s,])/,
];

/** A place known only from the US postal gazetteer: a hamlet, its size unknown (see kb/places.ts). */
const isPostalOnly = (p: PlaceRecord) => p.geonameid === 0 && p.featureCode === 'PPL';

/** The points that each of the article's ambiguous place names may stand for. */
type Namesakes = Map<Placed, PlaceRecord[]>;
/**
 * The candidate points of the article's place names with few namesakes: a local story names towns that lie
 * close together, and of two names' many namesakes few pairs lie this close by chance ("Brandon" and
 * "Alexandria" meet in Minnesota). Names with very many namesakes ("Washington") would pair with anything.
 */
function namesakePoints(pending: Placed[], kb: Knowledge): Namesakes {
  const out: Namesakes = new Map();
  for (const e of pending) {
    // (the post-office hamlets of the American gazetteer are too many to count: two names meet among them by chance)
    const list = candidatesFor(e, kb).filter((p) => !isPostalOnly(p));
    if (list.length > 1 && list.length <= MAX_NAMESAKES) out.set(e, list);
  }
  return out;
}
/** How many other place names of the article have a namesake near a candidate point. */
function namesakesNear(namesakes: Namesakes, self: Placed | undefined, c: { lat: number; lon: number }): number {
  let n = 0;
  for (const [e, list] of namesakes) if (e !== self && e.name !== self?.name && list.some((p) => distanceKm(p, c) <= NAMESAKE_RADIUS_KM)) n++;
  return n;
}
const MAX_NAMESAKES = 40;
const NAMESAKE_RADIUS_KM = 40;
/** Per other name with a namesake nearby (up to three): weaker than a place already chosen there. */
const NAMESAKE_WEIGHT = 1;

/** The country the article names most often, if one leads. */
function topCountry(focus: Map<string, number>): string | undefined {
  const ranked = [...focus].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : undefined;
}
/**
 * The most that the article's focus on a country adds to a candidate there: a thousandfold population, so
 * that a story's country makes a town of it beat a city abroad, but not a world city ("Gothenburg" in an American story).
 */
const FOCUS_CAP = 3;
/** What a national capital gains over its namesakes for being one. */
const CAPITAL_BONUS = 2.5;
/** What the capital of the article's own country gains besides. */
const HOME_CAPITAL_BONUS = 3;
/**
 * The size beyond which a town used as a hometown ("an Alexandria man") gains nothing: local news is told
 * of its readers' towns, and a world city of the name is no likelier than a middling namesake.
 */
const LOCAL_POPULATION_CAP = 100_000;

/** How near another place of the article a candidate must lie to count as its neighbour. */
const CITY_RADIUS_KM = 150;
/** How near a town the article places a country-named town must lie to be its neighbour ("Jordan" and Shakopee, Minnesota). */
const NEIGHBOUR_TOWN_KM = 40;
/** Choices are revised twice: a namesake chosen first for its size gives way once its neighbours are placed. */
const PASSES = 3;

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

/** Populated places of a name: the city list's, most populous first, then American hamlets of unknown size. */
function placesNamed(name: string, kb: Knowledge): PlaceRecord[] {
  const hamlets = usPostalPlaces(name);
  return hamlets.length ? [...kb.places(name), ...hamlets] : kb.places(name);
}

/**
 * Common nouns of places and streets that hamlets happen to be named ("Street", Maryland; "Avenue", Maryland;
 * "Valley", Alabama): taken alone as a name, they are a clipped street or feature, and their namesakes,
 * meeting by chance, would pull the article's real towns towards them.
 */
const GENERIC_PLACE_WORDS = new Set([
  'street', 'avenue', 'road', 'lane', 'drive', 'boulevard', 'highway', 'route', 'park', 'square', 'bridge', 'station', 'river', 'lake', 'creek',
  'valley', 'island', 'beach', 'harbor', 'harbour', 'port', 'bay', 'hill', 'hills', 'city', 'town', 'village', 'state', 'county', 'capitol',
  'republic', 'union', 'north', 'south', 'east', 'west', 'northwest', 'northeast', 'southwest', 'southeast', 'central', 'downtown', 'midtown', 'uptown',
]);

/** Populated places an entity may be: by its name, or for "X County"/"X Parish"/"X District" by X. */
function candidatesFor(e: Placed, kb: Knowledge): PlaceRecord[] {
  if (GENERIC_PLACE_WORDS.has(e.name.toLowerCase())) return [];
  const direct = placesNamed(e.name, kb);
  const m = direct.length ? null : /^(.+?)\s+(?:County|Parish|District|Township|Borough|Province|Region|Valley|State)$/.exec(e.name);
  const towns = m ? placesNamed(m[1], kb) : direct;
  // provinces and counties of other countries compete with towns of their names ("Suffolk", "Midlands")
  const divisions = GENERIC_DIVISION.test(e.name) ? [] : kb.subdivisions(e.name);
  return divisions.length ? [...divisions.map(asCandidate), ...towns] : towns;
}

/**
 * A division as a candidate place: as large as a big town, so that a town of its name wins only with
 * more people or with the article's context ("Norfolk" in a Virginia story), and no GeoNames id.
 */
function asCandidate(d: SubdivisionRecord): PlaceRecord {
  return { geonameid: 0, name: d.name, country2: d.country2, lat: d.lat, lon: d.lon, population: DIVISION_POPULATION, featureCode: 'ADM1', admin1: `division:${d.name}` };
}
const DIVISION_POPULATION = 400_000;

/**
 * Which states (first-level divisions) the article's place names point to: a local story names several
 * towns of its own state, and while each name alone is ambiguous, their namesakes meet in one state.
 */
function stateVotes(pending: Placed[], counties: Map<Placed, CountyRecord[]>, kb: Knowledge): Map<string, Map<Placed, number>> {
  const votes = new Map<string, Map<Placed, number>>();
  const statesOf = (e: Placed) =>
    counties.has(e) ? new Set(counties.get(e)!.map((c) => `US-${c.state}`)) : new Set(candidatesFor(e, kb).slice(0, 50).map((c) => `${c.country2}-${c.admin1}`));
  for (const e of [...pending, ...counties.keys()]) {
    const states = statesOf(e);
    for (const st of states) {
      const byEntity = votes.get(st) ?? new Map<Placed, number>();
      byEntity.set(e, 1 / states.size);
      votes.set(st, byEntity);
    }
  }
  return votes;
}


function pick(candidates: PlaceRecord[], focus: Map<string, number>, country: string | undefined, kb: Knowledge, states: StateCues, self?: Placed, anchors: Anchor[] = [], namesakes: Namesakes = new Map(), local = false): PlaceRecord {
  // the entity's own mentions do not count as context for it
  const own = self?.country ? self.mentions.length : 0;
  let best = candidates[0];
  let bestScore = -Infinity;
  for (const c of candidates.slice(0, 50)) {
    const iso3 = kb.countryByIso2(c.country2)?.iso3 ?? '';
    // a town of local news is as likely a namesake of middling size as a world city: size counts only up to a point
    let s = Math.log10((local ? Math.min(c.population, LOCAL_POPULATION_CAP) : c.population) + 10);
    if (country && iso3 === country) s += 10;
    s += Math.min(FOCUS_CAP, 2 * Math.log2(1 + Math.max(0, (focus.get(iso3) ?? 0) - (iso3 === self?.country ? own : 0))));
    const state = `${c.country2}-${c.admin1}`;
    // a state named among many says less about where one town lies than the one state a story names
    // (a hamlet known only by its post office needs more than its state's name to beat a city of its name)
    s += (isPostalOnly(c) ? 0.5 : 1) * namedStateWeight(states, state);
    // (a state inferred from a unique town name already counts among the votes)
    s += STATE_VOTE_WEIGHT * Math.min(3, votesFor(state, states.votes, self));
    // capitals are named beyond their size, a nation's own most of all ("Washington" in an American story);
    // not so a reader's hometown
    if (!local && c.featureCode === 'PPLC') s += iso3 === topCountry(focus) ? CAPITAL_BONUS + HOME_CAPITAL_BONUS : CAPITAL_BONUS;
    else if (!local && c.featureCode === 'PPLA') s += 0.7;
    // other places the article names nearby
    s += nearScore(anchors, self, c);
    s += NAMESAKE_WEIGHT * Math.min(3, namesakesNear(namesakes, self, c));
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}
