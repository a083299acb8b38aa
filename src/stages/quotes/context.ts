import type { CleanView, Paragraph, Sentence, Token } from '../../core/types.js';
import { findQuoteSpans, type QuoteSpan } from './marks.js';

/** A token in clean-view offsets, with its place in the body text. */
export interface Tok {
  /** Index into `Ctx.toks`. */
  i: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
  lemma: string;
  /** Index into `Ctx.units`. */
  unit: number;
  /** Paragraph index (into the doc's paragraphs). */
  para: number;
  /** Index into `Ctx.quotes` of the quotation this token lies in (marks included), or -1. */
  quote: number;
  /** First token of its unit (a capital letter there says nothing about names). */
  opensUnit: boolean;
}

/**
 * A stretch the attribution rules read as one sentence: a segmenter sentence, merged with its
 * neighbours when a sentence boundary falls inside a quotation.
 */
export interface Unit {
  start: number;
  end: number;
  /** First and last token index (inclusive). */
  first: number;
  last: number;
  para: number;
  /** Most words capitalised, as in a headline ("Trump Says He Will Win"). */
  titleCase: boolean;
}

/** Everything the quote rules read: the clean body text, its tokens, units and quotations. */
export interface Ctx {
  text: string;
  toks: Tok[];
  units: Unit[];
  quotes: QuoteSpan[];
}

/** Builds the working context from body paragraphs only (headlines, captions and credits hold no quotes). */
export function buildContext(view: CleanView, paragraphs: readonly Paragraph[], sentences: readonly Sentence[], tokens: readonly Token[]): Ctx {
  const text = view.text;
  const bodyParas = new Set<number>();
  const paraSpans: Array<{ start: number; end: number; para: number }> = [];
  paragraphs.forEach((p, i) => {
    if (p.role !== 'body') return;
    bodyParas.add(i);
    paraSpans.push({ start: view.toClean(p.start), end: view.toClean(p.end - 1) + 1, para: i });
  });
  const quotes = findQuoteSpans(text, paraSpans);

  const toks: Tok[] = [];
  const units: Unit[] = [];
  let qi = 0;
  const quoteAt = (offset: number): number => {
    while (qi < quotes.length && quotes[qi].end <= offset) qi++;
    return qi < quotes.length && quotes[qi].start <= offset ? qi : -1;
  };
  // tokens come sentence by sentence; a sentence either opens a unit or joins the previous one
  let sentence = -1;
  let sentenceFirst = 0;
  for (let n = 0; n < tokens.length; n++) {
    const t = tokens[n];
    const s = sentences[t.sentence];
    if (!s || !bodyParas.has(s.paragraph)) continue;
    const start = view.toClean(t.start);
    const end = Math.max(start, Math.min(text.length, start + t.text.length));
    const para = s.paragraph;
    if (t.sentence !== sentence) {
      sentence = t.sentence;
      sentenceFirst = n;
      const prev = units[units.length - 1];
      // merge with the previous unit when the boundary lies inside one quotation
      const merge =
        !!prev &&
        prev.para === para &&
        (spansBoundary(quotes, prev.end, start) || attributionAfterQuote(text, quotes, prev.start, prev.end, tokens, sentenceFirst) || brokenInside(text, prev.start, prev.end, t.text));
      if (!merge) units.push({ start, end, first: toks.length, last: toks.length, para, titleCase: false });
    }
    const ui = units.length - 1;
    const lower = t.text.toLowerCase();
    toks.push({ i: toks.length, start, end, text: t.text, lower, pos: t.pos, lemma: t.lemma ? t.lemma.toLowerCase() : lower, unit: ui, para, quote: -1, opensUnit: false });
    units[ui].last = toks.length - 1;
    units[ui].end = end;
  }
  for (const t of toks) t.quote = quoteAt(t.start);
  for (const u of units) {
    if (toks[u.first]) toks[u.first].opensUnit = true;
    let words = 0;
    let capitals = 0;
    for (let i = u.first; i <= u.last; i++) {
      if (!/^\p{L}/u.test(toks[i].text)) continue;
      words++;
      if (/^\p{Lu}/u.test(toks[i].text)) capitals++;
    }
    u.titleCase = words >= 3 && capitals >= 0.7 * words;
  }
  return { text, toks, units, quotes };
}

