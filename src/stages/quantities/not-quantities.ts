// Numbers that are not quantities: years, codes glued to words, names ("Voyager 2"), labels
// ("page 5", "2517 Memphis St."), the pronoun "one", counts that re-identify known parties ("the
// two countries"), deictic durations ("the past four years"), ordinals and enumerators.
import { isDash, isHyphen, sym, word, type Lex } from './lexer.js';
import { startsSpelled } from './number-words.js';
import type { Figure, Scope } from './recognise.js';

/** Words after which a four-digit number is a year whatever follows: "in 2022", "since 1998", "March 2024". */
const YEAR_CUES = new Set([
  'in', 'since', 'by', 'until', 'till', 'til', 'of', 'during', 'through', 'throughout', 'early', 'late', 'mid', 'fiscal',
  'fy', 'year', 'circa', 'ca', 'c', 'summer', 'spring', 'autumn', 'fall', 'winter', 'season', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'census', 'pre', 'post', 'below', 'above',
]);
/** Words after which a four-digit number is a year unless a counted noun follows: "before 1500" / "about 1500 people". */
const MAYBE_YEAR_CUES = new Set([
  'from', 'to', 'before', 'after', 'between', 'and', 'or', 'for', 'around', 'about', 'at', 'within', 'than', 'as', 'beyond',
  'versus', 'vs', 'on', 'election', 'elections',
]);
/** Plural nouns without an -s: "1500 people" is a count, not a year. */
const PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'cattle', 'sheep', 'fish', 'deer', 'aircraft', 'livestock', 'troops', 'feet', 'teeth', 'geese', 'mice']);
/** Day and month names: "on Monday 300 people", "in May 2,000 homes" are not names with numbers. */
const CALENDAR = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter)$/;
const DEFINITE = new Set(['the', 'these', 'those', 'both', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'all']);
const ONE_BLOCKERS_BEFORE = new Set([
  'the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'some', 'another', 'only', 'a', 'an', 'one', 'any', 'no',
  'last', 'next', 'other', 'such', 'little', 'big', 'new', 'old', 'right', 'wrong', 'same', 'first',
]);
const ONE_BLOCKERS_AFTER = new Set(['of', 'another', 'by', 'after', 'or', 'day', 'way', 'time', 'point', 'hand', 'side', 'thing']);
/** Nouns after which a number is a label, not an amount: "page 5", "article 5", "phase 2". */
const LABELS = new Set([
  'page', 'pages', 'chapter', 'article', 'articles', 'section', 'paragraph', 'clause', 'item', 'resolution', 'room', 'flight',
  'route', 'highway', 'line', 'gate', 'platform', 'grade', 'level', 'phase', 'stage', 'round', 'episode', 'season', 'volume',
  'vol', 'issue', 'part', 'no', 'nos', 'number', 'nr', 'nrs', 'category', 'class', 'type', 'model', 'unit', 'building', 'block',
  'apartment', 'apt', 'floor', 'lane', 'channel', 'tier', 'game', 'match', 'group', 'district', 'zone', 'division', 'track',
  'exit', 'bus', 'batch', 'lot', 'row', 'seat', 'cell', 'ward', 'precinct', 'amendment', 'act', 'law', 'decree', 'order',
  'code', 'id', 'account', 'table', 'figure', 'fig', 'step', 'verse', 'psalm', 'window', 'windows', 'iphone', 'galaxy',
  'kilometer', 'kilometre', 'km', 'milepost', 'tier', 'size', 'rank', 'ranked', 'seed', 'seeded', 'jersey', 'shirt', 'pct',
  'precinct', 'suite', 'po', 'interstate', 'hwy', 'rte',
]);
const DEICTIC_BEFORE = new Set(['past', 'last', 'next', 'coming', 'previous', 'following', 'recent', 'first', 'final', 'preceding', 'ensuing', 'upcoming', 'few']);
const DEICTIC_AFTER = new Set(['ago', 'earlier', 'later', 'hence', 'before', 'after', 'since', 'prior', 'beforehand', 'back']);
/** Why a figure is not a quantity, or null if it is one. */
export function notAQuantity(s: Scope, f: Figure): 'year' | 'glued' | 'name' | 'label' | 'pronoun' | 'anaphor' | 'deictic' | 'ordinal' | 'enumerator' | 'vague' | null {
  const lx = s.lx;
  const first = lx[f.numStart];
  const prev = lx[f.i - 1];
  const next = lx[f.j];
  const pw = word(prev);
  const nextTag = s.tag(f.j);
  // glued to a word or number before it: "J1149.5+6663", "v2", "A-10"
  if (first.kind === 'num' && !first.space && f.numStart === f.i) {
    const p = lx[f.numStart - 1];
    if (p && (p.kind === 'word' || p.kind === 'num')) return 'glued';
    if (p && p.kind === 'sym' && '+_.:/\\#&=@-−–'.includes(p.text) && lx[f.numStart - 2] && !p.space && lx[f.numStart - 2].kind !== 'sym') return 'glued';
  }
  // "tier-one", "Category-five": a number word glued to a word by a hyphen
  if (first.kind === 'word' && f.numStart === f.i && isHyphen(prev) && !first.space && !prev!.space && lx[f.i - 2]?.kind === 'word' && !startsSpelled(lx[f.i - 2])) return 'glued';
  if (f.bare) {
    // years
    const v = f.value;
    if (Number.isInteger(v) && v >= 1000 && v <= 2100 && first.num && !first.num.grouped && first.text.length === 4) {
      const nounAfter = !!nextTag && nextTag.pos === 'NOUN' && !!next && next.kind === 'word' && (nextTag.lemma !== next.lower || /s$/.test(next.lower) || PLURALS.has(next.lower));
      if (YEAR_CUES.has(pw) || ((v >= 1900 || MAYBE_YEAR_CUES.has(pw)) && !nounAfter) || (sym(prev) === ',' && isMonthBefore(lx, f.i - 2))) return 'year';
    }
    // names and labels: "Voyager 2", "Article 5", "page 10"
    if (prev && prev.kind === 'word' && !s.headline) {
      const tag = s.tag(f.i - 1);
      const initial = s.sentenceStart[f.i - 1];
      const nameLike = tag && (tag.pos === 'PROPN' || (tag.pos === 'NOUN' && !initial));
      if (/^[A-Z][a-z]/.test(prev.text) && nameLike && !CALENDAR.test(prev.text)) return 'name';
    }
    if (LABELS.has(pw)) return 'label';
    // street addresses: "2517 Memphis St.", "the 3200 block of"
    if (Number.isInteger(v) && v >= 10 && isAddress(lx, f.j)) return 'label';
    // enumerators: "1." / "1)" / "(1)" at the start of a paragraph or sentence
    if ((f.i === 0 || s.sentenceStart[f.i] || (sym(prev) === '(' && (f.i === 1 || s.sentenceStart[f.i - 1]))) && (sym(next) === ')' || (sym(next) === '.' && lx[f.j + 1] && /^[A-Z]/.test(lx[f.j + 1].text)))) return 'enumerator';
    if (sym(prev) === '[' && sym(next) === ']') return 'enumerator';
  }
  // "several hundred years", "a few thousand": vague amounts
  if (f.words && ['several', 'few', 'many', 'some', 'hundreds', 'thousands', 'tens', 'dozens'].includes(pw) && ['hundred', 'thousand', 'dozen'].includes(word(first))) return 'vague';
  if (f.words && !f.unit && !f.multiplier && !f.currency) {
    const text = lx.slice(f.numStart, f.numEnd).map((l) => l.lower).join(' ');
    // "one" as a pronoun: "the one you mentioned", "which one", "one of them"
    // "one to two years": the start of a range, not a pronoun
    const rangeStart = (word(next) === 'to' || word(next) === 'or' || isDash(next)) && !!lx[f.j + 1] && (lx[f.j + 1].kind === 'num' || startsSpelled(lx[f.j + 1]));
    if (text === 'one' && !rangeStart) {
      if (ONE_BLOCKERS_BEFORE.has(pw) || ONE_BLOCKERS_AFTER.has(word(next))) return 'pronoun';
      if (!nextTag || !['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(nextTag.pos) || next.kind !== 'word') {
        if (!(pw === 'minus' || pw === 'negative' || pw === 'is' || pw === 'equals' || pw === 'version' || pw === 'number' || f.i !== f.numStart)) return 'pronoun';
      }
    }
    // capitalised number words in names: "Formula One", "Air Force One"
    if (prev && prev.kind === 'word' && /^[A-Z]/.test(first.text) && /^[A-Z]/.test(prev.text) && !s.sentenceStart[f.i - 1] && !s.headline && s.tag(f.i - 1)?.pos === 'PROPN') return 'name';
    // a lone "half"/"quarter" used as a noun: "the first half", "the third quarter"
    if (text === 'half' || text === 'quarter') {
      if (text === 'quarter') return 'vague';
      if (['the', 'first', 'second', 'other', 'latter', 'former', 'final', 'a', 'an', 'last', 'one'].includes(pw)) return 'vague';
    }
    // "a third country": an ordinal adjective, not a fraction
    if (f.fraction && lx[f.numStart].lower.match(/^an?$/) && isHyphen(next) && !next.space) return 'ordinal';
    if (f.fraction && lx[f.numStart].lower.match(/^an?$/) && nextTag && (nextTag.pos === 'NOUN' || nextTag.pos === 'ADJ' || nextTag.pos === 'PROPN') && word(next) !== 'of') return 'ordinal';
    // "the two countries": re-identifies known parties
    // "the two countries", "the two raised $350 million": re-identifies known parties
    if (DEFINITE.has(pw) && Number.isInteger(f.value) && f.value <= 12 && nextTag && ['NOUN', 'ADJ', 'PROPN', 'VERB', 'AUX'].includes(nextTag.pos)) return 'anaphor';
  }
  if (f.bare && DEFINITE.has(pw) && Number.isInteger(f.value) && f.value <= 12 && nextTag && nextTag.pos === 'NOUN') return 'anaphor';
  // deictic durations: "the past four years", "two days ago"
  if (f.kind === 'time') {
    for (let k = f.i - 1; k >= Math.max(0, f.i - 2); k--) if (DEICTIC_BEFORE.has(word(lx[k]))) return 'deictic';
    if (DEICTIC_AFTER.has(word(next))) return 'deictic';
  }
  return null;
}

const STREETS = new Set(['st', 'street', 'ave', 'avenue', 'road', 'rd', 'blvd', 'boulevard', 'lane', 'ln', 'drive', 'dr', 'way', 'place', 'pl', 'court', 'ct', 'highway', 'hwy', 'pkwy', 'parkway', 'terrace', 'circle', 'cir']);

/** A house number: a capitalised street name and a street word follow ("Memphis St."), or "block". */
function isAddress(lx: readonly Lex[], k: number): boolean {
  if (word(lx[k]) === 'block') return true;
  for (let m = k; m < Math.min(lx.length, k + 4); m++) {
    const l = lx[m];
    if (l.kind !== 'word' || !/^[A-Z]/.test(l.text)) return false;
    if (m > k && STREETS.has(l.lower)) return true;
  }
  return false;
}

function isMonthBefore(lx: readonly Lex[], k: number): boolean {
  // "March 7, 2024": a day number before the comma, a month before that
  return !!lx[k] && lx[k].kind === 'num' && /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(word(lx[k - 1]));
}
