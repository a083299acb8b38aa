// Checks that keep look-alikes out: a number that is a quantity, a code or part of a name rather
// than a year; "May" the modal verb; "April" the first name; "fall" the verb; "Good Friday Agreement".

import { AMBIGUOUS_MONTHS, MONTHS, SEASONS, WEEKDAYS } from './lexicon.js';
import { DATE_PREPOSITIONS } from './patterns.js';
import type { Scan } from './scan.js';

/** Words before a number that make it a count, a measure or a label rather than a year. */
const QUANTITY_BEFORE = new Set([
  'about', 'some', 'nearly', 'almost', 'approximately', 'roughly', 'only', 'total', 'least', 'number', 'no', 'nos',
  'page', 'pages', 'flight', 'route', 'room', 'article', 'articles', 'section', 'chapter', 'version', 'model',
  'resolution', 'code', 'channel', 'highway', 'interstate', 'bus', 'platform', 'gate', 'exit', 'item', 'lot',
  'rule', 'paragraph', 'clause', 'part', 'unit', 'apartment', 'suite', 'box', 'square', 'street', 'avenue', 'st',
  'ave', 'road', 'rd', 'building', 'block', 'zone', 'sector', 'district', 'ward', 'precinct', 'over', 'under',
  'than', 'nearly', 'exceed', 'exceeds', 'exceeded', 'totaling', 'totalling', 'reached', 'reach', 'reaches',
  'just', 'up', 'down', 'at', 'additional', 'another', 'extra', 'all', 'whopping', 'estimated', 'mere',
  'index', 'closed', 'close', 'closing', 'rose', 'fell', 'gained', 'lost', 'shed', 'dropped', 'points', 'level',
]);

/** Nouns after a number that make it a quantity ("2030 tons", "2000 people"). */
const QUANTITY_AFTER = new Set([
  'people', 'persons', 'troops', 'soldiers', 'tons', 'tonnes', 'ton', 'tonne', 'units', 'km', 'kilometers',
  'kilometres', 'miles', 'meters', 'metres', 'feet', 'ft', 'dollars', 'euros', 'rubles', 'roubles', 'pounds', 'yen',
  'yuan', 'barrels', 'cars', 'vehicles', 'homes', 'houses', 'jobs', 'workers', 'employees', 'residents',
  'refugees', 'casualties', 'deaths', 'cases', 'votes', 'seats', 'shares', 'points', 'acres', 'hectares', 'kg',
  'kilograms', 'times', 'members', 'children', 'civilians', 'prisoners', 'hostages', 'patients', 'students',
  'families', 'households', 'pages', 'words', 'hours', 'minutes', 'days', 'weeks', 'months', 'years', 'percent',
  'mw', 'gw', 'mwh', 'kwh', 'gb', 'mb', 'tb', 'hp', 'kw', 'degrees', 'calories', 'rounds', 'missiles', 'drones',
  'tanks', 'aircraft', 'planes', 'ships', 'guns', 'bombs', 'shells', 'doses', 'beds', 'dead', 'injured',
  'wounded', 'killed', 'square', 'cubic', 'bn', 'mn', 'million', 'billion', 'thousand', 'trillion',
]);

/** Determiners after which a number followed by a plural noun is still a year ("the 2022 elections"). */
const YEAR_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'whose', 'of', 'in', 'since', 'until', 'by', 'during', 'before', 'after']);

function isCalendarWord(w: string): boolean {
  const k = w.toLowerCase().replace(/\.$/, '');
  return k in MONTHS || k in WEEKDAYS || k in SEASONS;
}

/**
 * Is the four-digit number at [start, end) a year? `how` says what the match put before it:
 * nothing ('bare'), a date word ('prefixed': "fiscal", "mid-") or a month or day ('attached':
 * "Dec/2018", "May 5, 2000"), which leaves only what follows it to check.
 */
