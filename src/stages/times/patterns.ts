// Regular-expression fragments the recognition rules are written in. Each is a source string,
// compiled once into the rules' RegExps (flags "giu"); all alternations list longer words first.

/** Start and end of a word: no letter, digit or underscore on that side. */
export const B = '(?<![\\p{L}\\p{N}_])';
export const E = '(?![\\p{L}\\p{N}_])';

const alt = (words: readonly string[]): string => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;

export const MONTH_FULL = alt(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const MONTH_ABBR = alt(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec']);
/** A month name, full or abbreviated (with or without the period). */
export const MONTH = `(?:${MONTH_FULL}|${MONTH_ABBR}\\.?)`;

export const WEEKDAY = `(?:${alt(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])}|${alt(['tues', 'thurs'])}\\.?)`;

export const SEASON = alt(['spring', 'summer', 'fall', 'autumn', 'winter']);

export const PART_OF_DAY = alt(['morning', 'afternoon', 'evening', 'night']);

/** A four-digit year 1000-2099 not continued by more digits, a thousands group or a decimal. */
export const YEAR = '(?:1\\d{3}|20\\d{2})(?![\\p{N}]|,\\d{3}|\\.\\d)';

/** A day of the month in digits: 3, 03, 3rd, 31st. */
export const DAY_NUM = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';

const ONES = alt(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
const TEENS = alt(['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']);
const TENS = alt(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const ORD_ONES = alt(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']);
const ORD_TEENS = alt(['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth']);

/** A day of the month in words: "first", "twenty-fourth", "thirty first". */
export const DAY_WORD = `(?:(?:twenty|thirty)[- ]${ORD_ONES}|twentieth|thirtieth|${ORD_TEENS}|${ORD_ONES})`;

/** A cardinal in words, 0-99 ("twenty-four", "twenty four", "seven"). */
export const NUMBER_WORD = `(?:${TENS}(?:[- ]${ONES})?|${TEENS}|${ONES})`;

/** An amount of units: digits, words, "a", "a few", "several", "a couple of", "one hundred". */
export const AMOUNT = `(?:\\d{1,3}(?:,\\d{3})+|\\d+\\s+[13]/[24]|\\d+(?:\\.\\d+)?(?:\\s*½)?|½|${alt(['a few', 'a couple of', 'a couple', 'couple of', 'a number of', 'dozens of', 'hundreds of', 'a dozen', 'a hundred', 'half a', 'half an', 'several', 'some', 'many', 'few'])}|${NUMBER_WORD}(?:\\s+hundred)?|an?)`;

/**
 * Words that hedge an amount and belong to the expression in TimeBank ("nearly two years",
 * "about two years ago"). Before a bare duration TimeBank mostly leaves "over" and "about" out
 * ("over three years"); DURATION_APPROX is that narrower list.
 */
const APPROX_WORDS = [
  'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'more than', 'less than', 'fewer than',
  'under', 'at least', 'at most', 'up to', 'no more than', 'no less than', 'just over', 'just under',
  'only', 'barely', 'a little over', 'a little more than', 'well over', 'close to', 'upwards of',
];
export const APPROX = alt([...APPROX_WORDS, 'about', 'over']);
export const DURATION_APPROX = alt(APPROX_WORDS);

/** Duration unit words (singular, plural and common abbreviations). */
export const UNIT = alt([
  'seconds', 'second', 'secs', 'sec', 'minutes', 'minute', 'mins', 'min', 'hours', 'hour', 'hrs', 'hr', 'h',
  'days', 'day', 'nights', 'night', 'weeks', 'week', 'fortnights', 'fortnight', 'months', 'month',
  'quarters', 'quarter', 'years', 'year', 'yrs', 'yr', 'decades', 'decade', 'centuries', 'century',
]);

/** Ordinal of a quarter or half. */
export const QUARTER_ORD = alt(['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th']);

/** Spelled-out years: "nineteen ninety-six", "nineteen oh five", "two thousand and fifteen". */
export const YEAR_WORDS = `(?:(?:eighteen|nineteen|twenty)[\\s-]+(?:hundred|(?:oh|o)[\\s-]+${ONES}|${TENS}(?:[\\s-]+${ONES})?|${TEENS})|two thousand(?:\\s+and)?(?:[\\s-]+(?:${TENS}(?:[\\s-]+${ONES})?|${TEENS}|${ONES}))?)`;

/** Modifiers that narrow a period but keep its value: "early 2023", "mid-November", "the end of the year". */
export const EDGE = `(?:(?:early|mid|late)(?:\\s+|-)|mid(?=-)-|(?:the\\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder|course)\\s+of\\s+)`;

/** Prepositions and determiners that make a following number or month read as a date. */
export const DATE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'til', 'by', 'of', 'from', 'to', 'through', 'thru', 'during', 'before', 'after',
  'between', 'and', 'or', 'throughout', 'circa', 'c.', 'early', 'late', 'mid', 'fiscal', 'year',
  'on', 'for', 'last', 'next', 'this', 'every', 'each', 'than', 'at', '–', '-', 'into', 'year-end', 'as',
]);
