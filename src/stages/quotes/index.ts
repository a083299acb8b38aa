import { need } from '../../core/doc.js';
import type { CleanView, Entity, Quote, Span, Time } from '../../core/types.js';
import { defineStage } from '../../pipeline/define-stage.js';
import { findAccordingTo, findAsPutIt, findInRecord } from './according.js';
import { buildContext, type Ctx } from './context.js';
import { findConstruals } from './construals.js';
import { findCompoundLabels } from './compounds.js';
import { findContinuations } from './continuation.js';
import { findDashCredits } from './credits.js';
import { intentOf, looksLikeWebsite } from './cues.js';
import { kindOf, spanOf, type Found } from './found.js';
import { isRelative, trimEnd, trimStart } from './phrases.js';
import { findNamedColons, findSpeakerLabels } from './labels.js';
import { findNounQuotes } from './nouns.js';
import { findPassiveQuotes } from './passive.js';
import { findPhrasalCues } from './phrasal.js';
import { findPossessiveNouns } from './possessives.js';
import { findQuestions } from './questions.js';
import { findEvidentialAdverbs, findRaising } from './raising.js';
import { SpeakerResolver } from './speakers.js';
import { findStanceAdjectives } from './stances.js';
import { findColonIntros } from './intros.js';
import { findVerbQuotes } from './verbs.js';

/**
 * Every rule, most specific first; each marks the cue tokens it used so later rules skip them.
 * `selfCredit` tells a source that is the outlet crediting itself ("..., News.am reports"): such a
 * credit is no quote, and goes before it could swallow the attributions inside its sentence.
 */
export function findQuotes(ctx: Ctx, selfCredit: (f: Found) => boolean = () => false): Found[] {
  const used = new Set<number>();
  const found: Found[] = [
    ...findSpeakerLabels(ctx, used),
    ...findPassiveQuotes(ctx, used),
    ...findQuestions(ctx, used),
    ...findAccordingTo(ctx, used),
    ...findAsPutIt(ctx, used),
    ...findNounQuotes(ctx, used),
    ...findPossessiveNouns(ctx, used),
    ...findDashCredits(ctx, used),
    ...findCompoundLabels(ctx, used),
    ...findColonIntros(ctx, used),
    ...findPhrasalCues(ctx, used),
    ...findVerbQuotes(ctx, used),
    ...findStanceAdjectives(ctx, used),
    ...findRaising(ctx, used),
    ...findConstruals(ctx, used),
    ...findEvidentialAdverbs(ctx, used),
    ...findInRecord(ctx, used),
    ...findNamedColons(ctx, used),
  ];
  found.push(...findContinuations(ctx, found));
  return unnest(ctx, dedupe(ctx, found.filter((f) => !selfCredit(f))));
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

/** The rank findContinuations gives the quotations that go on after an attributed one. */
const CONTINUATION_RANK = 20;
const CLAUSE_LINKS = /^(?:and|but|or|though|although|while|whereas|yet|so)$/;

/**
 * Where the clause of attribution `g` begins when it is coordinated with, rather than embedded in,
 * the content before it: the index of the comma, semicolon, dash or conjunction that opens it, or -1.
 * "said the plan failed, though she acknowledged ...", "said he would act and warned against ...",
 * "..., which he said were ...".
 */
function clauseBoundary(ctx: Ctx, g: Found, floor: number): number {
  const toks = ctx.toks;
  const src = g.sourceRange;
  let s = src && src.last < g.cueRange.first && src.first > floor ? src.first : g.cueRange.first;
  if (src && src.first === src.last && isRelative(toks[src.first]) && src.first === s) s = src.first;
  let b = s - 1;
  while (b > floor && toks[b].pos === 'ADV') b--;
  if (b <= floor) return -1;
  const t = toks[b];
  if (isRelative(t) && toks[b - 1]?.text === ',') return b - 1;
  if (/^[,;—–]$/.test(t.text)) return b;
  if (CLAUSE_LINKS.test(t.lower)) return toks[b - 1]?.text === ',' ? b - 1 : b;
  return -1;
}

/**
 * An attribution whose cue lies inside what another attribution reports is either coordinated with
 * it ("said A and warned that B": the first content ends where the second clause begins) or embedded
 * in it ("said he would support the plan": part of what was said, not a claim of its own; dropped).
 */
function unnest(ctx: Ctx, found: Found[]): Found[] {
  const out = found.map((f) => ({ ...f }));
  const dropped = new Set<Found>();
  for (const g of out) {
    for (const f of out) {
      if (f === g || dropped.has(f)) continue;
      if (!(f.content.start <= g.cue.start && g.cue.end <= f.content.end)) continue;
      if (f.cueRange.first === g.cueRange.first) continue;
      // "“A,” the judge said, according to the Post": the Post reports the judge's quotation, whole
      if (f.kind === 'according-to' && (g.kind === 'direct' || g.kind === 'mixed')) continue;
      // "X stated that A. This was said by Y.": the sentence Y is credited with keeps its own attribution
      if (ctx.toks[f.cueRange.first].unit > ctx.toks[f.contentRange.last].unit) continue;
      const r = f.contentRange;
      let cut = false;
      if (f.cue.end <= f.content.start) {
        const b = clauseBoundary(ctx, g, r.first);
        if (b > r.first) {
          const last = trimEnd(ctx, r.first, b - 1);
          if (last >= r.first) {
            f.contentRange = { first: r.first, last };
            cut = true;
          }
        }
      } else if (g.source && g.content.end <= f.cue.start && g.contentRange.last < r.last) {
        // "X said A, B added": what B added starts after what X said (an unnamed construal such as
        // "the route, known as the Middle Corridor," is only part of the sentence)
        const first = trimStart(ctx, g.contentRange.last + 1, r.last);
        if (first <= r.last) {
          f.contentRange = { first, last: r.last };
          cut = true;
        }
      }
      if (cut) {
        f.content = spanOf(ctx, f.contentRange);
        f.kind = kindOf(ctx, f.contentRange);
      } else dropped.add(g);
      break;
    }
  }
  return out.filter((f) => !dropped.has(f));
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
/**
 * A source that begins inside a name takes the whole name: "..., the Uzbek Ministry of Investment, Industry and Trade
 * said" is said by the ministry, not by "Industry and Trade". A content before it gives those words back.
 */
function sourceOverName(source: Span, content: Span, entities: readonly Entity[], text: string): [Span, Span] {
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.kind !== 'name' || !(m.start < source.start && source.start < m.end && m.end <= source.end)) continue;
      const start = /^the $/i.test(text.slice(Math.max(0, m.start - 4), m.start)) ? m.start - 4 : m.start;
      if (content.start < start && content.end > start) {
        let end = start;
        while (end > content.start && /[\s,;:–—-]/.test(text[end - 1])) end--;
        content = { start: content.start, end };
      }
      return [{ start, end: source.end }, content];
    }
  }
  return [source, content];
}

