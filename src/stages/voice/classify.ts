import type { CleanView, Quote, Sentence, SentenceVoice, Span, Token } from '../../core/types.js';
import { ANY_RUMOUR, ANY_SPECULATION, EVIDENTIAL_CUE, hasRumourMarker } from './markers.js';

/** Share of a sentence's words that must lie inside a quote's content for the sentence to be reported speech. */
const REPORTED_SHARE = 0.5;

const inside = (t: Span, s: Span) => s.start <= t.start && t.end <= s.end;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** A quote with no one named behind it whose cue speaks of rumour ("there are rumors that ..."). */
function isRumourQuote(q: Quote, text: string): boolean {
  return !q.speaker && !q.source && hasRumourMarker(text.slice(q.cue.start, q.cue.end));
}

/**
 * The voice of one sentence. The author's own words are the sentence less the contents of quotes; a question
 * mark, a rumour marker or a speculation marker among them decides, in that order; otherwise the sentence is
 * reported speech when it holds a quote's cue or is mostly a quote's content, and asserted when none of these hold.
 */
export function voiceOfSentence(index: number, sentence: Sentence, words: readonly Token[], quotes: readonly Quote[], text: string, view: CleanView): SentenceVoice {
  // a plan or wish ascribed to someone ("Baku wants passage", "he plans to visit") is the author's own statement
  const mine = quotes.filter((q) => (overlaps(q.content, sentence) || inside(q.cue, sentence)) && !q.intent);
  // the author's words, in the clean view, with quoted contents blanked so markers inside them do not count
  const cs = view.toClean(sentence.start);
  const ce = view.toClean(sentence.end);
  const chars = view.text.slice(cs, ce).toLowerCase().split('');
  for (const q of mine) {
    const a = Math.max(cs, view.toClean(q.content.start)) - cs;
    const b = Math.min(ce, view.toClean(q.content.end)) - cs;
    for (let k = a; k < b; k++) chars[k] = ' ';
  }
  const own = chars.join('');
  const cue = (a: number, b: number) => {
    const span = view.sourceSpan(cs + a, cs + b);
    return { ...span, text: text.slice(span.start, span.end) };
  };

  const lastMark = own.replace(/[\s"'”’»)\]]+$/, '');
  if (lastMark.endsWith('?')) return { sentence: index, voice: 'question', cue: cue(lastMark.length - 1, lastMark.length) };

  const firstMatch = (markers: RegExp) => markers.exec(own);
  const rumourQuote = mine.find((q) => isRumourQuote(q, text));
  if (rumourQuote) return { sentence: index, voice: 'rumored', cue: { ...rumourQuote.cue, text: text.slice(rumourQuote.cue.start, rumourQuote.cue.end) }, quote: rumourQuote.id };
  const rumour = firstMatch(ANY_RUMOUR);
  if (rumour) return { sentence: index, voice: 'rumored', cue: cue(rumour.index, rumour.index + rumour[0].length) };
  const guess = firstMatch(ANY_SPECULATION);
  if (guess) return { sentence: index, voice: 'speculative', cue: cue(guess.index, guess.index + guess[0].length) };
  const seeming = mine.find((q) => inside(q.cue, sentence) && EVIDENTIAL_CUE.test(text.slice(q.cue.start, q.cue.end)));
  if (seeming) return { sentence: index, voice: 'speculative', cue: { ...seeming.cue, text: text.slice(seeming.cue.start, seeming.cue.end) } };

  const counted = words.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM');
  for (const q of mine) {
    const share = counted.length ? counted.filter((t) => inside(t, q.content)).length / counted.length : 0;
    if (inside(q.cue, sentence) || share >= REPORTED_SHARE) {
      return { sentence: index, voice: 'reported', cue: { ...q.cue, text: text.slice(q.cue.start, q.cue.end) }, quote: q.id };
    }
  }
  return { sentence: index, voice: 'asserted' };
}
