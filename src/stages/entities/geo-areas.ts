// Places that the gazetteer of towns does not settle: counties, provinces, countries named like towns or by
// their capitals, and features named after a place.
import type { Geo } from '../../core/types.js';
import type { CountryRecord, CountyRecord, Knowledge, PlaceRecord, SubdivisionRecord } from '../../kb/index.js';
import { usPostalPlaces } from '../../kb/places.js';
import { ADMIN1_RADIUS_KM, GENERIC_DIVISION, STATE_VOTE_WEIGHT, distanceKm, namedStateWeight, escapeRegExp, nearScore, votesFor, type Anchor, type Placed, type StateCues } from './geo-context.js';

/**
 * A country's name that is also an American town's ("Lebanon", "Jordan", "Palestine") is the town in a
 * story set in that town's state: the article is American, nothing else in it lies in the country, and
 * the state is one the article names or its other places point to, and no other foreign country is named
 * (unless the text names a county that holds the town: "Palestine" beside "Anderson County").
 */
export function placeCountryNamesake(e: Placed, kb: Knowledge, focus: Map<string, number>, states: StateCues, text: string, counties: Anchor[] = [], entities: Placed[] = []): boolean {
  const iso3 = e.country ?? '';
  // names built on the town's ("Lebanon Police", "West Palestine Avenue") took its country from it: no evidence of the country
  const word = new RegExp(`\\b${escapeRegExp(e.name)}\\b`);
  const echoes = entities.filter((x) => x !== e && x.country === iso3 && word.test(x.name)).reduce((n, x) => n + (['GPE', 'LOC', 'FAC'].includes(x.type) ? 1 : 0.5) * x.mentions.length, 0);
  if (iso3 === 'USA' || (focus.get(iso3) ?? 0) - echoes > e.mentions.length || !focus.get('USA')) return false;
  if (e.mentions.some((m) => m.kind !== 'name')) return false;
  // a county the text names that one of the towns lies in ("Anderson County" for Palestine, Texas); there a
  // village known only by its post office counts too
  const inCounty = (c: PlaceRecord) => counties.some((a) => distanceKm(a, c) <= a.radiusKm);
  const towns = kb.places(e.name).filter((c) => c.country2 === 'US');
  towns.push(...usPostalPlaces(e.name).filter(inCounty));
  const countyBacked = towns.some(inCounty);
  // a story that names other foreign countries is about the world, not a town (unless such a county backs the town)
  if (!countyBacked && [...focus.keys()].some((k) => k !== iso3 && k !== 'USA')) return false;
  const name = escapeRegExp(e.name);
  // "Palestine, Texas" names the state; "a Palestine man" is local usage (a country's people go by its demonym)
  const statesAfter = new Set<string>();
  for (const m of text.matchAll(new RegExp(`\\b${name},\\s+([A-Z][A-Za-z.]*(?: [A-Z][a-z]+)?)`, 'g'))) {
    const a = kb.admin1(m[1]);
    if (a?.country === 'USA') statesAfter.add(`US-${a.code}`);
  }
  const local = localUsage(e.name, text);
  // without local usage or such a county, only a clearly American story makes a country's name a town
  if (!local && (focus.get('USA') ?? 0) < 2 && !countyBacked) return false;
  let best: PlaceRecord | undefined;
  let bestVotes = -1;
  for (const c of towns) {
    const state = `US-${c.admin1}`;
    const v = (statesAfter.has(state) || inCounty(c) ? 4 : 0) + (states.named.has(state) ? 2 : 0) + votesFor(state, states.votes, e);
    // the most populous namesake where local usage is the only evidence
    if ((v >= 2 || local) && v > bestVotes) {
      bestVotes = v;
      best = c;
    }
  }
  if (!best) return false;
  e.geo = { lat: best.lat, lon: best.lon, geonameid: best.geonameid, country: 'USA' };
  e.country = 'USA';
  e.kb = undefined;
  return true;
}
/**
 * Whether the text uses a name the way local news uses its towns, and never a country: as a hometown
 * (see hometownUsage) or as a dateline ("LEBANON (AP) —").
 */
