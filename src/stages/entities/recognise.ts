import type { EntityType, MentionKind, Span, Token } from '../../core/types.js';
import type { Knowledge } from '../../kb/index.js';
import { atSentenceStart, findChunks, isAcronym, isCapitalised, type Chunk } from './chunks.js';
import { chunkFeatures } from './chunk-features.js';
import { findTeams, isSportsReport, TEAM_SUFFIXES, type TeamCue } from './teams.js';
import { findQuotedTitles } from './works.js';
import { inLocativeList, placeSpellings } from './place-cues.js';
import { CITY_OF_NOUNS, COMMON_ACRONYMS, DEITIES, PLACE_OF_NOUNS, EVENT_HEADS, FAC_HEADS, FAC_MODIFIERS, HONORIFICS, LAW_HEADS, LOC_HEADS, NEVER_NAMES, NORP_WORDS, ORG_DESCRIPTORS, ORG_HEADS, BUSINESS_AFTER, PERSON_NOUNS, CLUB_PREFIXES, FIRM_OR_PERSON, GENERIC_NAME_WORDS, LEGAL_SUFFIXES, SHIP_PREFIXES, TITLE_HEADS, TITLE_WORDS, sectorOfTitle } from './lexicon.js';

/** One name mention before mentions are grouped into entities. */
export interface RawMention extends Span {
  type: EntityType;
  kind: MentionKind;
  /** Text as read in the clean view. */
  text: string;
  /** Grouping key: mentions with the same key are one entity. */
  key: string;
  country?: string;
  sector?: string;
  kb?: string;
  /** A role stated right before a person's name. */
  role?: { title: string; evidence: Span; ofKey?: string; country?: string };
  /** Capital, city or region to resolve to coordinates. */
  place?: 'country' | 'capital' | 'city' | 'region' | 'admin1' | 'unknown';
  first: number;
  last: number;
}

export interface RecogniseInput {
  tokens: readonly Token[];
  /** Token index ranges [first, last] to read, with whether they are title-case headlines. */
  ranges: Array<{ first: number; last: number; titleCase: boolean }>;
  kb: Knowledge;
  published?: string;
  /** The text outside title-case headlines, where a headline's names must recur to count. */
  bodyText?: string;
  /** Types a chunk no rule can place: PER, ORG, LOC, MISC or O (not a name). */
  classifier?: (features: string[]) => { label: string; margin: number };
  /** Training: called with the features of every chunk that reaches the classifier. */
  record?: (features: string[], first: number, last: number) => void;
}

/** Heads of states' formal names, which may run "of" one place "and" another ("United Kingdom of Great Britain and Northern Ireland"). */
const STATE_HEADS = new Set(['state', 'states', 'kingdom', 'republic', 'emirate', 'caliphate', 'federation', 'principality', 'sultanate', 'commonwealth', 'union']);
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'around', 'inside', 'into', 'across', 'through', 'throughout', 'via', 'from', 'to', 'toward', 'towards', 'between', 'within', 'near']);
/** Population above which a known town the model calls an organisation is taken as the town. */
const TOWN_POPULATION = 10000;
/** Words after an organisation's name: its people, its shares, what kind of body it is. */
const ORG_CONTEXT_AFTER = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'shares', 'stock', 'newspaper', 'agency', 'officials', 'executives', 'executive', 'board', 'unit', 'subsidiary', 'headquarters']);
/** Lower-case words for regions and features after a place's name: "Idlib province", "Tigris river". */
const REGION_AFTER = new Set(['province', 'district', 'region', 'governorate', 'river', 'mountains', 'valley', 'oblast', 'county', 'municipality', 'prefecture']);
/** Compass words that make a group of a nationality: "West Indian", "South Korean". */
const GROUP_DIRECTIONS = new Set(['west', 'east', 'north', 'south', 's.', 'n.']);
/** Last words of military units that go by an ordinal ("3rd Battalion", "5th Fleet", "158th Fighter Wing"). */
const UNIT_HEADS = new Set(['battalion', 'brigade', 'regiment', 'division', 'fleet', 'wing', 'squadron', 'group', 'corps', 'army', 'command', 'battery', 'flotilla', 'company']);
/** Lower-case prefixes a name may be glued to by a hyphen: "intra-Syrian", "counter-ISIL", "non-Yazidis", "pro-Russian". */
const NAME_PREFIXES = new Set(['intra', 'inter', 'non', 'anti', 'pro', 'pan', 'counter', 'post', 'pre', 'neo', 'trans']);
/** Documents cited by their number: "Resolution 2254", "Resolutions 2254 and 2118". */
const NUMBERED_LAWS = new Set(['resolution', 'resolutions']);
/** Law heads that name their document alone ("the Constitution"); not "Bill" or "Code", which are people's names too. */
const LONE_LAWS = new Set(['resolution', 'constitution', 'treaty', 'charter', 'convention', 'accord', 'accords', 'pact', 'protocol']);
/** Laws whose name puts the head first: "Law of the Sea", "Treaty of Rome" (not "Charter of ...", also the name of bodies that uphold one). */
const HEAD_FIRST_LAWS = new Set(['law', 'treaty', 'protocol', 'declaration']);
/** A task force or task group that goes by its number: "CTF 50", "Joint Task Force 505", "Task Group 50.1". */
const TASK_FORCE = /^(?:(?:Combined |Joint |Naval |Expeditionary )*Task (?:Force|Group)|C?J?T[FG])$/;
/** Heads that come first in names of natural features. */
const LOC_PREFIXES = new Set(['lake', 'mount', 'mt.', 'cape', 'isle', 'gulf', 'lac', 'loch', 'fort', 'wadi', 'jebel', 'jabal']);
/** Population from which a town before a plural name or after a club's word is a club's home ("Cleveland Indians", "Dynamo Moscow"). */
const TEAM_TOWN_POPULATION = 50000;
/** Word shapes of organisations: "Eximbank", "Gazprom", "Rosneft". */
const ORG_WORD_SHAPE = /(?:bank|corp|com|tech|soft|gaz|neft|prom|atom|energo|trans|oil|air|net)$/i;
/** A model's vote on a name's type counts its margin, up to this much: one confident reading should not drown the rest. */
const MAX_MODEL_VOTE = 4;
/** A rule that reads the context ("news agency Interfax", "Cook said") outvotes a few unsure model guesses. */
const RULE_VOTE = 4;
/** Below this margin the chunk model's answer for a lone sentence-opening word is a guess. */
const UNSURE_MARGIN = 1;
/** Verbs of saying after a name: people speak, towns do not. */
const SAY_AFTER = new Set(['said', 'says', 'told', 'added', 'explained', 'noted', 'stressed', 'insisted']);
/** Prepositions before a place that rarely come before a person. */
const NEAR = new Set(['near', 'outside', 'around', 'across', 'throughout']);
const LOCATIVE_STRICT = new Set(['in', 'at', 'near', 'outside', 'around', 'inside', 'across', 'throughout', 'within', 'near']);

/**
 * Whether an acronym's letters spell a name's initials in order, through its last word: "CJTF" for "Combined Joint Task
 * Force", "CoI" for "UN Commission of Inquiry" (the body's own words after the "UN").
 */
const spells = (letters: string, initials: string): boolean => {
  const upper = initials.toUpperCase();
  let k = 0;
  for (const ch of upper) if (ch === letters[k]) k++;
  return k === letters.length && letters[letters.length - 1] === upper[upper.length - 1];
};
const words = (tokens: readonly Token[], a: number, b: number): string => {
  let s = '';
  for (let k = a; k <= b; k++) s += (k > a && tokens[k].space ? ' ' : '') + tokens[k].text;
  return s;
};
const norm = (s: string) => s.toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();

