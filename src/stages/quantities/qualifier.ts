// Approximations and bounds stated with a figure: "about 40", "more than 100,000", "nearly 10%",
// "at least 8", "up to 15", "some 300", "over $5 billion", "40 or more". The words stay outside
// the quantity's span (which is the figure and its unit); the quantity carries `qualifier`.
import type { QuantityQualifier } from '../../core/types.js';
import { sym, word } from './lexer.js';
import { triggerAt } from './changes.js';
import type { Figure, Scope } from './recognise.js';

/** Words before a figure, longest first (a phrase is matched right up to the figure). */
const BEFORE: ReadonlyArray<readonly [readonly string[], QuantityQualifier]> = ([
  [['no', 'more', 'than'], 'at-most'], [['not', 'more', 'than'], 'at-most'], [['no', 'fewer', 'than'], 'at-least'],
  [['no', 'less', 'than'], 'at-least'], [['not', 'less', 'than'], 'at-least'], [['a', 'maximum', 'of'], 'at-most'],
  [['a', 'minimum', 'of'], 'at-least'], [['in', 'excess', 'of'], 'more-than'], [['as', 'many', 'as'], 'up-to'],
  [['as', 'much', 'as'], 'up-to'], [['as', 'high', 'as'], 'up-to'], [['just', 'under'], 'nearly'], [['just', 'shy', 'of'], 'nearly'],
  [['more', 'than'], 'more-than'], [['greater', 'than'], 'more-than'], [['higher', 'than'], 'more-than'], [['upwards', 'of'], 'more-than'],
  [['less', 'than'], 'less-than'], [['fewer', 'than'], 'less-than'], [['lower', 'than'], 'less-than'], [['at', 'least'], 'at-least'],
  [['at', 'most'], 'at-most'], [['up', 'to'], 'up-to'], [['close', 'to'], 'nearly'], [['an', 'estimated'], 'about'],
  [['about'], 'about'], [['around'], 'about'], [['roughly'], 'about'], [['approximately'], 'about'], [['approx'], 'about'],
  [['some'], 'about'], [['circa'], 'about'], [['nearly'], 'nearly'], [['almost'], 'nearly'], [['over'], 'more-than'],
  [['above'], 'more-than'], [['exceeding'], 'more-than'], [['under'], 'less-than'], [['below'], 'less-than'],
] as Array<[string[], QuantityQualifier]>).sort((a, b) => b[0].length - a[0].length);

/** Words after a figure: "40 or more", "a dozen or so". */
const AFTER: Readonly<Record<string, QuantityQualifier>> = { more: 'at-least', so: 'about', less: 'at-most', fewer: 'at-most' };

/** Words before "about" that make it a preposition ("talked about 5 issues"). */
const ABOUT_TOPIC = new Set([
  'talk', 'speak', 'think', 'worry', 'care', 'know', 'learn', 'hear', 'read', 'write', 'ask', 'complain', 'argue', 'joke', 'concern',
  'news', 'story', 'question', 'questions', 'information', 'report', 'dream', 'concerned', 'worried', 'excited', 'sure', 'bring',
]);
/** Words before "over" / "under" that make it a preposition ("fought over 3 islands", "rules under 5 laws"). */
const OVER_GOVERNORS = new Set([
  'fight', 'argue', 'dispute', 'clash', 'quarrel', 'control', 'win', 'victory', 'lead', 'edge', 'beat', 'triumph', 'worry', 'concern',
  'debate', 'row', 'tension', 'tensions', 'spread', 'stretch', 'span', 'pass', 'fly', 'flew', 'jump', 'hand', 'take', 'preside',
]);
/** With a length of time, "over" / "under" bound it only after these ("jailed for over 3 years", "took under 5 minutes"). */
const TIME_BOUND_BEFORE = new Set(['for', 'of', 'took', 'take', 'takes', 'taking', 'lasted', 'last', 'lasts', 'lasting', 'spent', 'spend', 'within', 'after', 'is', 'was', 'be', 'been']);

export interface Qualified {
  qualifier: QuantityQualifier;
  /** Index of the first lexeme of the qualifying words before the figure (the figure's own start if they follow it). */
  at: number;
}

/** The qualifier stated with figure `f`, if any. */
export function qualifierOf(s: Scope, f: Figure): Qualified | null {
  const lx = s.lx;
  // "~40", "c. 300"
  if (f.i > 0 && sym(lx[f.i - 1]) === '~' && !s.sentenceStart[f.i]) return { qualifier: 'about', at: f.i - 1 };
  for (const [words, qualifier] of BEFORE) {
    const at = f.i - words.length;
    if (at < 0) continue;
    let ok = true;
    for (let n = 0; n < words.length && ok; n++) ok = word(lx[at + n]) === words[n] && (n === 0 || !s.sentenceStart[at + n]);
    if (!ok || s.sentenceStart[f.i]) continue;
    if (!fits(s, f, words, at)) return null;
    return { qualifier, at };
  }
  // "40 or more", "a dozen or so"
  if (word(lx[f.j]) === 'or' && lx[f.j + 1] && !s.sentenceStart[f.j]) {
    const q = AFTER[word(lx[f.j + 1])];
    if (q && !(q !== 'about' && lx[f.j + 2] && (s.tag(f.j + 2)?.pos === 'NOUN' || s.tag(f.j + 2)?.pos === 'ADJ'))) return { qualifier: q, at: f.i };
  }
  return null;
}

/** Whether the words before the figure qualify it here rather than govern something else. */
function fits(s: Scope, f: Figure, words: readonly string[], at: number): boolean {
  const prevLemma = (s.tag(at - 1)?.lemma ?? word(s.lx[at - 1])).toLowerCase();
  const prevWord = word(s.lx[at - 1]);
  const head = words[0];
  if (words.length === 1 && head === 'about') return !ABOUT_TOPIC.has(prevLemma) && !ABOUT_TOPIC.has(prevWord);
  if (words.length === 1 && (head === 'over' || head === 'under' || head === 'above' || head === 'below')) {
    if (OVER_GOVERNORS.has(prevLemma) || OVER_GOVERNORS.has(prevWord)) return false;
    if (f.kind === 'time' && (head === 'over' || head === 'under')) return TIME_BOUND_BEFORE.has(prevWord);
    return true;
  }
  // "went up to 15%", "rose up to": a movement, not a bound
  if (head === 'up') return !(at > 0 && triggerAt(s, at - 1));
  return true;
}