function localUsage(name: string, text: string): boolean {
  const upper = escapeRegExp(name.toUpperCase());
  return hometownUsage(name, text) || new RegExp(`(?:^|[.!?]\\s+)${upper}(?:, [A-Z][A-Za-z.]+)?(?: \\([A-Z]+\\))? [—–-]`).test(text);
}
/**
 * Whether the text uses a name as local news uses its readers' towns: as a hometown's adjective ("a
 * Palestine man"), after a person's age ("Joyce Glover, 22, Palestine"), after a street ("400 S. Locust
 * St., Lebanon"). (A dateline is no such use: wire stories from world cities carry them too.)
 */
export function hometownUsage(name: string, text: string): boolean {
  const n = escapeRegExp(name);
  return (
    new RegExp(`\\b${n}\\s+(?:${LOCAL_PEOPLE})\\b`).test(text) ||
    new RegExp(`\\b\\d{1,3}, (?:of )?${n}\\b`).test(text) ||
    new RegExp(`\\b(?:St|Ave|Rd|Dr|Ln|Blvd|Street|Avenue|Road|Drive|Lane)\\.?, ${n}\\b`).test(text)
  );
}
/** Words after a town's name that make it a local story's adjective: "a Palestine man", "Lebanon residents". */
const LOCAL_PEOPLE = 'man|woman|men|women|resident|residents|teen|teenager|youth|boy|girl|couple|native|family|homeowner|motorist|driver';

/**
 * A province, region or state of a country that no populated place names ("Zamfara", "KwaZulu-Natal",
 * "Gilgit-Baltistan"; "Colorado State" for the state): by the article's countries where several countries
 * have one of that name; a lone one needs no such evidence unless its name is a bare compass word.
 */
export function placeDivision(e: Placed, kb: Knowledge, focus: Map<string, number>, anchors: Anchor[]): void {
  const state = / State$/.test(e.name) ? kb.admin1(e.name.slice(0, -6)) : undefined;
  if (state) {
    e.geo = { lat: state.lat, lon: state.lon, country: state.country };
    return;
  }
  const list = kb.subdivisions(e.name);
  if (!list.length) return;
  let best: SubdivisionRecord | undefined;
  let bestScore = 0;
  for (const d of list) {
    const iso3 = kb.countryByIso2(d.country2)?.iso3 ?? '';
    let s = (focus.get(iso3) ?? 0) + (e.country === iso3 ? 5 : 0);
    for (const a of anchors) if (a.from !== e && distanceKm(a, d) <= ADMIN1_RADIUS_KM) s++;
    if (s > bestScore) {
      bestScore = s;
      best = d;
    }
  }
  if (!best && list.length === 1 && !GENERIC_DIVISION.test(e.name)) best = list[0];
  if (!best) return;
  const iso3 = kb.countryByIso2(best.country2)?.iso3;
  e.geo = { lat: best.lat, lon: best.lon, ...(iso3 ? { country: iso3 } : {}) };
  if (iso3 && !e.country) e.country = iso3;
}

/** The county an entity names: "Barrow County", or "Barrow" in "Barrow and Jackson counties". */
export function countyName(e: Placed, text: string, kb?: Knowledge): string | undefined {
  const m = /^(.+?)\s+(?:County|Parish)$/.exec(e.name);
  // a consolidated city-county ("Athens-Clarke County") is the county of its second name, unless the
  // county goes by both ("Miami-Dade County")
  const tail = m && /^[A-Z][a-z]+-([A-Z][a-z]+)$/.exec(m[1])?.[1];
  if (m) return tail && kb && !kb.usCounties(m[1]).length ? tail : m[1];
  if (!/^[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}$/.test(e.name)) return undefined;
  return new RegExp(`\\b${escapeRegExp(e.name)}${COUNTY_LIST_TAIL}`).test(text) ? e.name : undefined;
}
/**
 * What follows a county's bare name: " County", or the rest of a list of counties, "(, Clay)( and Jackson)
 * counties" (in "Athens, McMinn County and Etowah" only McMinn is a county).
 */
