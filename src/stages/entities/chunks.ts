import type { Token } from '../../core/types.js';
import { EVENT_HEADS, FAC_HEADS, LAW_HEADS, LOC_HEADS, NEVER_NAMES, ORG_HEADS, TITLE_WORDS } from './lexicon.js';

/** A run of tokens (indices into the doc's tokens, inclusive) that may be a name. */
export interface Chunk {
  first: number;
  last: number;
}

const CAP = /^\p{Lu}/u;
const ACRONYM = /^(?:\p{Lu}[\p{Lu}\d&.-]*|\p{Lu}\.(?:\p{Lu}\.)+)$/u;
// (and the Arabic articles written apart: "Dayr az Zawr", "Salah ad Din")
const PARTICLES = new Set(['de', 'du', 'da', 'dos', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'la', 'le', 'di', 'del', 'ben', 'abu', 'az', 'ad', 'ash', 'bint']);
/** Arabic articles written lower case before a hyphen: "al-Qaida", "ash-Sham". */
const ARTICLES = new Set(['al', 'el', 'ad', 'ash', 'as', 'an', 'ar', 'at', 'az', 'ath']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', '—', '–', '-', '«']);

export const isCapitalised = (t: Token): boolean => CAP.test(t.text) && t.text !== 'I';
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.']);
/** A weekday, or a month before a day number, is a date after a name: "Bashar Assad Tuesday", "Paris March 3". */
function endsName(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k].text.toLowerCase();
  return WEEKDAYS.has(w) || (MONTHS.has(w) && k + 1 < tokens.length && /^\d/.test(tokens[k + 1].text));
}

/** A capitalised word that can continue a name after a connector (not a weekday or month). */
const nameWord = (t: Token): boolean => isCapitalised(t) && !NEVER_NAMES.has(t.text.toLowerCase());
export const isAcronym = (t: Token): boolean => ACRONYM.test(t.text) && t.text.length >= 2;

/** True when `i` starts a sentence or follows an opening quote, colon or dash. */
export function atSentenceStart(tokens: readonly Token[], i: number): boolean {
  if (i === 0 || tokens[i - 1].sentence !== tokens[i].sentence) return true;
  return OPENERS.has(tokens[i - 1].text) && (i < 2 || tokens[i - 2].sentence !== tokens[i].sentence || /[:"“—–]/.test(tokens[i - 1].text));
}

/** Hyphen joining two parts without spaces: "North-South", "Russian-Azerbaijani". */
function isJoiningHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!(t.text === '-' || t.text === '‑') || t.space || k + 1 >= tokens.length || tokens[k + 1].space || tokens[k + 1].sentence !== t.sentence) return false;
  const next = tokens[k + 1].text;
  // "Seo-jun", "Ji-woo": a name part after a hyphen may be lower case; "UK-based", "Kremlin-backed" are not names
  return CAP.test(next) || (/^\p{Ll}/u.test(next) && !HYPHEN_SUFFIXES.has(next.toLowerCase()));
}
const HYPHEN_SUFFIXES = new Set(['based', 'led', 'backed', 'born', 'run', 'owned', 'funded', 'linked', 'made', 'style', 'era', 'speaking', 'controlled', 'occupied', 'affiliated', 'allied', 'aligned', 'friendly', 'held', 'sponsored', 'brokered', 'bound', 'wide', 'level', 'type', 'like', 'related', 'specific', 'centric', 'registered', 'flagged', 'built', 'produced', 'designate', 'elect']);

