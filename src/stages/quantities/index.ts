import { need } from '../../core/doc.js';
import type { Change, Quantity, Quote, Span, Time, Token } from '../../core/types.js';
import { defineStage } from '../../pipeline/define-stage.js';
import { attachChanges, triggerAt, triggerBefore } from './changes.js';
import { findFigures } from './figures.js';
import { Blocked, blockedStretches, mergeSpans } from './guards.js';
import { lex, type Lex } from './lexer.js';
import { factorMeasure, measureOf } from './measure.js';
import { qualifierOf, type Qualified } from './qualifier.js';
import type { Figure, Scope, Tag } from './recognise.js';
import { linkTimes, type Anchor } from './time-link.js';

/** A cheap first look: digits, fraction or currency signs, or number words. */
const MAY_HOLD_FIGURES = new RegExp(
  '[\\d½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒$€£¥₹₽₴₺₩₪₦₱₫₸₼֏₾฿₿%]|\\b(?:zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|' +
    'eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|' +
    'seventy|eighty|ninety|hundred|thousand|million|billion|trillion|lakh|crore|dozen|half|quarter|third|fourth|fifth|' +
    'sixth|seventh|eighth|ninth|\\w+th|percent|\\w+fold|minus|negative)s?\\b|\\b(?:doubl|tripl|quadrupl|halv)',
  'i',
);

/** The words of factor verbs (see changes.ts FACTORS): "double", "tripled", "halves". */
const FACTOR_WORD = /^(?:doubl|tripl|quadrupl|halv)/;

/** Times that name a date (not a duration or a set): their digits are not quantities. */
const isDate = (t: Time): boolean => t.granularity !== 'duration' && t.granularity !== 'set';

/**
 * How much: every stated figure with its value, unit, rate, what it measures, the change the
 * text states, the time it refers to, how it is hedged ("about", "more than": `qualifier`) and
 * whose quote it is part of (`attribution`). Reads body and headline paragraphs of the clean view.
 */
export const quantitiesStage = defineStage({
  name: 'quantities',
  version: 1,
  requires: ['view', 'paragraphs', 'sentences', 'tokens', 'times', 'quotes'],
  produces: ['quantities'],
  run(doc) {
    const view = need(doc, 'view');
    const paragraphs = need(doc, 'paragraphs');
    const sentences = need(doc, 'sentences');
    const tokens = need(doc, 'tokens');
    const times = need(doc, 'times');
    const quotes = need(doc, 'quotes');
    const cleanTimes = times.map((t) => ({ ...t, start: view.toClean(t.start), end: view.toClean(t.end) }));
    // sentences and tokens of each paragraph (both come in text order)
    const sentencesOf = paragraphs.map((): number[] => []);
    sentences.forEach((st, k) => sentencesOf[st.paragraph]?.push(k));
    const out: Quantity[] = [];

    paragraphs.forEach((para, p) => {
      if (para.role !== 'body' && para.role !== 'headline') return;
      const cs = view.toClean(para.start);
      const ce = view.toClean(para.end);
      const text = view.text.slice(cs, ce);
      if (!MAY_HOLD_FIGURES.test(text)) return;
      const lx = lex(text, cs);
      const sents = sentencesOf[p];
      const tag = lexemeTags(lx, tokens, sents, view.toClean);
      const sentenceStart = lx.map(() => false);
      let k = 0;
      for (const si of sents) {
        const st = view.toClean(sentences[si].start);
        while (k < lx.length && lx[k].start < st) k++;
        if (k < lx.length) sentenceStart[k] = true;
      }
      if (lx.length) sentenceStart[0] = true;
      const paraTimes = cleanTimes.filter((t) => t.start >= cs && t.end <= ce);
      const dateSpans: Span[] = paraTimes.filter(isDate).map((t) => ({ start: t.start, end: t.end }));
      const blocked = new Blocked(mergeSpans([...blockedStretches(text, cs), ...dateSpans]));
      const scope: Scope = { lx, tag, sentenceStart, blocked, headline: para.role === 'headline', text: view.text };

      const { figures, pairs, years } = findFigures(scope, cs);
      const qualified = new Map<Figure, Qualified>();
      for (const f of figures) {
        const q = qualifierOf(scope, f);
        if (!q) continue;
        qualified.set(f, q);
        if (q.at < f.i) f.lead = q.at;
      }
      const changes = new Map<Figure, Change>();
      const used = new Set<number>();
      attachChanges(scope, figures, pairs, changes, used);
      const anchors: Anchor[] = paraTimes.filter(isDate).map((t) => ({ start: t.start, end: t.end, value: t.value }));
      for (const y of years) if (!anchors.some((a) => a.start <= y.start && y.end <= a.end)) anchors.push(y);
      const linked = linkTimes(scope, figures, anchors);
      const fromOf = new Map<Figure, Figure>();
      for (const [to, from] of pairs) fromOf.set(from, to);

      figures.forEach((f, n) => {
        const q: Quantity = { ...view.sourceSpan(lx[f.i].start, lx[f.j - 1].end), value: round(f.value) };
        if (f.unit) q.unit = f.unit;
        if (f.per) q.per = f.per;
        // the measure: a "from" figure shares its partner's
        const owner = fromOf.get(f) ?? f;
        const trig = triggerFor(scope, owner, pairs.get(owner), changes.has(owner), figures);
        const m = measureOf(scope, owner, trig);
        if (m && m.b > m.a) q.measure = view.sourceSpan(lx[m.a].start, lx[m.b - 1].end);
        const c = changes.get(f);
        if (c) q.change = c;
        if (linked[n]) q.time = linked[n];
        const ql = qualified.get(f);
        if (ql) q.qualifier = ql.qualifier;
        out.push(q);
      });
      // "exports doubled", "output was halved": a factor word no figure took is a figure of its own
      for (let k = 0; k < lx.length; k++) {
        if (!FACTOR_WORD.test(lx[k].lower) || used.has(k) || scope.tag(k)?.pos !== 'VERB' || scope.blocked.at(lx[k].start) >= 0) continue;
        const t = triggerAt(scope, k);
        if (!t || t.factor === null || figures.some((f) => k >= f.i && k < f.j)) continue;
        const f: Figure = {
          i: k, j: k + 1, value: t.factor, raw: t.factor, scale: 1, currency: false, multiplier: 'times', fraction: false,
          words: true, bare: false, range: false, numStart: k, numEnd: k + 1,
        };
        const q: Quantity = { ...view.sourceSpan(lx[k].start, lx[k].end), value: t.factor };
        const ql = qualifierOf(scope, f);
        const m = factorMeasure(scope, k, ql && ql.at < k ? ql.at : k);
        if (m && m.b > m.a) q.measure = view.sourceSpan(lx[m.a].start, lx[m.b - 1].end);
        q.change = { from: null, to: null, factor: t.factor, direction: t.direction ?? (t.factor < 1 ? 'down' : 'up') };
        if (ql) q.qualifier = ql.qualifier;
        out.push(q);
      }
    });
    attribute(out, quotes);
    out.sort((a, b) => a.start - b.start || a.end - b.end);
    return { layers: { quantities: out } };
  },
});