/**
 * "Rep. Gwen Moore (D-Wis.) said ...": the segmenter ends a sentence at an abbreviation's period inside
 * brackets, or before a word in lower case or a comma ("(D-Minn.), who ..."); none is a real sentence end.
 */
function brokenInside(text: string, prevStart: number, prevEnd: number, nextWord: string): boolean {
  if (/^(?:\p{Ll}|[,;:)\]])/u.test(nextWord)) return true;
  const before = text.slice(prevStart, prevEnd);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** Index of the last quotation that starts before `offset` (quotations are sorted and do not overlap), or -1. */
function lastStartingBefore(quotes: readonly QuoteSpan[], offset: number): number {
  let lo = 0;
  let hi = quotes.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start < offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Whether one quotation runs across the gap between `end` (of one sentence) and `start` (of the next). */
function spansBoundary(quotes: readonly QuoteSpan[], end: number, start: number): boolean {
  const q = quotes[lastStartingBefore(quotes, end)];
  return !!q && q.end > start;
}

/**
 * “Who are they?” Trump said. — the segmenter ends a sentence inside the quotation; the attribution
 * that follows the closing mark belongs with it.
 */
function attributionAfterQuote(text: string, quotes: readonly QuoteSpan[], prevStart: number, prevEnd: number, tokens: readonly Token[], from: number): boolean {
  const q = quotes[lastStartingBefore(quotes, prevEnd)];
  if (!q || q.end !== prevEnd || q.open) return false;
  // the quotation must make up the sentence: after "X said the probe is “ongoing.”" a new sentence starts
  if (q.start > prevStart && /[\p{L}\p{N}]/u.test(text.slice(prevStart, q.start))) return false;
  // “... areas we’re going to.” She noted ...: a quotation closed by a full stop ends its sentence,
  // unless all that follows is its attribution (“... are missing.” Trump said.)
  const closedByStop = /\.\s*$/.test(text.slice(q.start, q.end - 1)) && /^\p{Lu}/u.test(tokens[from]?.text ?? '');
  const first = tokens[from];
  if (!first || /["“”«'‘]/.test(first.text)) return false;
  if (/^\p{Ll}/u.test(first.text)) return true;
  for (let i = from; i < Math.min(tokens.length, from + 8) && tokens[i].sentence === first.sentence; i++) {
    const t = tokens[i];
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      const n = tokens[i + 1];
      if (!n || n.sentence !== first.sentence) return SAYING.has(t.lemma);
      if (closedByStop) return SAYING.has(t.lemma) && /^[.!?]$/.test(n.text);
      // ("“...?” Trump asked reporters", "“...,” she told colleagues")
      return SAYING.has(t.lemma) && (/^[.,!?;:]$/.test(n.text) || n.pos === 'PROPN' || n.pos === 'DET' || n.pos === 'ADV' || n.pos === 'ADP' || n.pos === 'PRON' || (n.pos === 'NOUN' && /^(?:tell|ask|write|add|say)$/.test(t.lemma)));
    }
    if (t.pos === 'PUNCT' && t.text !== '.' && t.text !== ',') return false;
  }
  return false;
}

const SAYING = new Set(['say', 'tell', 'add', 'write', 'ask', 'explain', 'continue', 'note', 'reply', 'respond', 'insist', 'argue', 'tweet', 'declare', 'warn', 'joke', 'quip', 'recall', 'state', 'claim', 'admit', 'answer', 'conclude', 'observe', 'remark', 'exclaim', 'shout', 'predict']);