export function yearReadable(s: Scan, start: number, end: number, year: number, how: 'bare' | 'prefixed' | 'attached'): boolean {
  const before = s.charsBefore(start, 3);
  const after = s.charsAfter(end, 4);
  if (how !== 'attached' && /[$€£¥#№+]\s?$|[\d.,/:@=_\\]$|\d\s?[-–]$|[\p{L}][-/]$/u.test(before)) return how === 'prefixed' && /-$/.test(before);
  if (/^\s?%|^[-–/:.]\d|^[.,]\d|^\s?(?:per\s?cent|pc)\b|^[-/][\p{L}]/iu.test(after)) return false;
  if (how !== 'bare') return QUANTITY_AFTER.has(s.wordAfter(end)) ? false : true;
  const prev = s.wordBefore(start);
  const next = s.after(end);
  const nextWord = s.wordAfter(end);
  if (year < 1900 || year > 2099) {
    if (!DATE_PREPOSITIONS.has(prev) || year < 1000) return false;
  }
  // "later than 2018" is a date, "more than 2000" a count
  if (QUANTITY_BEFORE.has(prev) && !(prev === 'than' && /\b(?:later|earlier|sooner|before|after|no)\s+than\s*$/i.test(s.charsBefore(start, 16)))) return false;
  // a capitalised word right before makes the number part of a name ("Vision 2030", "Windows 2000")
  const prevTok = s.before(start);
  if (prevTok && prevTok.end === start - 1 && /^\p{Lu}/u.test(prevTok.text) && !DATE_PREPOSITIONS.has(prevTok.lower)
    && !isCalendarWord(prevTok.text) && (prevTok.pos === 'PROPN' || !s.startsSentence(prevTok.start))) return false;
  // "+7 495 2022": a run of numbers
  if (prevTok && prevTok.end >= start - 1 && /^\d+$/.test(prevTok.text)) return false;
  if (/^['’]s\b/.test(after)) return true;
  if (QUANTITY_AFTER.has(nextWord)) return false;
  if (next && next.start <= end + 1 && next.pos === 'NOUN' && next.lower !== next.lemma && /s$/.test(next.lower) && !YEAR_DETERMINERS.has(prev)) return false;
  return true;
}

/** Is this month word a month here? `supported` when a day or year is attached to it. */
export function monthReadable(s: Scan, word: string, start: number, supported: boolean, shifted: boolean): boolean {
  const key = word.toLowerCase().replace(/\.$/, '');
  const capital = /^\p{Lu}/u.test(word) || s.lowercaseText;
  const ambiguous = AMBIGUOUS_MONTHS.has(key) || key.length <= 4 && key !== 'june' && key !== 'july';
  if (supported) return capital || !ambiguous;
  if (!capital) return false;
  const prev = s.wordBefore(start);
  if (shifted || DATE_PREPOSITIONS.has(prev)) return true;
  if (ambiguous) return false;
  // "April Ryan", "June Carter": a capitalised word after a bare month name makes it a first name
  const next = s.after(start + word.length);
  if (next && next.start === start + word.length + 1 && /^\p{Lu}/u.test(next.text) && !isCalendarWord(next.text) && !/^\d/.test(next.text)) return false;
  return true;
}

/** A capitalised word right after `end` ("Good Friday Agreement", "the Winter Olympics"). */
export function namedAfter(s: Scan, end: number): boolean {
  const next = s.after(end);
  return !!next && next.start === end + 1 && /^\p{Lu}\p{Ll}/u.test(next.text) && !isCalendarWord(next.text) && !s.lowercaseText && !s.titleCase;
}

/** Can a season word here be a season ("fall" and "spring" are also verbs and nouns)? */
export function seasonReadable(s: Scan, word: string, start: number, determined: boolean): boolean {
  const key = word.toLowerCase();
  if (determined) return true;
  const prev = s.wordBefore(start);
  if (key === 'fall' || key === 'spring') return false;
  return DATE_PREPOSITIONS.has(prev) && prev !== 'of' && prev !== 'to' && prev !== 'and' && prev !== 'or';
}