/** Marks each quantity inside a quote's content with that quote's id (the innermost quote when they nest). */
function attribute(quantities: Quantity[], quotes: readonly Quote[]): void {
  if (!quotes.length) return;
  for (const q of quantities) {
    let best: Quote | undefined;
    for (const quote of quotes) {
      const c = quote.content;
      if (c.start <= q.start && q.end <= c.end && (!best || c.end - c.start < best.content.end - best.content.start)) best = quote;
    }
    if (best) q.attribution = best.id;
  }
}

/** The change word that governs a figure (for its measure), or null. */
function triggerFor(s: Scope, f: Figure, from: Figure | undefined, changed: boolean, figures: readonly Figure[]): number | null {
  if (!changed && !from) return null;
  const at = from ? from.i - 1 : f.i;
  const others = figures.filter((g) => g !== f && g !== from);
  return triggerBefore(s, at, 8, others)?.at ?? null;
}

/**
 * Part of speech and lemma of the token covering a lexeme, looked up on demand (most lexemes
 * never need one) among the tokens of the paragraph's sentences.
 */
function lexemeTags(lx: readonly Lex[], tokens: readonly Token[], sents: readonly number[], toClean: (o: number) => number): (k: number) => Tag | undefined {
  const memo = new Map<number, Tag | undefined>();
  if (!sents.length) return () => undefined;
  const first = sents[0];
  const last = sents[sents.length - 1];
  const bound = (sentence: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].sentence < sentence) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const from = bound(first);
  const to = bound(last + 1);
  const starts: number[] = [];
  const startOf = (t: number): number => (starts[t - from] ??= toClean(tokens[t].start));
  return (k: number) => {
    if (memo.has(k)) return memo.get(k);
    const l = lx[k];
    let found: Tag | undefined;
    if (l) {
      let lo = from;
      let hi = to - 1;
      let at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (startOf(mid) <= l.start) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (at >= 0 && toClean(tokens[at].end) > l.start) found = { pos: tokens[at].pos, lemma: tokens[at].lemma };
    }
    memo.set(k, found);
    return found;
  };
}

/** Values as the text states them: 2.48e-5 rather than 0.000024800000000000002. */
function round(v: number): number {
  if (!Number.isFinite(v) || Number.isInteger(v)) return v;
  return Number(v.toPrecision(15));
}