export function recognise(input: RecogniseInput): RawMention[] {
  const { tokens, kb } = input;
  const out: RawMention[] = [];
  const span = (a: number, b: number): Span => ({ start: tokens[a].start, end: tokens[b].end });
  // words the article capitalises inside sentences: names wherever they stand
  const capitalisedInside = new Set<string>();
  const capitalisedInBody = new Set<string>();
  const bodyText = input.bodyText ?? '';
  const bodyTextLower = bodyText.toLowerCase();
  // capitalised words of body sentences, lower-cased: a line in capitals names what the body names
  const bodyWordsLower = new Set<string>();
  const titleCaseRange = (k: number) => input.ranges.some((r) => r.titleCase && r.first <= k && k <= r.last);
  for (let k = 1; k < tokens.length; k++) {
    if (!isCapitalised(tokens[k]) || atSentenceStart(tokens, k)) continue;
    capitalisedInside.add(tokens[k].text);
    if (!titleCaseRange(k)) {
      capitalisedInBody.add(tokens[k].text);
      bodyWordsLower.add(tokens[k].text.toLowerCase());
    }
  }
  const text = (a: number, b: number) => words(tokens, a, b);

  // ------------------------------------------------------------------ lookups over token ranges
  type Known = { type: EntityType; key: string; country?: string; sector?: string; kb?: string; place?: RawMention['place']; kind?: MentionKind };
  const lookup = (a: number, b: number): Known | null => lookupText(text(a, b), a === b);
  /** What the knowledge base knows a name as (`oneWord`: the name is a single token). */
  const lookupText = (s: string, oneWord: boolean): Known | null => {
    const actor = kb.actor(s, input.published);
    if (actor) {
      const code = actor.code.toUpperCase();
      const c = code.slice(0, 3);
      const isState = code.length === 3;
      return { type: isState ? 'GPE' : 'ORG', key: `actor:${code}`, country: c, sector: code.slice(3, 6) || undefined, kb: `actor:${code}`, place: isState ? 'unknown' : undefined };
    }
    const person = kb.person(s);
    if (person) return { type: 'PERSON', key: `person:${norm(person.name)}`, country: person.country, sector: person.sector, kb: `person:${norm(person.name).replace(/\s+/g, '-')}` };
    const org = kb.organization(s);
    if (org && (!oneWord || s.length > 1)) return { type: 'ORG', key: `org:${org.id}`, country: org.country, sector: org.sector, kb: `org:${org.id}` };
    const country = kb.countryByName(s);
    if (country) return { type: 'GPE', key: `country:${country.iso3}`, country: country.iso3, kb: country.kb, place: 'country' };
    const adm = kb.admin1(s);
    if (adm) return { type: 'GPE', key: `admin1:${adm.country}-${adm.code}`, country: adm.country, kb: `admin1:${adm.country}-${adm.code}`, place: 'admin1' };
    const seat = kb.seatOfPower(s);
    if (seat) return { type: 'GPE', key: `country:${seat[0]}`, country: seat[0], sector: seat[1], kb: `country:${seat[0]}`, kind: 'metonym' };
    const region = kb.region(s);
    if (region) return { type: 'LOC', key: `region:${region.id}`, country: region.country, kb: `region:${region.id}`, place: 'region' };
    const capital = kb.countryByCapital(s);
    if (capital) return { type: 'GPE', key: `capital:${capital.iso3}:${norm(s)}`, country: capital.iso3, place: 'capital' };
    const dem = kb.countryByDemonym(s);
    if (dem) return { type: 'NORP', key: `norp:${dem.iso3}`, country: dem.iso3, kb: `norp:${dem.iso3}` };
    if (oneWord && Object.prototype.hasOwnProperty.call(NORP_WORDS, norm(s))) return { type: 'NORP', key: `norp:${norm(s)}`, country: NORP_WORDS[norm(s)] };
    return null;
  };
  /** Longest known prefix of [a, b]: [end index, what]. */
  const knownPrefix = (a: number, b: number): [number, Known] | null => {
    for (let e = Math.min(b, a + 6); e >= a; e--) {
      if (tokens[e].text === '-' || tokens[e].text === 'of' || tokens[e].text === 'the') continue;
      const k = lookup(a, e);
      // "West Java", "West Africa": a direction that opens a longer name is part of it, not the region "the West"
      if (k && e === a && e < b && k.place === 'region' && (GROUP_DIRECTIONS.has(tokens[a].text.toLowerCase()) || tokens[a].text.toLowerCase() === 'central')) continue;
      if (k) return [e, k];
    }
    return null;
  };
  const countryIn = (a: number, b: number): string | undefined => {
    for (let x = a; x <= b; x++) {
      for (let e = Math.min(b, x + 4); e >= x; e--) {
        const k = lookup(x, e);
        if (k?.country && k.type !== 'ORG') return k.country;
        if (k?.country && k.country !== 'IGO' && k.country !== 'NGO') return k.country;
      }
      const places = kb.places(tokens[x].text);
      if (places.length && places[0].population > 500000) return kb.countryByIso2(places[0].country2)?.iso3;
    }
    return undefined;
  };
  const lowerHead = (k: number) => tokens[k].text.toLowerCase();
  /** The gazetteer's places by a name as written or in another transliteration ("al-Hilla" as "Hillah"). */
  const placesOf = (s: string) => {
    const direct = kb.places(s);
    if (direct.length) return direct;
    for (const v of placeSpellings(s)) {
      const found = kb.places(v);
      if (found.length) return found;
    }
    return direct;
  };
  const push = (m: Omit<RawMention, 'start' | 'end' | 'text' | 'kind'> & { kind?: MentionKind }) => {
    out.push({ ...span(m.first, m.last), text: text(m.first, m.last), kind: m.kind ?? 'name', ...m } as RawMention);
  };

  /** Whether the article reports sport (asked lazily: the teams are found first). */
  let sports: boolean | undefined;
  const sportsReport = (): boolean => (sports ??= isSportsReport(tokens, teams.size));

  // ------------------------------------------------------------------ one chunk
  let teams = new Set<string>();
  /** Chunks only the classifier could type, with the label it (or a rule revising it) gave and how much that counts. */
  const guesses: Array<{ first: number; last: number; sentStart: boolean; label: string; ruled: boolean; weight: number }> = [];
  // the classifier's answer per chunk: asked both when looking for teams and when typing the chunk
  const labels = new Map<string, { label: string; margin: number }>();
  const classifierAnswer = (a: number, b: number, sentStart: boolean, features: () => string[]): { label: string; margin: number } => {
    const k = `${a}:${b}:${sentStart}`;
    let answer = labels.get(k);
    if (answer === undefined) labels.set(k, (answer = input.classifier!(features())));
    return answer;
  };
  const classifierLabel = (a: number, b: number, sentStart: boolean, features: () => string[]): string => classifierAnswer(a, b, sentStart, features).label;
  /** A town, county or unknown name may be a team; a person, a country or a nationality may not. */
  const mayBeTeam = (a: number, b: number, sentStart: boolean, cue: TeamCue): boolean => {
    const k = lookup(a, b);
    // the United Kingdom's four nations field national sides, which stay their countries like any other ("Scotland players")
    if (k) return k.place === 'capital' || (k.place === 'admin1' && k.country !== 'GBR');
    if (kb.places(text(a, b)).length) return true;
    if (a === b && kb.personBySurname(text(a, b))) return false;
    // "Mike Fetters", "A. Smith": a given name or an initial first makes a person
    // (not in a table's row: the list of given names holds towns too, "Sheffield United")
    if (cue !== 'row' && b > a && (kb.isFirstName(tokens[a].text) || /^\p{Lu}\.$/u.test(tokens[a].text))) return false;
    if (cue !== 'plain') return true;
    // an unknown name of several words is a team only with a club's last word ("Queens Park Rangers")
    if (b > a && !TEAM_SUFFIXES.has(lowerHead(b))) return false;
    if (b > a) return true;
    if (!input.classifier) return false;
    return classifierLabel(a, b, sentStart, () => chunkFeatures(tokens, a, b, kb, sentStart)) !== 'PER';
  };
  const classify = (a: number, b: number, sentStart: boolean) => {
    // a naval task force or group goes by its number: "CTF 50", "Task Force 51", "Combined Task Force 150"
    const num = tokens[b + 1];
    if (num && num.sentence === tokens[b].sentence && num.start === tokens[b].end + 1 && /^\d{1,3}(?:\.\d{1,2})?$/.test(num.text) && TASK_FORCE.test(text(a, b))) {
      return push({ first: a, last: b + 1, type: 'ORG', key: `org:${norm(text(a, b + 1))}`, sector: 'MIL' });
    }
    // a numbered resolution is a law, and the body that adopted it, named before, is its own name:
    // "Resolution 2328", "UN Security Council Resolution 2254" (the chunker stops at the number)
    if (num && num.sentence === tokens[b].sentence && /^\d+$/.test(num.text) && NUMBERED_LAWS.has(lowerHead(b))) {
      if (b > a) classify(a, b - 1, sentStart);
      return push({ first: b, last: b + 1, type: 'LAW', key: `law:${norm(text(b, b + 1))}` });
    }
    // a law's head alone ("The Resolution demanded ...", "the Constitution") refers to a document, not a body
    if (a === b && LONE_LAWS.has(lowerHead(a))) return push({ first: a, last: b, type: 'LAW', key: `law:${norm(text(a, b))}` });
    // a law named head first: "the Law of Armed Conflict", "the Treaty of Lisbon"
    if (b > a + 1 && HEAD_FIRST_LAWS.has(lowerHead(a)) && (tokens[a + 1].text === 'of' || tokens[a + 1].text === 'on')) {
      return push({ first: a, last: b, type: 'LAW', key: `law:${norm(text(a, b))}` });
    }
    // a unit by its ordinal (joined by joinOrdinalUnits): "3rd Battalion", "U.S. 5th Fleet"
    if (b > a && UNIT_HEADS.has(lowerHead(b)) && [a, a + 1].some((y) => y < b && /^\d+(?:st|nd|rd|th)$/i.test(tokens[y].text))) {
      return push({ first: a, last: b, type: 'ORG', key: `org:${norm(text(a, b))}`, country: countryIn(a, a), sector: 'MIL' });
    }
    // a designation in brackets, a ship's hull number or a unit's number: "USS Mahan (DDG 72)", "HMS Ocean (L 12)"
    if (a === b && tokens[a - 1]?.text === '(' && /^\d+$/.test(tokens[a + 1]?.text ?? '') && tokens[a + 2]?.text === ')') return;
    // facility with a lower-case head right after: "Zvartnots airport", "North-South transport corridor"
    let fac = -1;
    let k = b + 1;
    if (k < tokens.length && tokens[k].sentence === tokens[b].sentence && FAC_MODIFIERS.has(tokens[k].text) && k + 1 < tokens.length && FAC_HEADS.has(tokens[k + 1].text)) k++;
    if (k < tokens.length && tokens[k].sentence === tokens[b].sentence && FAC_HEADS.has(tokens[k].text) && lookup(a, b)?.type !== 'NORP') fac = k;
    if (fac > 0) {
      push({ first: a, last: fac, type: 'FAC', key: `fac:${norm(text(a, fac))}`, country: countryIn(a, b), place: 'unknown' });
      return;
    }
    // a town or county the article uses as a team ("Leicestershire beat Somerset"), unless it puts us there
    const before = a > 0 && tokens[a - 1].sentence === tokens[a].sentence ? tokens[a - 1].text.toLowerCase() : '';
    if (teams.has(text(a, b)) && !LOCATIVE.has(before) && !opensDateline(b)) return push({ first: a, last: b, type: 'ORG', key: `team:${norm(text(a, b))}` });
    const whole = lookup(a, b);
    if (whole) {
      pushKnown(a, b, whole);
      return;
    }
    // a possessive after a known name is the name's, not part of one: "Britain's Foreign Office" (but "McDonald's Corp")
    for (let y = a + 1; y < b; y++) {
      if (/^['’]s$/.test(tokens[y].text) && lookup(a, y - 1)) {
        classify(a, y - 1, sentStart);
        classify(y + 1, b, false);
        return;
      }
    }
    // "Procter & Gamble", "Standard & Poor": two names joined by an ampersand are a firm
    for (let y = a + 1; y < b; y++) if (tokens[y].text === '&' && !lookup(a, y - 1)) return push({ first: a, last: b, ...classifyOrgLike(a, b) });
    // a place named with a known word: "Kansas City", "Mexico City", "Georgetown"; a small one where the sentence puts us ("in East Bank")
    if (b > a) {
      const places = kb.places(text(a, b));
      if (places.length && (places[0].population >= 10000 || LOCATIVE_STRICT.has(before))) return push({ first: a, last: b, type: 'GPE', key: `city:${norm(text(a, b))}`, place: 'city' });
    }
    // a lake, mountain or cape named head first: "Lake Lanier", "Mount Hood", "Cape Cod"
    // (but "the Gulf War" is an event, named after its gulf)
    if (b > a && LOC_PREFIXES.has(lowerHead(a)) && !EVENT_HEADS.has(lowerHead(b)) && looksLikePersonName(a + 1, b)) return push({ first: a, last: b, type: 'LOC', key: `loc:${norm(text(a, b))}`, country: countryIn(a + 1, b), place: 'unknown' });
    // "the European Union and NATO": two known names joined, not one name
    for (let y = a + 1; y < b; y++) {
      if ((tokens[y].text === 'and' || tokens[y].text === '&') && lookup(a, y - 1) && lookup(y + 1, b)) {
        classify(a, y - 1, sentStart);
        classify(y + 1, b, false);
        return;
      }
    }
    // demonym or country, then a title, then maybe "of ORG", then a person
    let x = a;
    let pre: [number, Known] | null = null;
    const kp = knownPrefix(a, b);
    if (kp && kp[0] < b && (kp[1].type === 'NORP' || kp[1].type === 'GPE') && isTitleWord(kp[0] + 1)) {
      pre = kp;
      x = kp[0] + 1;
    }
    const t = titleAt(x, b);
    if (t) {
      if (pre) pushKnown(a, pre[0], pre[1]);
      let y = t.last + 1;
      let ofKey: string | undefined;
      let ofCountry = pre?.[1].country;
      if (y <= b && tokens[y].text === 'of') {
        let z = y + 1;
        if (z <= b && tokens[z].text === 'the') z++;
        const split = splitOrgPerson(z, b);
        if (split.orgLast >= z) {
          const org = classifyOrgLike(z, split.orgLast);
          ofKey = org.key;
          ofCountry = org.country ?? ofCountry;
          push({ first: z, last: split.orgLast, ...org });
        }
        y = split.orgLast + 1;
      }
      const titleText = text(t.first, t.last);
      if (y <= b) {
        const honor = HONORIFICS.has(titleText.toLowerCase());
        push({
          first: y, last: b, type: 'PERSON', key: `person:${norm(text(y, b))}`, country: ofCountry, sector: sectorOfTitle(titleText),
          role: honor ? undefined : { title: titleText, evidence: span(pre ? a : t.first, t.last), ofKey, country: ofCountry },
        });
      } else if (!pre && t.first === a && ofKey) {
        // "Minister of Foreign Affairs" with no name: a title, not a name
      }
      return;
    }
    // an organisation, then a title, then a person: "Foreign Office Minister Tobias Ellwood", "Pentagon Press Secretary Peter Cook"
    if (!pre) {
      for (let y = a + 1; y < b; y++) {
        const t2 = TITLE_HEADS.has(lowerHead(y)) || (isTitleWord(y) && isTitleWord(y + 1)) ? titleAt(y, b) : null;
        if (t2 && t2.last < b && looksLikePersonName(t2.last + 1, b) && !isTitleWord(y - 1)) {
          // only a known name, an acronym or a name with an organisation's head is an organisation; a plain word is the
          // minister's portfolio: "Water Minister Hesham Farouk"
          const orgBefore = !!lookup(a, y - 1) || (a === y - 1 && isAcronym(tokens[a])) || headsOf(a, y - 1).some((h) => ORG_HEADS[h] !== undefined);
          if (!orgBefore) {
            // a town before the title is its own name ("Chicago Cardinal Joseph Bernardin"); any other word is the
            // portfolio, part of the title, and the person follows it
            const town = (kb.places(text(a, y - 1))[0]?.population ?? 0) >= TOWN_POPULATION;
            if (town) push({ first: a, last: y - 1, type: 'GPE', key: `city:${norm(text(a, y - 1))}`, place: 'city' });
            // a nationality or a state before the portfolio is its own name and the person's country: "Egyptian Water Minister"
            const state = !town && kp && kp[0] < y - 1 && (kp[1].type === 'NORP' || kp[1].type === 'GPE') ? kp : null;
            if (state) pushKnown(a, state[0], state[1]);
            const titleText = text(town ? y : state ? state[0] + 1 : a, t2.last);
            return push({
              first: t2.last + 1, last: b, type: 'PERSON', key: `person:${norm(text(t2.last + 1, b))}`, sector: sectorOfTitle(titleText), country: state?.[1].country,
              role: { title: titleText, evidence: span(town ? y : a, t2.last), country: state?.[1].country },
            });
          }
          classify(a, y - 1, sentStart);
          classify(y, b, false);
          return;
        }
      }
    }
    // ships: "HMS Daring", "USS Cole" (named short later: "Daring"), whatever words their names take ("HMS Ocean")
    if (b > a && SHIP_PREFIXES.has(tokens[a].text) && isCapitalised(tokens[a + 1])) {
      return push({ first: a, last: b, type: 'PRODUCT', key: `ship:${norm(text(a + 1, b))}` });
    }
    // "Operation Inherent Resolve", "Operation Steel Curtain": a military operation is an event, whatever its words
    if (b > a && tokens[a].text === 'Operation' && isCapitalised(tokens[a + 1])) return push({ first: a, last: b, type: 'EVENT', key: `event:${norm(text(a, b))}` });
    // a known body's title with no name after it: "Foreign Office Minister", "FCO Minister for the Middle East" name
    // the body (and the region of the portfolio), not an organisation called "... Minister"
    if (!pre) {
      for (let y = a + 1; y <= b; y++) {
        if (!TITLE_HEADS.has(lowerHead(y)) || isTitleWord(y - 1)) continue;
        const t3 = titleAt(y, b);
        const rest = t3 ? t3.last + 1 : -1;
        if (!t3 || (rest <= b && tokens[rest].text !== 'for' && tokens[rest].text !== 'of')) continue;
        if (!lookup(a, y - 1) && !(a === y - 1 && isAcronym(tokens[a]))) continue;
        classify(a, y - 1, sentStart);
        const z = rest + 1 + (tokens[rest + 1]?.text === 'the' ? 1 : 0);
        if (rest <= b && z <= b) classify(z, b, false);
        return;
      }
    }
    // organisations, laws, events, places by their head words
    const heads = [];
    for (let y = a; y <= b; y++) heads.push(lowerHead(y));
    const last = heads[heads.length - 1];
    // "the Book of Revelation", "the Black Book": a book is a work
    const book = heads.indexOf('book');
    if (b > a && book >= 0 && (book === heads.length - 1 || heads[book + 1] === 'of')) {
      // a people's or a country's book ("the Yazidi Black Book"): the group is its own name before the title
      let from = a;
      if (kp && kp[0] < a + book && (kp[1].type === 'NORP' || kp[1].type === 'GPE')) {
        pushKnown(a, kp[0], kp[1]);
        from = kp[0] + 1;
      }
      return push({ first: from, last: b, type: 'WORK', key: `work:${norm(text(from, b))}` });
    }
    if (LAW_HEADS.has(last) && b > a) return push({ first: a, last: b, type: 'LAW', key: `law:${norm(text(a, b))}`, country: countryIn(a, b - 1) });
    if (EVENT_HEADS.has(last) && b > a) return push({ first: a, last: b, type: 'EVENT', key: `event:${norm(text(a, b))}`, country: countryIn(a, b - 1) });
    // "Tiyas Military Airfield", "Central Naval Base": a facility head after words that only say whose it is names a site, not a body
    if (FAC_HEADS.has(last) && b > a && heads.slice(0, -1).every((h) => ORG_HEADS[h] === undefined || FAC_MODIFIERS.has(h))) {
      return push({ first: a, last: b, type: 'FAC', key: `fac:${norm(text(a, b))}`, country: countryIn(a, b - 1), place: 'unknown' });
    }
    // (a force needs a name: "Force protection is my priority" names nothing)
    if (heads.some((h, i) => ORG_HEADS[h] !== undefined && (i > 0 || (b === a && h !== 'force') || tokens[a + 1].text === 'of'))) {
      const org = classifyOrgLike(a, b);
      return push({ first: a, last: b, ...org });
    }
    if (FAC_HEADS.has(last) && b > a) return push({ first: a, last: b, type: 'FAC', key: `fac:${norm(text(a, b))}`, country: countryIn(a, b - 1), place: 'unknown' });
    if (LOC_HEADS.has(last) && b > a) return push({ first: a, last: b, type: 'LOC', key: `loc:${norm(text(a, b))}`, country: countryIn(a, b - 1), place: 'unknown' });
    // hyphenated groups: "Russian-Azerbaijani"
    if (b > a && heads.includes('-')) {
      const parts = text(a, b).split('-');
      // "the Syria-Iraq border", "UK-France co-operation": two countries side by side are each named, as each is placed
      if (parts.length > 1 && parts.every((p) => kb.countryByName(p))) {
        let from = a;
        for (let y = a; y <= b + 1; y++) {
          if (y <= b && tokens[y].text !== '-') continue;
          if (y > from) classify(from, y - 1, from === a && sentStart);
          from = y + 1;
        }
        return;
      }
      if (parts.every((p) => isGroupWord(p) || kb.countryByName(p))) {
        const allDem = parts.every((p) => isGroupWord(p));
        return push({ first: a, last: b, type: allDem ? 'NORP' : 'GPE', key: `group:${norm(text(a, b))}` });
      }
    }
    // nationalities and groups in a row are one group: "Bosnian Serbs", "Iraqi Kurdish", "West Indian", "Latin American"
    if (b > a && !heads.includes('-') && (isGroupWord(tokens[a].text) || GROUP_DIRECTIONS.has(heads[0])) && heads.slice(1).every((_, i) => isGroupWord(tokens[a + 1 + i].text))) {
      const dem = kb.countryByDemonym(tokens[b].text);
      return push({ first: a, last: b, type: 'NORP', key: `group:${norm(text(a, b))}`, country: dem?.iso3 });
    }
    // a town followed by a plural name is a team: "Kansas City Royals", "Chicago Bulls" (not "Armenia Armen Grigoryan")
    if (kp && kp[0] < b && kp[1].type === 'GPE' && kp[1].place !== 'country' && /[^s]s$/.test(tokens[b].text) && looksLikePersonName(kp[0] + 1, b)) {
      return push({ first: a, last: b, type: 'ORG', key: `team:${norm(text(a, b))}` });
    }
    // the same with a town the gazetteer knows only as a town: "Cleveland Indians", "Bradford Bulls"
    // (a town that is also a given name only in a sports report: "Cleveland Indians", not "Jackson Hughes")
    if (!kp && b > a && b - a <= 2 && /[^s]s$/.test(tokens[b].text) && (!kb.isFirstName(tokens[a].text) || sportsReport()) && (kb.places(text(a, b - 1))[0]?.population ?? 0) >= TEAM_TOWN_POPULATION && ORG_HEADS[lowerHead(b)] === undefined) {
      return push({ first: a, last: b, type: 'ORG', key: `team:${norm(text(a, b))}` });
    }
    // words that open clubs' names: "Dynamo Moscow", "Real Madrid", "Borussia Dortmund"
    if (b > a && b - a <= 2 && CLUB_PREFIXES.has(tokens[a].text) && isCapitalised(tokens[b])) {
      return push({ first: a, last: b, type: 'ORG', key: `team:${norm(text(a, b))}` });
    }
    // a known organisation or feature going on through "of" names a longer one ("Gulf of Aden", "Islamic State of Iraq"),
    // never a second name starting with "of"
    if (kp && kp[0] + 1 < b && tokens[kp[0] + 1].text === 'of' && (kp[1].type === 'ORG' || kp[1].type === 'LOC')) {
      return push({ first: a, last: b, type: kp[1].type, key: `${kp[1].type === 'ORG' ? 'org' : 'loc'}:${norm(text(a, b))}`, country: kp[1].country });
    }
    // a country's name that is also a given name, before a surname, is a person: "Jordan Henderson", "Chad Morris"
    if (kp && kp[0] === a && a < b && b - a <= 2 && kp[1].place === 'country' && kb.isFirstName(tokens[a].text) && looksLikePersonName(a + 1, b)) {
      return push({ first: a, last: b, type: 'PERSON', key: `person:${norm(text(a, b))}` });
    }
    // a known name followed by more names: split ("Armenia Armen Grigoryan")
    if (kp && kp[0] < b) {
      pushKnown(a, kp[0], kp[1]);
      classify(kp[0] + 1, b, false);
      return;
    }
    unknown(a, b, sentStart);
  };

  /**
   * A capital standing for its government: the subject of a verb ("Yerevan intends", "Moscow no
   * longer intends", "Yerevan is negotiating"), a possessor ("Baku's position"), or the party in
   * "talks with Minsk", "pressure on Kyiv"; in a locative phrase ("in Baku") it is a place.
   */
  const standsForGovernment = (a: number, b: number): boolean => {
    const same = (k: number) => k >= 0 && k < tokens.length && tokens[k].sentence === tokens[a].sentence;
    const prev = same(a - 1) ? tokens[a - 1].text.toLowerCase() : '';
    if (LOCATIVE_STRICT.has(prev)) return false;
    // "official Baku", "official Yerevan": the government by name
    if (prev === 'official') return true;
    // "the mayor of Yerevan", "the streets of Baku", "residents of Minsk": the town itself, and a verb after it is the noun's
    if (prev === 'of' && same(a - 2) && (CITY_OF_NOUNS.has(tokens[a - 2].text.toLowerCase()) || CITY_OF_NOUNS.has(tokens[a - 2].lemma.toLowerCase()))) return false;
    if (same(b + 1) && /^['’]s$/.test(tokens[b + 1].text)) return true;
    for (let k = b + 1; k <= b + 3 && same(k); k++) {
      const t = tokens[k];
      if (t.pos === 'VERB' || t.pos === 'AUX') return true;
      if (t.pos !== 'ADV' && t.pos !== 'PART' && !['no', 'not', 'also', 'still', 'now'].includes(t.text.toLowerCase())) break;
    }
    // "Moscow, for its part, believes", "Baku, however, insists": an adverbial between commas, then the verb
    if (same(b + 1) && tokens[b + 1].text === ',') {
      let k = b + 2;
      while (k <= b + 6 && same(k) && tokens[k].text !== ',') k++;
      const first = tokens[b + 2];
      const adverbial = k > b + 2 && (first.pos === 'ADV' || (first.pos === 'ADP' && first.text.toLowerCase() !== 'of'));
      // (a present form before "that" may be tagged as a noun: "Baku, in turn, claims that")
      const verb = same(k + 1) && (tokens[k + 1].pos === 'VERB' || tokens[k + 1].pos === 'AUX' || (/[^s]s$/.test(tokens[k + 1].text) && same(k + 2) && tokens[k + 2].text.toLowerCase() === 'that'));
      if (adverbial && tokens[k].text === ',' && verb) return true;
    }
    if (!same(a - 2)) return false;
    const head = tokens[a - 2].pos;
    // "a threat to Yerevan", "a letter to Moscow" (but "came to Baku" is travel)
    if (prev === 'to') return head === 'NOUN';
    return ['with', 'against', 'on', 'toward', 'towards', 'from', 'of'].includes(prev) && (head === 'NOUN' || head === 'VERB');
  };
  const pushKnown = (a: number, b: number, k: Known) => {
    let kind: MentionKind = k.kind ?? 'name';
    if (k.place === 'capital' && standsForGovernment(a, b)) kind = 'metonym';
    // "Brussels warned": a capital that stands for an organisation seated there rather than its country
    const seated = kind === 'metonym' && k.place === 'capital' ? kb.organizationSeatedIn(text(a, b)) : undefined;
    if (seated) {
      push({ first: a, last: b, type: 'ORG', key: `org:${seated.id}`, country: seated.country, sector: seated.sector, kb: `org:${seated.id}`, kind });
    } else if (kind === 'metonym' && k.country) {
      push({ first: a, last: b, type: 'GPE', key: `country:${k.country}`, country: k.country, sector: k.sector, kb: `country:${k.country}`, kind, place: 'country' });
    } else push({ first: a, last: b, type: k.type, key: k.key, country: k.country, sector: k.sector, kb: k.kb, place: k.place, kind });
  };

  const classifyOrgLike = (a: number, b: number): { type: EntityType; key: string; country?: string; sector?: string; kb?: string } => {
    const k = lookup(a, b);
    if (k) return { type: k.type, key: k.key, country: k.country, sector: k.sector, kb: k.kb };
    let sector: string | undefined;
    // the head is the last head word before "of" ("Security Council of the Russian Federation")
    let headEnd = b;
    for (let y = a; y <= b; y++) if (tokens[y].text === 'of') {
      headEnd = y - 1;
      break;
    }
    for (let y = headEnd; y >= a; y--) {
      const s = ORG_HEADS[lowerHead(y)];
      if (s) {
        sector = s;
        break;
      }
    }
    const lowerAll = text(a, b).toLowerCase();
    if (/\b(defen[cs]e|armed forces|army|navy|military)\b/.test(lowerAll)) sector = 'MIL';
    return { type: 'ORG', key: `org:${norm(text(a, b).replace(/^the /i, ''))}`, country: countryIn(a, b), sector: sector === 'IGO' && !countryIn(a, b) ? 'IGO' : sector };
  };

  const headsOf = (a: number, b: number): string[] => {
    const out: string[] = [];
    for (let y = a; y <= b; y++) out.push(lowerHead(y));
    return out;
  };
  const isTitleWord = (k: number) => TITLE_WORDS.has(lowerHead(k)) && lowerHead(k) !== 'of';
  /** A title starting at x: title words containing a head; "of" continues only into "Secretary of State". */
  const titleAt = (x: number, b: number): { first: number; last: number } | null => {
    let y = x;
    let head = -1;
    while (y <= b && isTitleWord(y)) {
      if (TITLE_HEADS.has(lowerHead(y))) head = y;
      y++;
    }
    if (head < 0) return null;
    // "Secretary of State", "Minister of Foreign Affairs": a title continues through "of" + title words
    let last = y - 1;
    while (last + 2 <= b && tokens[last + 1].text === 'of' && isTitleWord(last + 2) && !lookup(last + 2, last + 2)) {
      let z = last + 2;
      while (z + 1 <= b && isTitleWord(z + 1)) z++;
      last = z;
    }
    // the words after the title must not all be title words or an organisation head (then it is a name like "Security Council")
    if (last < b && ORG_HEADS[lowerHead(last + 1)] !== undefined) return null;
    return { first: x, last };
  };

  /** After "Title of": where the organisation ends and the person's name begins. */
  const splitOrgPerson = (z: number, b: number): { orgLast: number } => {
    // the organisation ends at a known place/organisation followed by 1-4 unknown capitalised words
    for (let e = b - 1; e >= z; e--) {
      const rest = b - e;
      if (rest > 4) break;
      const endsKnown = knownSuffix(z, e);
      if (endsKnown && looksLikePersonName(e + 1, b)) return { orgLast: e };
    }
    return { orgLast: looksLikePersonName(z, b) && !lookup(z, b) && !Object.keys(ORG_HEADS).some((h) => text(z, b).toLowerCase().split(/\s+/).includes(h)) ? z - 1 : b };
  };
  const knownSuffix = (z: number, e: number): boolean => {
    for (let s = e; s >= z && e - s < 5; s--) if (lookup(s, e)) return true;
    return ORG_HEADS[lowerHead(e)] !== undefined;
  };
  const looksLikePersonName = (a: number, b: number): boolean => {
    if (b < a || b - a > 3) return false;
    for (let y = a; y <= b; y++) {
      const w = lowerHead(y);
      if (!isCapitalised(tokens[y]) || ORG_HEADS[w] !== undefined || w === 'of' || lookup(y, y)) return false;
    }
    return true;
  };

  const isHeadWord = (w: string): boolean => ORG_HEADS[w] !== undefined || EVENT_HEADS.has(w) || LAW_HEADS.has(w) || LOC_HEADS.has(w) || w === 'grand';
  /** A nationality or a group: "Serbs", "Kurdish", "Latin". */
  const isGroupWord = (w: string): boolean => !!kb.countryByDemonym(w) || Object.prototype.hasOwnProperty.call(NORP_WORDS, norm(w));
  /** "Mike Fetters", "A. Dale": a given name or an initial, then one to three surname words that name nothing else. */
  const personShaped = (a: number, b: number): boolean => {
    if (b === a || b - a > 3 || !(kb.isFirstName(tokens[a].text) || /^\p{Lu}\.$/u.test(tokens[a].text))) return false;
    for (let y = a; y <= b; y++) {
      const w = lowerHead(y);
      if (ORG_HEADS[w] !== undefined || LOC_HEADS.has(w) || FAC_HEADS.has(w) || EVENT_HEADS.has(w) || LAW_HEADS.has(w) || (y > a && lookup(y, y))) return false;
    }
    return true;
  };
  /**
   * "Haider al-Abadi", "Bassel al-Assad": one to three plain capitalised words, then "al-" and a surname that is a
   * nisba ("al-Baghdadi", "al-Mazidi") or a known person's. Groups ("Jabhat al-Nusra", "Ahrar al-Sham") and places
   * ("Ras al-Ain", "Deir al-Zor") end in other words.
   */
  const arabicPersonName = (a: number, b: number): boolean => {
    if (b - a < 3 || b - a > 5 || tokens[b - 1].text !== '-' || !/^(?:al|el)$/i.test(tokens[b - 2].text) || tokens[b].space || tokens[b - 1].space) return false;
    for (let y = a; y < b - 2; y++) {
      const w = lowerHead(y);
      if (!isCapitalised(tokens[y]) || isHeadWord(w) || FAC_HEADS.has(w) || LOC_PREFIXES.has(w) || lookup(y, y)) return false;
    }
    const surname = tokens[b].text;
    return (/\p{Ll}i$/u.test(surname) && surname.length > 4) || !!kb.personBySurname(surname);
  };
  /** "Dilnoza Rakhimova, an analyst at ...", "Jan Novak, who ...": two or three plain capitalised words that an apposition describes as a person. */
  const describedAsPerson = (a: number, b: number): boolean => {
    if (b === a || b - a > 2 || tokens[b + 1]?.text !== ',' || tokens[b + 1].sentence !== tokens[b].sentence) return false;
    for (let y = a; y <= b; y++) {
      const w = lowerHead(y);
      if (!isCapitalised(tokens[y]) || ORG_HEADS[w] !== undefined || LOC_HEADS.has(w) || FAC_HEADS.has(w) || lookup(y, y)) return false;
    }
    const next = tokens[b + 2]?.text.toLowerCase();
    if (next === 'who') return true;
    if (next !== 'a' && next !== 'an' && next !== 'the') return false;
    for (let y = b + 3; y <= b + 5 && y < tokens.length && tokens[y].sentence === tokens[b].sentence; y++) {
      const w = tokens[y].text.toLowerCase();
      if (TITLE_HEADS.has(w) || PERSON_NOUNS.has(w)) return true;
      if (tokens[y].pos === 'ADP' || tokens[y].pos === 'PUNCT') break;
    }
    return false;
  };
  /**
   * Results and scorecards: an athlete with a country in brackets ("Rose Kiprop ( Kenya ) 15:05"), a scorer with
   * the minute ("Tom Hale ( 13th )"), a batsman caught or bowled by a fielder ("c Smith b Jones"). A place or a club
   * of one word keeps its reading ("Benfica ( Portugal )").
   */
  const inPersonSlot = (a: number, b: number, label: string): boolean => {
    const same = (k: number) => k >= 0 && k < tokens.length && tokens[k].sentence === tokens[a].sentence;
    const before = same(a - 1) ? tokens[a - 1].text : '';
    // a cricket scorecard's fielder and bowler: "c Healy b Fleming", "st Moin Khan", "lbw b Gough"
    if ((/^(?:b|c|st)$/.test(before) && same(a - 2) && !/^\p{Ll}{2,}$/u.test(tokens[a - 2].text)) || (before === 'b' && tokens[a - 2]?.text === 'lbw')) return true;
    if (!same(b + 3) || tokens[b + 1].text !== '(' || tokens[b + 3].text !== ')') {
      // a country of several words in brackets: "( New Zealand )", "( Czech Republic )"
      if (!(same(b + 4) && tokens[b + 1].text === '(' && tokens[b + 4].text === ')' && lookup(b + 2, b + 3)?.type === 'GPE')) return false;
    } else {
      const inside = tokens[b + 2].text;
      if (/^\d+(?:st|nd|rd|th)$/.test(inside)) return true;
      if (!lookup(b + 2, b + 2) || lookup(b + 2, b + 2)!.type !== 'GPE') return false;
    }
    // with a country: a person of two or three words; one word only when the model already took it for a person-like guess
    return (b > a && b - a <= 3 && !lookup(a, b) && kb.places(text(a, b)).length === 0 && headsOf(a, b).every((h) => ORG_HEADS[h] === undefined)) || (a === b && (label === 'MISC' || label === 'O'));
  };
  /** "Cofinec, the first foreign company to list ...", "Tanjug, the official news agency": an apposition calling the name a body. */
  const describedAsOrg = (a: number, b: number): boolean => {
    const same = (k: number) => k < tokens.length && tokens[k].sentence === tokens[b].sentence;
    if (!same(b + 2) || tokens[b + 1].text !== ',' || !['a', 'an', 'the'].includes(tokens[b + 2].text.toLowerCase())) return false;
    for (let y = b + 3; y <= b + 6 && same(y); y++) {
      const w = tokens[y].text.toLowerCase();
      if (ORG_DESCRIPTORS.has(w)) return true;
      if (tokens[y].pos === 'ADP' || tokens[y].pos === 'PUNCT' || TITLE_HEADS.has(w) || PERSON_NOUNS.has(w)) break;
    }
    return false;
  };
  /**
   * Where the gazetteers and the context know better than the model trained on WikiGold (small, and
   * Wikipedia's prose rather than news): the model's label for chunk [a, b], revised.
   */
  const reviseLabel = (label: string, a: number, b: number, before: string): string => {
    const s = text(a, b);
    const after = b + 1 < tokens.length && tokens[b + 1].sentence === tokens[b].sentence ? tokens[b + 1].text.toLowerCase() : '';
    // "the Cristo Redentor pass", "the Salang tunnel": a name before the kind of feature it names is that place
    if (before.toLowerCase() === 'the' && (LOC_HEADS.has(after) || FAC_HEADS.has(after))) return 'LOC';
    // "Idlib province", "Al-Raqqa province", "the Tigris river": a name before a lower-case word for a region
    if (label !== 'LOC' && REGION_AFTER.has(after) && tokens[b + 1].text === after) return 'LOC';
    // "the Asad regime", "the Maduro dictatorship": one name before its regime is the ruler (not "the Nationalist regime")
    if (label !== 'PER' && a === b && (after === 'regime' || after === 'dictatorship') && !isGroupWord(s) && !isAcronym(tokens[a]) && !/ist$/.test(s)) return 'PER';
    // in a sports report, "the" and a plural name is a side: "beat the Mets", "the Springboks held on"
    if (label !== 'ORG' && a === b && before === 'the' && /\p{Ll}[^s]s$/u.test(tokens[a].text) && !isGroupWord(tokens[a].text) && sportsReport()) return 'ORG';
    // right after a title or a word for a person: "rebel leader Massoud Barzani", "said analyst Paula Buratti"
    // (not the nouns firms and members share with people: "state engineer Comelf", "fellow KNP member")
    if (label !== 'PER' && b - a <= 3 && (TITLE_HEADS.has(before) || (PERSON_NOUNS.has(before) && !FIRM_OR_PERSON.has(before))) && looksLikePersonName(a, b) && !isAcronym(tokens[a]) && kb.places(text(a, b)).length === 0) return 'PER';
    // the shapes of results and scorecards that only people take
    if (label !== 'PER' && inPersonSlot(a, b, label)) return 'PER';
    // "telecoms group Ericsson", "Pirelli shares", "Cofinec, the packaging company": what the article calls it
    if (label !== 'ORG' && !personShaped(a, b) && (ORG_DESCRIPTORS.has(before) || describedAsOrg(a, b))) return 'ORG';
    // "West Java", "North Kivu", "South Darfur": a compass word opening a name makes it a region, not a person
    if (label === 'PER' && b > a && /^(?:north|south|east|west|central|(?:north|south)?(?:east|west)ern|northern|southern)$/i.test(tokens[a].text)) return 'LOC';
    // a town the sentence puts us in is a place whatever the words suggest: "schools in Oxford", "a crash near Vicksburg"
    if (label !== 'LOC' && placeContext(a, b, before)) return 'LOC';
    // a town of some size is a place unless the article uses it as a team (found before) or it reads as an acronym
    if (label === 'ORG' && !isAcronym(tokens[a]) && (kb.places(s)[0]?.population ?? 0) >= TOWN_POPULATION) return 'LOC';
    // "Bassel al-Assad", "Badran Turki Hishan al-Mazidi": given names, then an Arabic surname with its article
    if ((label === 'O' || label === 'MISC' || label === 'ORG') && arabicPersonName(a, b)) return 'PER';
    // a given name or an initial before a surname is a person: "Rose Cheruiyot", "A. Dale"
    if ((label === 'O' || label === 'MISC' || label === 'ORG') && (personShaped(a, b) || describedAsPerson(a, b))) return 'PER';
    // a name that has a spokesman, a chairman or shares is an organisation: "Ericsson spokesman Per Zetterquist", "Interfax news agency"
    if ((label === 'O' || label === 'MISC') && ORG_CONTEXT_AFTER.has(after)) return 'ORG';
    const afterPossessive = /^['’]s$/.test(after) && b + 2 < tokens.length && tokens[b + 2].sentence === tokens[b].sentence ? tokens[b + 2].text.toLowerCase() : after;
    // (a town's "stock market" or "stock exchange" is the town's)
    const market = afterPossessive === 'stock' && /^(?:market|exchange)s?$/i.test(tokens[b + (after === afterPossessive ? 2 : 3)]?.text ?? '');
    if (label !== 'ORG' && BUSINESS_AFTER.has(afterPossessive) && !market && !personShaped(a, b)) return 'ORG';
    // "Interfax news agency", "Xinhua news service"
    if (label !== 'ORG' && after === 'news' && /^(?:agency|service|network|channel)$/i.test(tokens[b + 2]?.text ?? '')) return 'ORG';
    // a town does not speak: "..., Cook said." is a person (cities standing for governments are known capitals, placed before)
    if (label === 'LOC' && SAY_AFTER.has(after) && !LOCATIVE.has(before) && (kb.places(s)[0]?.population ?? 0) < 100000 && !kb.admin1(s)) return a === b || personShaped(a, b) ? 'PER' : label;
    // after "near", "outside", "around" a name the model takes for a person is a place: "near Ayn Isa", "outside Al Huwayjah"
    // ("Al" there is the Arabic article, not a given name: "near Al Huwayjah")
    if ((label === 'PER' || label === 'O') && NEAR.has(before) && !/^['’]s$/.test(after) && (!personShaped(a, b) || /^(?:Al|El|Ad|As|Ar|An)$/.test(tokens[a].text))) return 'LOC';
    return label;
  };
  /**
   * Whether the sentence puts a place at [a, b] whatever its words suggest: a known town after "in", "at", "near"
   * ("schools in Oxford"), the "of" of a noun for a place ("the village of Mahala", "a native of Al-Qa'im", whatever
   * given name the first word reads as), an item of a list that a locative opens ("in Qamenas, Sarmin and Talamenes").
   */
  const placeContext = (a: number, b: number, before: string): boolean => {
    if (LOCATIVE_STRICT.has(before) && placesOf(text(a, b)).length > 0) return true;
    if (before === 'of' && a >= 2 && PLACE_OF_NOUNS.has(tokens[a - 2].text.toLowerCase())) return true;
    const after = b + 1 < tokens.length && tokens[b + 1].sentence === tokens[b].sentence ? tokens[b + 1].text.toLowerCase() : '';
    return !SAY_AFTER.has(after) && !personShaped(a, b) && inLocativeList(tokens, a, b);
  };
  const DIRECTIONS = new Set(['eastern', 'western', 'northern', 'southern', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower']);
  const unknown = (a: number, b: number, sentStart: boolean) => {
    const s = text(a, b);
    const before = a > 0 && tokens[a - 1].sentence === tokens[a].sentence ? tokens[a - 1].text : '';
    // "eastern Ghouta", "northern Rakhine": a region
    if (DIRECTIONS.has(before)) {
      push({ first: a, last: b, type: 'LOC', key: `loc:${norm(s)}`, place: 'unknown' });
      return;
    }
    // "God", "Allah": a person, whatever town the gazetteer spells alike
    if (a === b && DEITIES.has(s)) return push({ first: a, last: b, type: 'PERSON', key: `person:${norm(s)}` });
    // "Air Astana", "Air Zimbabwe": airlines
    if (b > a && tokens[a].text === 'Air') {
      push({ first: a, last: b, type: 'ORG', key: `org:${norm(s)}`, sector: 'BUS', country: countryIn(a + 1, b) });
      return;
    }
    if (a === b && /^\p{Lu}{4,}$/u.test(s) && kb.places(s).length && (sentStart || tokens[a + 1]?.text === ',')) {
      // a dateline in capitals: "TORRINGTON — ..."
      push({ first: a, last: b, type: 'GPE', key: `city:${norm(s)}`, place: 'city' });
      return;
    }
    // a dateline in capitals opening a sentence of ordinary text, known or not: "FALLS VILLAGE — The board ..."
    if (sentStart && /^\p{Lu}{3,}$/u.test(tokens[b].text) && /^[—–-]$/.test(tokens[b + 1]?.text ?? '') && tokens[b + 1].sentence === tokens[b].sentence && /^\p{Lu}\p{Ll}/u.test(tokens[b + 2]?.text ?? '')) {
      push({ first: a, last: b, type: 'GPE', key: `city:${norm(s)}`, place: 'city' });
      return;
    }
    // a sentence-opening plural common noun ("Insurgents bombarded ...") is not a name
    if (a === b && sentStart && !capitalisedInside.has(s) && tokens[a].lemma && tokens[a].lemma + 's' === s.toLowerCase()) return;
    // a single letter ("N / A") or an acronym of a common thing ("GDP", "EDT", "IEDs") names nobody
    if (a === b && (/^\p{Lu}\.?$/u.test(s) || COMMON_ACRONYMS.has(s.replace(/s$/, '')))) return;
    if (a === b && EVENT_HEADS.has(s.toLowerCase()) && /s$/.test(s)) return push({ first: a, last: b, type: 'EVENT', key: `event:${norm(s)}` });
    // the surname of a well-known person ("Obama", "Erdogan"), unless it is a place the sentence puts us in
    const known = a === b ? kb.personBySurname(s) : undefined;
    if (known && !LOCATIVE_STRICT.has(before.toLowerCase())) {
      return push({ first: a, last: b, type: 'PERSON', key: `name:${norm(s)}`, country: known.country, sector: known.sector });
    }
    if (input.classifier || input.record) {
      const features = chunkFeatures(tokens, a, b, kb, sentStart);
      input.record?.(features, a, b);
      if (input.classifier) {
        const answer = classifierAnswer(a, b, sentStart, () => features);
        let label = reviseLabel(answer.label, a, b, before.toLowerCase());
        // the model's MISC for a name that is no nationality or event would make it the title of a work, which news
        // rarely names outside quotation marks; trained on Wikipedia, the model says MISC for many a club or firm it
        // cannot place, so leave the words out unless the article names them elsewhere ("the film " Soul Alone "" stays)
        // (a firm's word shape still makes a firm: "Eximbank", "Gazprom")
        if (label === 'MISC' && answer.label === 'MISC' && miscType(a, b) === 'WORK' && !quoted(a, b)) label = a === b && ORG_WORD_SHAPE.test(s) && s.length > 5 ? 'ORG' : 'O';
        // one word capitalised only by its place (a sentence opener, a title-case line) that the model hardly takes for a
        // name is a common word: "Officials said ...", "... to Raise Trade"
        if (a === b && sentStart && label === answer.label && label !== 'PER' && answer.margin < UNSURE_MARGIN) return push({ first: a, last: b, type: 'PERSON', key: `drop:${norm(s)}` });
        // typed once the whole article is read: the same name reads the same way throughout
        // (a place the context names outvotes the model's other guesses for the same words, as a revision would)
        const ruled = label !== answer.label || (label === 'LOC' && placeContext(a, b, before.toLowerCase()));
        guesses.push({ first: a, last: b, sentStart, label, ruled, weight: ruled ? RULE_VOTE : Math.min(answer.margin, MAX_MODEL_VOTE) });
        return;
      }
    }
    if (a === b) {
      const tk = tokens[a];
      if (isAcronym(tk) && tk.text.length <= 6 && !/\./.test(tk.text.slice(-1))) {
        push({ first: a, last: b, type: 'ORG', key: `org:${norm(s)}` });
        return;
      }
      const prev = a > 0 && tokens[a - 1].sentence === tk.sentence ? tokens[a - 1].text.toLowerCase() : '';
      // word shapes of organisations: "Eximbank", "Gazprom", "Rosneft"
      if (ORG_WORD_SHAPE.test(s) && s.length > 5) {
        push({ first: a, last: b, type: 'ORG', key: `org:${norm(s)}` });
        return;
      }
      const places = placesOf(s);
      if (places.length && (LOCATIVE.has(prev) || places[0].population >= 100000)) {
        push({ first: a, last: b, type: 'GPE', key: `city:${norm(s)}`, place: 'city' });
        return;
      }
      if (sentStart && !capitalisedInside.has(tk.text)) {
        // a capitalised word opening a sentence is a name when it acts as one: the subject of a verb
        const next = tokens[a + 1];
        const after = tokens[a + 2];
        const sameSentence = (t: Token | undefined) => t !== undefined && t.sentence === tk.sentence;
        const subjectOfVerb = sameSentence(next) && (next.pos === 'VERB' || next.pos === 'AUX') && !(sameSentence(after) && after.pos === 'VERB' && next.pos === 'VERB');
        if (tk.pos !== 'PROPN' || !subjectOfVerb) return;
      }
      push({ first: a, last: b, type: 'PERSON', key: `name:${norm(s)}` });
      return;
    }
    const places = placesOf(s);
    if (places.length && (places[0].population >= 20000 || LOCATIVE.has(before.toLowerCase()))) {
      push({ first: a, last: b, type: 'GPE', key: `city:${norm(s)}`, place: 'city' });
      return;
    }
    if (b - a <= 3) push({ first: a, last: b, type: 'PERSON', key: `person:${norm(s)}` });
    else push({ first: a, last: b, type: 'ORG', key: `org:${norm(s)}` });
  };

  /** Whether the name ending at `b` is a dateline's place: "NEW YORK 1996-08-30", "WIGAN , England 1996-08-31". */
  const opensDateline = (b: number): boolean => {
    const isDate = (k: number) => k < tokens.length && tokens[k].sentence === tokens[b].sentence && /^\d{4}-\d\d-\d\d$/.test(tokens[k].text);
    if (isDate(b + 1)) return true;
    if (tokens[b + 1]?.text !== ',') return false;
    for (let k = b + 2; k <= b + 5 && k < tokens.length && tokens[k].sentence === tokens[b].sentence; k++) {
      if (isDate(k)) return true;
      if (!isCapitalised(tokens[k])) return false;
    }
    return false;
  };
  /** Whether [a, b] stands alone between quotation marks. */
  const quoted = (a: number, b: number): boolean => a > 0 && b + 1 < tokens.length && /^["“‘']$/.test(tokens[a - 1].text) && /^["”’']$/.test(tokens[b + 1].text);
  /** MISC: nationalities and groups, events, or works and products. */
  const miscType = (a: number, b: number): EntityType => {
    const s = text(a, b);
    // ships ("HMS Daring", "USS Cole") are vehicles; "Operation Desert Storm" is an event
    if (b > a && SHIP_PREFIXES.has(tokens[a].text)) return 'PRODUCT';
    if (b > a && tokens[a].text === 'Operation') return 'EVENT';
    return a === b && (isGroupWord(s) || /(?:an|ese|ish|ic|i)s?$/.test(s)) ? 'NORP' : /\d|\b(?:Cup|Open|Games|Championships?|League|Tour|War|Olympics|Day|Series|Slam|Prix|Final|Bowl|March|Marathon|Rally)\b/.test(s) ? 'EVENT' : 'WORK';
  };
  /** Pushes chunk [a, b] as the type the classifier (or a rule revising it) settled on. */
  const pushGuess = (a: number, b: number, sentStart: boolean, label: string) => {
    const s = text(a, b);
    // not a name, unless it turns out to be the surname of someone the article names in full
    if (label === 'O') return push({ first: a, last: b, type: 'PERSON', key: `drop:${norm(s)}` });
    if (label === 'PER') return push({ first: a, last: b, type: 'PERSON', key: a === b ? `name:${norm(s)}` : `person:${norm(s)}` });
    if (label === 'ORG') return push({ first: a, last: b, type: 'ORG', key: `org:${norm(s)}`, country: countryIn(a, b) });
    if (label === 'LOC') {
      const isPlace = kb.places(s).length > 0;
      return push({ first: a, last: b, type: isPlace ? 'GPE' : 'LOC', key: `${isPlace ? 'city' : 'loc'}:${norm(s)}`, place: isPlace ? 'city' : 'unknown' });
    }
    const misc = miscType(a, b);
    // one capitalised word opening a sentence or a field ("Attendance : 9,000", "Death is natural") is rarely a title
    if (misc === 'WORK' && a === b && (sentStart || tokens[b + 1]?.text === ':')) return push({ first: a, last: b, type: 'PERSON', key: `drop:${norm(s)}` });
    return push({ first: a, last: b, type: misc, key: `misc:${norm(s)}` });
  };
  /**
   * One name, one type per article: the guesses for the same words vote, each with the model's
   * margin, or a fixed weight where a rule read the context ("news agency Interfax"), and every
   * mention the model alone typed takes the winner ("Interfax said", "Interfax quoted").
   */
  const settleGuesses = () => {
    const votes = new Map<string, Map<string, number>>();
    // "not a name" does not vote: such a mention stays out unless the article names the words elsewhere
    for (const g of guesses) {
      if (g.label === 'O') continue;
      const k = norm(text(g.first, g.last));
      const v = votes.get(k) ?? new Map<string, number>();
      v.set(g.label, (v.get(g.label) ?? 0) + g.weight);
      votes.set(k, v);
    }
    for (const g of guesses) {
      const v = votes.get(norm(text(g.first, g.last)));
      // a rule read this mention's own context ("schools in Nelson"): it keeps its reading, and only lends it to the rest
      if (!v || g.label === 'O' || g.ruled) {
        pushGuess(g.first, g.last, g.sentStart, g.label);
        continue;
      }
      let best = g.label;
      for (const [label, w] of v) if (w > v.get(best)!) best = label;
      pushGuess(g.first, g.last, g.sentStart, best);
    }
  };

  /**
   * A company named in full with its legal suffix is named short elsewhere: "Magna International Inc"
   * then "Magna", "Cofinec S.A." then "Cofinec"; so is a ship without its prefix. Guessed mentions of a short form join the company,
   * unless the words are a person's surname in the same article.
   */
  /**
   * "Syrian Democratic Forces (SDF)", "UN Commission of Inquiry (CoI)": an acronym in brackets right after a name whose
   * initials it spells is that name, there and wherever the article uses it alone.
   */
  const linkBracketedAcronyms = () => {
    const byStart = new Map(out.map((m) => [m.first, m]));
    const full = new Map<string, RawMention>();
    for (const m of out) {
      const n = byStart.get(m.last + 2);
      if (!n || n.first !== n.last || tokens[m.last + 1]?.text !== '(' || tokens[n.last + 1]?.text !== ')') continue;
      const letters = n.text.replace(/[^\p{Lu}]/gu, '');
      if (letters.length < 2 || !/^\p{Lu}[\p{L}-]*$/u.test(n.text)) continue;
      let initials = '';
      for (let y = m.first; y <= m.last; y++) if (isCapitalised(tokens[y])) initials += tokens[y].text.replace(/^(?:al|el)-/i, '')[0];
      if (!spells(letters, initials) || m.key.startsWith('drop:')) continue;
      full.set(n.text, m);
    }
    for (const m of out) {
      const long = full.get(m.text);
      if (!long || long === m || (m.kb && m.kb !== long.kb)) continue;
      Object.assign(m, { type: long.type, key: long.key, country: long.country ?? m.country, sector: long.sector ?? m.sector, kb: long.kb, place: long.place });
    }
  };
  const linkShortNames = () => {
    const surnames = new Set(out.filter((m) => m.type === 'PERSON' && m.last > m.first).map((m) => tokens[m.last].text));
    const shortForms = new Map<string, RawMention>();
    for (const m of out) {
      // a ship by its name without the prefix: "FS Forbin" then "Forbin"
      if (m.key.startsWith('ship:')) {
        const name = text(m.first + 1, m.last);
        if (!surnames.has(name) && !shortForms.has(name)) shortForms.set(name, m);
        continue;
      }
      if (m.type !== 'ORG' || m.last === m.first) continue;
      let end = m.last;
      while (end > m.first && LEGAL_SUFFIXES.has(lowerHead(end))) end--;
      if (end === m.last) continue;
      const forms = [text(m.first, end)];
      const firstWord = tokens[m.first].text;
      if (end > m.first && !isHeadWord(firstWord.toLowerCase()) && !GENERIC_NAME_WORDS.has(firstWord.toLowerCase()) && !TITLE_WORDS.has(firstWord.toLowerCase()) && !lookup(m.first, m.first) && !kb.isFirstName(firstWord) && !/^['’&-]|^\p{Lu}\.?$/u.test(firstWord)) forms.push(firstWord);
      for (const f of forms) if (!surnames.has(f) && !shortForms.has(f)) shortForms.set(f, m);
    }
    if (!shortForms.size) return;
    for (const m of out) {
      const full = shortForms.get(m.text);
      if (!full || full === m || m.kb || !/^(?:name|person|drop|misc|loc|org|city):/.test(m.key)) continue;
      // "a plant in Wuxi" after "Wuxi Cable Co": where the sentence puts us, the town
      if (m.place && m.first > 0 && tokens[m.first - 1].sentence === tokens[m.first].sentence && LOCATIVE.has(tokens[m.first - 1].text.toLowerCase())) continue;
      Object.assign(m, { type: full.type, key: full.key, country: full.country ?? m.country, sector: full.sector, place: undefined });
    }
  };

  // ------------------------------------------------------------------ names over two places
  const isPlace = (a: number, b: number) => kb.places(text(a, b)).length > 0 || ['GPE', 'LOC'].includes(lookup(a, b)?.type ?? '');
  /**
   * "Islamic State of Iraq and the Levant", "United Kingdom of Great Britain and Northern Ireland": a
   * head "of" a place, then "and (the)" another place, is one name over both places. The chunker
   * stops at "and" since it cannot tell places from a second name ("Bank of England and the Treasury").
   */
  const joinPlacePairs = (list: Array<Chunk & { sentStart: boolean }>) => {
    for (let i = 0; i + 1 < list.length; i++) {
      const [c, d] = [list[i], list[i + 1]];
      const and = c.last + 1;
      const gap = tokens[and + 1]?.text === 'the' ? 2 : 1;
      if (tokens[and]?.text !== 'and' || d.first !== and + gap || tokens[d.first].sentence !== tokens[c.first].sentence) continue;
      let of = -1;
      for (let y = c.first + 1; y < c.last; y++) if (tokens[y].text === 'of') of = y;
      const placeFrom = of + (tokens[of + 1]?.text === 'the' ? 2 : 1);
      // a state's head, not an institution's or a feature's: "Bank of England and the Netherlands", "Gulf of Aden and the Red Sea" are two
      if (of < 0 || placeFrom > c.last || !STATE_HEADS.has(lowerHead(of - 1))) continue;
      if (!isPlace(placeFrom, c.last) || !isPlace(d.first, d.last)) continue;
      list.splice(i, 2, { first: c.first, last: d.last, sentStart: c.sentStart });
    }
  };

  /**
   * "Combined Joint Task Force – Operation Inherent Resolve": a command named after the operation it runs is one
   * name over the dash; the chunker stops at a dash between words since it mostly parts two names.
   */
  const joinCommandOperations = (list: Array<Chunk & { sentStart: boolean }>) => {
    for (let i = 0; i + 1 < list.length; i++) {
      const [c, d] = [list[i], list[i + 1]];
      const dash = c.last + 1;
      if (d.first !== dash + 1 || !/^[-–—]$/.test(tokens[dash]?.text ?? '') || tokens[d.first].sentence !== tokens[c.first].sentence) continue;
      if (tokens[d.first].text !== 'Operation' || d.last === d.first || ORG_HEADS[lowerHead(c.last)] !== 'MIL') continue;
      list.splice(i, 2, { first: c.first, last: d.last, sentStart: c.sentStart });
    }
  };

  /**
   * "the 3rd Battalion", "U.S. 5th Fleet", "Jordanian 71st Counter Terrorism Battalion": a military unit goes by its
   * ordinal, and the country or people it serves, written right before, is part of its name. The chunker starts names
   * at capitalised words, so the ordinal (and the country before it) is joined here.
   */
  const joinOrdinalUnits = (list: Array<Chunk & { sentStart: boolean }>) => {
    for (let i = 0; i < list.length; i++) {
      const c = list[i];
      const ord = c.first - 1;
      if (ord < 0 || !/^\d+(?:st|nd|rd|th)$/i.test(tokens[ord].text) || tokens[ord].sentence !== tokens[c.first].sentence || !UNIT_HEADS.has(lowerHead(c.last))) continue;
      let first = ord;
      const prev = list[i - 1];
      // the owner must touch the ordinal and be a country or a people: "U.S. 5th Fleet", not "Hopper 5th Fleet"
      const owner = prev && prev.last === ord - 1 && tokens[prev.first].sentence === tokens[ord].sentence ? lookup(prev.first, prev.last) : null;
      if (owner && (owner.type === 'GPE' || owner.type === 'NORP') && owner.place !== 'city' && owner.place !== 'capital') {
        first = prev.first;
        list.splice(--i, 1);
      } else if (c.first < c.last) {
        // a unit with a name of its own keeps it without the number, as it is mostly written ("Special Forces Group");
        // a bare "Battalion" or "Fleet" names nothing without its number
        continue;
      }
      list[i] = { first, last: c.last, sentStart: first === prev?.first ? prev.sentStart : atSentenceStart(tokens, first) };
    }
  };

  // ------------------------------------------------------------------ drive
  const chunks: Array<Chunk & { sentStart: boolean }> = [];
  const openingWords: number[] = [];
  for (const r of input.ranges) {
    for (const c of findChunks(tokens, r.first, r.last + 1)) {
      const trimmed = trim(c, r.titleCase);
      if (!trimmed) continue;
      for (const part of r.titleCase ? knownRuns(trimmed) : [trimmed]) chunks.push({ ...part, sentStart: atSentenceStart(tokens, part.first) || r.titleCase });
    }
  }
  const works = findQuotedTitles(tokens, input.ranges, (a, b) => lookup(a, b) !== null);
  for (const w of works) push({ first: w.first, last: w.last, type: 'WORK', key: `work:${norm(text(w.first, w.last))}` });
  if (works.length) chunks.splice(0, chunks.length, ...chunks.filter((c) => !works.some((w) => c.first <= w.last && w.first <= c.last)));
  joinPlacePairs(chunks);
  joinCommandOperations(chunks);
  joinOrdinalUnits(chunks);
  teams = findTeams(tokens, chunks, (c) => text(c.first, c.last), (c, cue) => mayBeTeam(c.first, c.last, c.sentStart, cue));
  for (const c of chunks) classify(c.first, c.last, c.sentStart);
  settleGuesses();
  linkShortNames();
  linkBracketedAcronyms();
  // a word left out only because it opens a sentence ("Interfax said ...") stays a candidate: it counts if the article names it elsewhere
  for (const k of openingWords) push({ first: k, last: k, type: 'PERSON', key: `drop:${norm(tokens[k].text)}` });
  for (const r of input.ranges) {
    // a known name glued to a prefix is still that name: "intra-Syrian talks", "the counter-ISIL coalition", "non-Muslims"
    for (let i = r.first; i <= r.last; i++) {
      const m = /^(\p{L}\p{Ll}*)[-‑](\p{Lu}[\p{L}.]*)$/u.exec(tokens[i].text);
      if (!m || !NAME_PREFIXES.has(m[1].toLowerCase())) continue;
      const k = lookupText(m[2], true);
      // (a place after the prefix mostly stands for a side, not a name in its own right: "pro-Moscow leaders", "ex-England bowler")
      if (!k || (k.type !== 'NORP' && k.type !== 'ORG')) continue;
      const start = tokens[i].start + m[1].length + 1;
      out.push({ start, end: start + m[2].length, text: m[2], kind: k.kind ?? 'name', first: i, last: i, type: k.type, key: k.key, country: k.country, sector: k.sector, kb: k.kb, place: k.place });
    }
    // ordinal facilities: "the 102nd base"
    for (let i = r.first; i < r.last; i++) {
      if (/^\d+(?:st|nd|rd|th)$/i.test(tokens[i].text) && FAC_HEADS.has(tokens[i + 1].text.toLowerCase()) && tokens[i + 1].sentence === tokens[i].sentence) {
        push({ first: i, last: i + 1, type: 'FAC', key: `fac:${norm(text(i, i + 1))}`, place: 'unknown' });
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);

  /** Drops words that are capitalised only because they open a sentence or a title-case headline. */
  function trim(c: Chunk, titleCase: boolean): Chunk | null {
    let { first, last } = c;
    while (first <= last) {
      const t = tokens[first];
      const lower = t.text.toLowerCase();
      const start = atSentenceStart(tokens, first) || titleCase;
      const dayAfter = lower === 'jan' && /^\d/.test(tokens[first + 1]?.text ?? '');
      if (dayAfter || (NEVER_NAMES.has(lower) && !(lower === 'the' && !start && first < last && ORG_HEADS[tokens[last].text.toLowerCase()] !== undefined))) {
        first++;
        continue;
      }
      // a title opening a sentence still introduces the name after it ("President of Kazakhstan Marat Abenov arrived")
      if (start && t.pos !== 'PROPN' && !lookup(first, first) && !isAcronym(t) && !(first < last && TITLE_HEADS.has(lower))) {
        if (first === last && !titleCase && t.text.length > 1) openingWords.push(first);
        first++;
        continue;
      }
      // an ordinary word opening a sentence before a known name: "Top Belarus politician ...", "Ruling Moslem party ..."
      if (start && !titleCase && first < last && !capitalisedInside.has(t.text) && !lookup(first, first) && !lookup(first, last) && lookup(first + 1, last) && !kb.isFirstName(t.text) && kb.places(t.text).length === 0 && !isHeadWord(lower) && !TITLE_WORDS.has(lower) && !LOC_PREFIXES.has(lower) && !DIRECTIONS.has(lower) && !GROUP_DIRECTIONS.has(lower) && !['new', 'old', 'great', 'greater', 'upper', 'lower', 'saint', 'st.', 'san', 'santa', 'fort', 'port', 'little'].includes(lower)) {
        first++;
        continue;
      }
      break;
    }
    while (last >= first && ['of', 'the', 'and', '&', 'for', 'on', '-'].includes(tokens[last].text.toLowerCase())) last--;
    while (first <= last && ['of', 'for', 'on', 'and', '&', '-'].includes(tokens[first].text.toLowerCase())) first++;
    return first <= last ? { first, last } : null;
  }

  /**
   * In a title-case or all-capitals line capitals say nothing: only the names inside it count, the
   * longest runs the knowledge base knows ("NEW YORK", "Armenia") or the body writes as names.
   * "SOCCER - MAURITANIA DRAW WITH BENIN" gives MAURITANIA and BENIN.
   */
  function knownRuns(c: Chunk): Chunk[] {
    const inBody = (k: number) => capitalisedInBody.has(tokens[k].text) || bodyWordsLower.has(tokens[k].text.toLowerCase());
    const recurs = (a: number, b: number) => bodyText.includes(text(a, b)) || bodyTextLower.includes(text(a, b).toLowerCase());
    const runs: Chunk[] = [];
    let k = c.first;
    while (k <= c.last) {
      let end = -1;
      for (let e = Math.min(c.last, k + 5); e >= k && end < 0; e--) {
        if (/^(?:of|the|and|&|-)$/i.test(tokens[e].text)) continue;
        if (lookup(k, e) || (e > k && kb.places(text(k, e)).length > 0) || (e === k && (kb.places(tokens[k].text)[0]?.population ?? 0) >= 100_000)) end = e;
        else {
          let allInBody = true;
          for (let x = k; x <= e && allInBody; x++) allInBody = inBody(x) || (x > k && x < e && /^(?:of|the|and|&|-)$/i.test(tokens[x].text));
          if (allInBody && recurs(k, e)) end = e;
        }
      }
      // a known name goes on through the head words after it: "GERMAN CUP", "BERLIN GRAND PRIX"
      if (end >= 0) while (end < c.last && isHeadWord(tokens[end + 1].text.toLowerCase())) end++;
      if (end >= 0) {
        runs.push({ first: k, last: end });
        k = end + 1;
      } else k++;
    }
    return runs;
  }
}