/** A dateline opening a story: "TBILISI – ", "KYIV, Ukraine — ". */
const DATELINE = /^\p{Lu}[\p{Lu} .'-]+\p{Lu}(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?\s*[–—-]\s+(?=\S)/u;

/** The span without a dateline at its start ("TBILISI – Georgia's Interior Ministry" → "Georgia's Interior Ministry"). */
function afterDateline(text: string, span: Span): Span {
  const m = DATELINE.exec(text.slice(span.start, span.end));
  return m && m[0].length < span.end - span.start ? { start: span.start + m[0].length, end: span.end } : span;
}

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
    // an outlet crediting itself ("News.am reports"); "according to Factcheck.org" still names a source
    const selfCredit = (f: Found): boolean => {
      if (!f.source) return false;
      const at = view.sourceSpan(f.source.start, f.source.end);
      const words = doc.text.slice(at.start, at.end);
      return (looksLikeWebsite(words) && f.kind !== 'according-to') || outlets.includes(norm(words));
    };
    for (const f of findQuotes(ctx, selfCredit)) {
      let source = f.source ? afterDateline(doc.text, view.sourceSpan(f.source.start, f.source.end)) : null;
      let content = afterDateline(doc.text, view.sourceSpan(f.content.start, f.content.end));
      if (source) [source, content] = sourceOverName(source, content, entities, doc.text);
      const cue = view.sourceSpan(f.cue.start, f.cue.end);
      const speaker = resolver.resolve(source) ?? (f.hint ? resolver.resolve(view.sourceSpan(f.hint.start, f.hint.end)) : null);
      const q: Quote = { id: `q${quotes.length + 1}`, kind: f.kind, speaker, source, cue, content };
      const intent = intentOf(ctx.toks[f.cueRange.first]);
      if (intent) q.intent = intent;
      const date = dateOf(ctx, view, times, f);
      if (date) q.date = date;
      quotes.push(q);
    }
    return { layers: { quotes } };
  },
});