const COUNTY_LIST_TAIL = String.raw`(?:\s+(?:County|Parish)\b|(?:(?:,\s*|,?\s+(?:and|or)\s+)[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*){0,2})*\s+(?:counties|parishes)\b)`;

/** How far from a county's centre its towns lie: most counties east of the Rockies are under 100 km across. */
const COUNTY_REACH_KM = 60;

/**
 * A county by the state evidence of the article (states named, states its towns vote for, towns chosen
 * nearby); a county name with namesakes in several states and no such evidence stays unplaced.
 */
export function placeCounty(e: Placed, list: CountyRecord[], states: StateCues, anchors: Anchor[], focus: Map<string, number>): void {
  let best: CountyRecord | undefined;
  let bestScore = 0;
  for (const c of list) {
    const state = `US-${c.state}`;
    let s = 0;
    s += namedStateWeight(states, state);
    s += STATE_VOTE_WEIGHT * Math.min(3, votesFor(state, states.votes, e));
    // a county holds the towns the article places in it: a town counts only as near as a county's edge, a state as usual
    s += nearScore(anchors.map((a) => (a.radiusKm < ADMIN1_RADIUS_KM ? { ...a, radiusKm: Math.min(a.radiusKm, COUNTY_REACH_KM) } : a)), e, c);
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  // a county name found in one state only needs no evidence beyond an American setting
  if (!best && list.length === 1 && (focus.get('USA') ?? 0) > 0) best = list[0];
  if (!best) return;
  e.geo = { lat: best.lat, lon: best.lon, country: 'USA' };
  e.country = 'USA';
}

/**
 * A country the article names mostly by its capital or its seat of power ("Moscow said...", "talks in
 * Beijing", "the White House said") is placed where the article places it: at the capital, not the country's centre.
 */
export function capitalPoint(e: Placed, c: CountryRecord, kb: Knowledge, text: string): Geo | undefined {
  let capital: string | undefined;
  let byCapital = 0;
  for (const m of e.mentions) {
    const said = text.slice(m.start, m.end);
    if (m.kind === 'name') continue;
    if (kb.countryByCapital(said)?.iso3 === c.iso3) {
      byCapital++;
      capital = said;
    } else if (kb.seatOfPower(said)?.[0] === c.iso3) {
      // "the White House", "the Kremlin": a seat of power stands in its capital (by a name the gazetteer knows)
      byCapital++;
      capital ??= c.capitals.find((n) => kb.places(n).some((p) => p.country2 === c.iso2));
    }
  }
  if (!capital || byCapital * 2 <= e.mentions.length) return undefined;
  const city = kb.places(capital).find((p) => p.country2 === c.iso2);
  return city && { lat: city.lat, lon: city.lon, geonameid: city.geonameid, country: c.iso3 };
}

/**
 * Whether a name shared by a state and a town ("New York", "Washington") stands for the state in most of its
 * mentions: listed with other states ("Missouri, New York and Virginia"), or followed by "state" or its
 * governor ("New York state", "New York Governor").
 */
export function namedAsState(e: Placed, text: string, stateMentions: readonly { start: number; end: number }[], townInState?: (name: string) => boolean): boolean {
  // after a state in a list, or before one ("Washington, Pennsylvania and California"; "Washington, D.C." is no list)
  const listed = (m: { start: number; end: number }) =>
    stateMentions.some((o) => LIST_JOIN.test(text.slice(o.end, m.start)) || LIST_JOIN.test(text.slice(m.end, o.start)));
  // after a town of the state, as its state: "Buffalo, New York"
  const afterTown = (m: { start: number }) => {
    const town = TOWN_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
    return !!town && !!townInState?.(town);
  };
  const asState = e.mentions.filter((m) => !CAPITAL_DISTRICT.test(text.slice(m.end, m.end + 8)) && (listed(m) || afterTown(m) || STATE_AFTER.test(text.slice(m.end, m.end + 12)))).length;
  return asState > 0 && asState * 2 >= e.mentions.length;
}
/** "Washington, D.C.": the capital, however listed ("Texas and Washington, D.C."). */
const CAPITAL_DISTRICT = /^,?\s*D\.\s?C\./;
/** What joins two items of a list: ", ", " and ", ", or ". */
const LIST_JOIN = /^(?:,\s*|,?\s+(?:and|or)\s+)$/;
/** Words after a state's name that no town takes: "New York state", "New York Governor". */
const TOWN_BEFORE = /\b([A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+$/;
const STATE_AFTER = /^\s+(?:state\b|[Gg]overnor\b|Gov\.)/;

/** How many towns the article names that have namesakes in the United States only ("Gainesville", "Duluth"). */
export function usOnlyTowns(entities: Placed[], kb: Knowledge): number {
  let n = 0;
  for (const e of entities) {
    if (e.type !== 'GPE' || e.kb) continue;
    const places = kb.places(e.name);
    if (places.length && places.every((p) => p.country2 === 'US')) n++;
  }
  return n;
}

/** Words before a place's name that narrow it without naming another place: "eastern Ghouta", "South Venezuela", "Nazi Germany". */
const NARROWING =
  /^(?:north|south|east|west|northern|southern|eastern|western|central|north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?|upper|lower|greater|inner|outer|rural|downtown|metro|metropolitan|historic|nazi|soviet|imperial)\s+|^(?:city|town|village) of\s+|^[RDI]-(?=[A-Z])/i;

/**
 * A place named with a narrowing word lies at the place named without it (a country's centre, a state's, a town's):
 * the one the article itself places under that name first ("Northeast Georgia" in a story about Gainesville, Georgia).
 */
export function placeByCore(e: Placed, kb: Knowledge, entities: Placed[]): void {
  if (!NARROWING.test(e.name)) return;
  const core = e.name.replace(NARROWING, '');
  const own = entities.find((x) => x !== e && x.geo && x.name.toLowerCase() === core.toLowerCase());
  if (own?.geo) {
    e.geo = { lat: own.geo.lat, lon: own.geo.lon, ...(own.geo.country ? { country: own.geo.country } : {}) };
    return;
  }
  const country = kb.countryByName(core);
  const admin = kb.admin1(core);
  const region = kb.region(core);
  // a town only when it is a city of note: "West Java" is no quarter of Java, Georgia (pop. 200)
  const town = kb.places(core).find((p) => p.population >= 50000);
  // a core that names both a country and a state ("North Georgia") is the one where the article's other places lie
  const placedIn = (iso3: string) => entities.filter((x) => x !== e && x.geo?.country === iso3).reduce((n, x) => n + x.mentions.length, 0);
  const state = country && admin && placedIn(admin.country) > placedIn(country.iso3);
  const at = (state ? admin : undefined) ?? country ?? admin ?? region ?? town;
  if (!at) return;
  const iso3 = state ? admin!.country : (country?.iso3 ?? admin?.country ?? region?.country ?? (town && kb.countryByIso2(town.country2)?.iso3));
  e.geo = { lat: at.lat, lon: at.lon, ...(iso3 ? { country: iso3 } : {}) };
}

/**
 * A facility or area named after a place the article places ("Springfield hospital", "Atlanta-area",
 * "South Charleston power plant") lies at that place: the longest such name wins.
 */
export function placeByPlaceInName(e: Placed, entities: Placed[]): void {
  let host: Placed | undefined;
  for (const x of entities) {
    if (x === e || !x.geo || x.name.length < 4 || (x.type !== 'GPE' && x.type !== 'LOC') || GENERIC_DIVISION.test(x.name)) continue;
    const starts = e.name.startsWith(x.name) && /^[\s-]/.test(e.name.slice(x.name.length));
    const ends = e.name.endsWith(x.name) && /\s$/.test(e.name.slice(0, -x.name.length));
    if ((starts || ends) && (!host || x.name.length > host.name.length)) host = x;
  }
  if (host?.geo) e.geo = { lat: host.geo.lat, lon: host.geo.lon, ...(host.geo.country ? { country: host.geo.country } : {}) };
}