/** Words a name continues after with "of" besides the heads of names: "Republic of Korea", "Duke of Norfolk". */
const OF_HEADS = new Set(['republic', 'kingdom', 'emirate', 'emirates', 'principality', 'sultanate', 'commonwealth', 'states', 'city', 'isle', 'isles', 'duke', 'duchess', 'earl', 'museum', 'battle', 'siege', 'people', 'order', 'statue', 'day', 'series', 'return', 'cape', 'members', 'friends', 'sons', 'daughters', 'year', 'tour', 'hall', 'bay', 'church', 'temple', 'house', 'institute', 'nation', 'nations', 'province', 'region', 'diocese', 'governor', 'mayor', 'book', 'gospel', 'epistle']);
/** Business suffixes end a name: "Kia Motor Corp of South Korea" is a company of a country. */
const BUSINESS_SUFFIXES = new Set(['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'ag', 'sa', 's.a.', 'nv', 'n.v.', 'gmbh']);
/** Whether a name goes on through "of" after `word`: only after a head ("Bank of England"), not after a plain name ("Karlsruhe of Germany"). */
function ofContinues(word: string): boolean {
  const w = word.toLowerCase();
  if (BUSINESS_SUFFIXES.has(w)) return false;
  return ORG_HEADS[w] !== undefined || LOC_HEADS.has(w) || FAC_HEADS.has(w) || LAW_HEADS.has(w) || EVENT_HEADS.has(w) || TITLE_WORDS.has(w) || OF_HEADS.has(w) || /^\p{Lu}{2,}$/u.test(word);
}

/**
 * Whether "and" after the name [first, last] starts a second name rather than going on with the
 * first: a company's legal suffix ends its name ("Johnson Controls Inc and Lear Corp"), and a name
 * that starts again with the same word is a sibling ("Kansai Electric Power and Kansai Airport").
 */
function listsTwoNames(tokens: readonly Token[], first: number, last: number): boolean {
  return BUSINESS_SUFFIXES.has(tokens[last].text.toLowerCase()) || tokens[last + 2]?.text === tokens[first].text;
}

/** After a possessive at `k`: capitalised words that end in an organisation's head within three words. */
function possessiveInsideName(tokens: readonly Token[], k: number, to: number): boolean {
  for (let x = k; x < Math.min(to, k + 3) && isCapitalised(tokens[x]) && tokens[x].sentence === tokens[k - 1].sentence; x++) {
    // "People's Republic of China", "Democratic People's Republic of Korea": a state's formal name
    if (ORG_HEADS[tokens[x].text.toLowerCase()] !== undefined || tokens[x].text === 'Republic') return true;
  }
  return false;
}

/** What a ministry or committee is "of": the words a list of portfolios is made of. */
const PORTFOLIOS = new Set([
  'industry', 'trade', 'investment', 'investments', 'energy', 'economy', 'economic', 'finance', 'finances', 'culture', 'tourism', 'sport', 'sports',
  'youth', 'health', 'education', 'science', 'labour', 'labor', 'employment', 'agriculture', 'transport', 'transportation', 'communications',
  'justice', 'environment', 'development', 'infrastructure', 'innovation', 'innovations', 'technology', 'technologies', 'digital', 'defence',
  'defense', 'interior', 'foreign', 'social', 'family', 'families', 'housing', 'water', 'natural', 'mines', 'mining', 'fisheries', 'forestry',
  'commerce', 'planning', 'public', 'security', 'information', 'media', 'heritage', 'research', 'welfare', 'women', 'children', 'emergency',
  'ecology', 'regional', 'construction', 'urban', 'rural', 'food', 'veterans', 'migration', 'religious', 'information', 'telecommunications',
]);

/**
 * Maximal runs of capitalised tokens within a sentence, joined by the connectors names contain
 * ("Security Council of the Russian Federation", "Bank of England", "Abu Bakr al-Baghdadi").
 */
export function findChunks(tokens: readonly Token[], from: number, to: number): Chunk[] {
  const out: Chunk[] = [];
  let i = from;
  while (i < to) {
    if (!isCapitalised(tokens[i])) {
      i++;
      continue;
    }
    // an Arabic article joined by a hyphen opens the name: "al-Qaida", "al-Shabaab"
    const start = i >= from + 2 && tokens[i - 1].text === '-' && !tokens[i].space && !tokens[i - 1].space && ARTICLES.has(tokens[i - 2].text) && tokens[i - 2].sentence === tokens[i].sentence && !isCapitalised(tokens[i - 3] ?? tokens[i]) ? i - 2 : i;
    let j = i;
    let hasOrgHead = ORG_HEADS[tokens[i].text.toLowerCase()] !== undefined;
    /** The name has reached "of" and a portfolio ("Ministry of Investment"): more portfolios may follow. */
    let portfolioList = false;
    while (j + 1 < to) {
      const next = tokens[j + 1];
      const lower = next.text.toLowerCase();
      if (isCapitalised(next) && next.space && !endsName(tokens, j + 1)) {
        j++;
      } else if (isJoiningHyphen(tokens, j + 1)) {
        j += 2;
      } else if (((lower === 'of' && ofContinues(tokens[j].text)) || ((lower === 'for' || lower === 'on') && hasOrgHead)) && j + 2 < to && next.text === lower && (nameWord(tokens[j + 2]) || (tokens[j + 2].text === 'the' && j + 3 < to && nameWord(tokens[j + 3])))) {
        j += tokens[j + 2].text === 'the' ? 2 : 1;
      } else if (next.text === ',' && hasOrgHead && portfolioList && j + 2 < to && isCapitalised(tokens[j + 2]) && PORTFOLIOS.has(tokens[j + 2].text.toLowerCase())) {
        // "Ministry of Investment, Industry and Trade": a list of portfolios is one ministry's name
        // (not "the Ministry of Defence, Paris and London")
        j++;
      } else if ((next.text === '&' || (lower === 'and' && hasOrgHead && !listsTwoNames(tokens, i, j))) && j + 2 < to && isCapitalised(tokens[j + 2])) {
        // "Procter & Gamble", "Standard & Poor": an ampersand between capitals is inside a name; "and" only after a head ("Bank and Trust Company")
        j++;
      } else if ((/^['’]s$/.test(next.text) || (/^['’]$/.test(next.text) && /s$/.test(tokens[j].text))) && possessiveInsideName(tokens, j + 2, to)) {
        // "McDonald's Corp", "Boatmen's Bancshares Inc.", "Toronto Bond Traders ' Association": a possessive inside a name
        j++;
      } else if (PARTICLES.has(lower) && next.text === lower && j + 2 < to && isCapitalised(tokens[j + 2]) && !NEVER_NAMES.has(lower)) {
        j++;
      } else if (PARTICLES.has(lower) && next.text === lower && next.space && j + 3 < to && isJoiningHyphen(tokens, j + 2) && isCapitalised(tokens[j + 3])) {
        // "Haider al-Abadi", "Abdel Fattah el-Sisi": a particle joined by a hyphen to the surname
        j += 3;
      } else {
        break;
      }
      if (ORG_HEADS[tokens[j].text.toLowerCase()] !== undefined) hasOrgHead = true;
      if (hasOrgHead && tokens[j - 1]?.text === 'of' && PORTFOLIOS.has(tokens[j].text.toLowerCase())) portfolioList = true;
    }
    out.push({ first: start, last: j });
    i = j + 1;
  }
  return out;
}
