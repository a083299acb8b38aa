import { need } from '../../core/doc.js';
import type { CleanView, Quote, Span, Time } from '../../core/types.js';
import { defineStage } from '../../pipeline/define-stage.js';
import { findAccordingTo } from './according.js';
import { buildContext, type Ctx } from './context.js';
import { findContinuations } from './continuation.js';
import { findDashCredits } from './credits.js';
import { looksLikeWebsite } from './cues.js';
import type { Found } from './found.js';
import { findSpeakerLabels } from './labels.js';
import { findNounQuotes } from './nouns.js';
import { findPassiveQuotes } from './passive.js';
import { findQuestions } from './questions.js';
import { findRaising } from './raising.js';
import { SpeakerResolver } from './speakers.js';
import { findColonIntros } from './intros.js';
import { findVerbQuotes } from './verbs.js';

/** Every rule, most specific first; each marks the cue tokens it used so later rules skip them. */
export function findQuotes(ctx: Ctx): Found[] {
  const used = new Set<number>();
  const found: Found[] = [
    ...findSpeakerLabels(ctx, used),
    ...findPassiveQuotes(ctx, used),
    ...findQuestions(ctx, used),
    ...findAccordingTo(ctx, used),
    ...findNounQuotes(ctx, used),
    ...findDashCredits(ctx, used),
    ...findColonIntros(ctx, used),
    ...findVerbQuotes(ctx, used),
    ...findRaising(ctx, used),
  ];
  found.push(...findContinuations(ctx, found));
  return dedupe(ctx, found);
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Drops a quote whose content (nearly) repeats one found by a more specific rule, or shares its cue and overlaps it. */
function dedupe(ctx: Ctx, found: Found[]): Found[] {
  const order = [...found].sort((a, b) => a.rank - b.rank || a.content.start - b.content.start);
  const kept: Found[] = [];
  // kept quotes by the units their content and cue touch: only those can overlap
  const byUnit = new Map<number, Found[]>();
  const unitsOf = (f: Found): number[] => {
    const us = new Set<number>();
    for (const r of [f.contentRange, f.cueRange]) for (let u = ctx.toks[r.first].unit; u <= ctx.toks[r.last].unit; u++) us.add(u);
    return [...us];
  };
  for (const f of order) {
    const len = f.content.end - f.content.start;
    const units = unitsOf(f);
    const dup = units.some((u) =>
      (byUnit.get(u) ?? []).some((k) => {
        const o = overlap(k.content, f.content);
        const kl = k.content.end - k.content.start;
        return o >= 0.9 * Math.max(len, kl) || (o > 0 && overlap(k.cue, f.cue) > 0);
      }),
    );
    if (dup) continue;
    kept.push(f);
    for (const u of units) byUnit.set(u, [...(byUnit.get(u) ?? []), f]);
  }
  return kept.sort((a, b) => a.content.start - b.content.start || a.cue.start - b.cue.start);
}

const DATE_VALUE = /^\d{4}(?:-(?:\d{2}|W\d{2}|SP|SU|FA|WI|Q[1-4]|H[12])(?:-\d{2})?)?$/;

/**
 * The date of a saying, when its clause states one: a date outside what was said, with no other
 * verb between it and the cue ("on September 3, 2023, X stated", "said on Tuesday").
 */
function dateOf(ctx: Ctx, view: CleanView, times: readonly Time[], f: Found): string | undefined {
  const unit = ctx.units[f.unit];
  for (const t of times) {
    const start = view.toClean(t.start);
    const end = view.toClean(t.end - 1) + 1;
    if (start < unit.start || end > unit.end) continue;
    if (start < f.content.end && end > f.content.start) continue;
    if (!DATE_VALUE.test(t.value)) continue;
    const from = Math.min(end, f.cue.start);
    const to = Math.max(start, f.cue.end);
    let blocked = false;
    for (let i = unit.first; i <= unit.last && !blocked; i++) {
      const k = ctx.toks[i];
      if (k.start < from || k.end > to) continue;
      if (k.start >= f.cue.start && k.end <= f.cue.end) continue;
      if (k.pos === 'VERB' || (k.start >= f.content.start && k.end <= f.content.end)) blocked = true;
    }
    if (!blocked) return t.value;
  }
  return undefined;
}

const norm = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');

/** Who said what: direct, indirect, mixed and according-to quotes from the body text. */
export const quotesStage = defineStage({
  name: 'quotes',
  version: 1,
  requires: ['view', 'paragraphs', 'sentences', 'tokens', 'entities', 'times'],
  produces: ['quotes'],
  run(doc) {
    const view = need(doc, 'view');
    const ctx = buildContext(view, need(doc, 'paragraphs'), need(doc, 'sentences'), need(doc, 'tokens'));
    const entities = doc.layers.entities ?? [];
    const times = doc.layers.times ?? [];
    const resolver = new SpeakerResolver(doc.text, entities);
    const outlets = [doc.meta.outlet, doc.meta.origin?.outlet].filter((x): x is string => !!x).map(norm);
    const quotes: Quote[] = [];
    for (const f of findQuotes(ctx)) {
      const source = f.source ? view.sourceSpan(f.source.start, f.source.end) : null;
      if (source) {
        const words = doc.text.slice(source.start, source.end);
        if (looksLikeWebsite(words) || outlets.includes(norm(words))) continue; // an outlet crediting itself
      }
      const content = view.sourceSpan(f.content.start, f.content.end);
      const cue = view.sourceSpan(f.cue.start, f.cue.end);
      const speaker = resolver.resolve(source) ?? (f.hint ? resolver.resolve(view.sourceSpan(f.hint.start, f.hint.end)) : null);
      const q: Quote = { id: `q${quotes.length + 1}`, kind: f.kind, speaker, source, cue, content };
      const date = dateOf(ctx, view, times, f);
      if (date) q.date = date;
      quotes.push(q);
    }
    return { layers: { quotes } };
  },
});
