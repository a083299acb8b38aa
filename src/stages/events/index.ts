import { need } from '../../core/doc.js';
import type { Event, Time, Token } from '../../core/types.js';
import { defineStage } from '../../pipeline/define-stage.js';
import { CONTEXT_WORDS, TRIGGERS_BY_LEMMA, type TriggerRule } from './lexicon.js';
import { modalityOf } from './modality.js';
import { findParticipants, placeMentions, type Placed } from './participants.js';

/** Lemma of a token as the trigger table knows it (wink lemmatises nouns and verbs). */
const lemmaOf = (t: Token) => (t.lemma || t.text).toLowerCase();

function ruleApplies(rule: TriggerRule, tokens: readonly Token[], k: number, first: number, last: number): boolean {
  const t = tokens[k];
  if (rule.pos === 'VERB' && t.pos !== 'VERB') return false;
  if (rule.pos === 'NOUN' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  if (!rule.pos && !['VERB', 'NOUN', 'PROPN', 'ADJ'].includes(t.pos)) return false;
  const w = rule.window ?? 5;
  const lo = w < 0 ? Math.max(first, k + w) : k + 1;
  const hi = w < 0 ? k - 1 : Math.min(last, k + w);
  const near = (words: string[]) => {
    for (let j = lo; j <= hi; j++) if (words.includes(lemmaOf(tokens[j])) || words.includes(tokens[j].text.toLowerCase())) return true;
    // passives and nominal triggers: "an agreement was concluded", "the threat of cross-sanctions"
    for (let j = Math.max(first, k - 4); j < k; j++) if (words.includes(lemmaOf(tokens[j])) && tokens[j].pos === 'NOUN') return true;
    return false;
  };
  if (rule.with && !near(rule.with)) return false;
  if (rule.without) for (let j = Math.max(first, k - 3); j <= Math.min(last, k + 3); j++) if (rule.without.includes(lemmaOf(tokens[j]))) return false;
  return true;
}

function contextsOf(tokens: readonly Token[], first: number, last: number): string[] {
  const out: string[] = [];
  for (const [ctx, words] of Object.entries(CONTEXT_WORDS)) {
    for (let j = first; j <= last; j++) {
      const w = lemmaOf(tokens[j]);
      if (words.includes(w) || words.includes(tokens[j].text.toLowerCase())) {
        out.push(ctx);
        break;
      }
    }
  }
  return out;
}

/**
 * Who did what to whom: PLOVER events (CAMEO alongside) from trigger words, with actor and
 * recipient from the clause, time, place and modality.
 */
export const eventsStage = defineStage({
  name: 'events',
  version: 1,
  requires: ['view', 'paragraphs', 'sentences', 'tokens', 'entities', 'times', 'quotes'],
  produces: ['events'],
  run(doc) {
    const tokens = need(doc, 'tokens');
    const sentences = need(doc, 'sentences');
    const paragraphs = need(doc, 'paragraphs');
    const entities = need(doc, 'entities');
    const times = need(doc, 'times');
    const quotes = need(doc, 'quotes');
    const placed = placeMentions(entities, tokens);
    const events: Event[] = [];
    let k = 0;
    for (let s = 0; s < sentences.length; s++) {
      const first = k;
      while (k < tokens.length && tokens[k].sentence === s) k++;
      const last = k - 1;
      if (last < first || paragraphs[sentences[s].paragraph].role !== 'body') continue;
      const sent = sentences[s];
      const sentenceText = doc.text.slice(sent.start, sent.end);
      const inSentence = placed.filter((p) => p.first >= first && p.last <= last);
      const taken: Array<{ type: string; at: number }> = [];
      for (let i = first; i <= last; i++) {
        const rules = TRIGGERS_BY_LEMMA.get(lemmaOf(tokens[i]));
        if (!rules) continue;
        const rule = rules.find((r) => ruleApplies(r, tokens, i, first, last));
        if (!rule) continue;
        // one event per clause stretch and type: "an agreement was concluded" is one event
        if (taken.some((x) => x.type === rule.type && Math.abs(x.at - i) <= 6)) continue;
        // a name is not a trigger ("the Baku Declaration", "Security Council")
        if (inSentence.some((p) => p.first <= i && i <= p.last)) continue;
        const isNoun = tokens[i].pos === 'NOUN' || tokens[i].pos === 'PROPN';
        const parts = findParticipants(tokens, inSentence, i, first, last, isNoun);
        if (!parts.source.length && !parts.target.length && !isStrongTrigger(rule)) continue;
        if (rule.needsPlace && !(parts.target[0] && ['GPE', 'LOC'].includes(parts.target[0].entity.type))) continue;
        taken.push({ type: rule.type, at: i });
        const mod = modalityOf(tokens, i, first, quotes, sentenceText);
        const time = nearestTime(times, tokens[i].start, sent.start, sent.end);
        const place = placeOf(tokens, entities, first, last);
        const ids = (ps: Placed[]) => [...new Set(ps.map((p) => p.entity.id))];
        const source = ids(parts.source);
        const target = ids(parts.target).filter((id) => !source.includes(id));
        const context = contextsOf(tokens, first, last);
        events.push({
          id: `v${events.length + 1}`,
          type: rule.type,
          ...(rule.mode ? { mode: rule.mode } : {}),
          ...(context.length ? { context } : {}),
          cameo: rule.cameo,
          sentence: s,
          trigger: { start: tokens[i].start, end: tokens[i].end },
          source,
          target,
          ...(place ? { place } : {}),
          ...(time ? { time: { value: time.value, span: { start: time.start, end: time.end } } } : {}),
          modality: mod.modality,
          ...(mod.attribution ? { attribution: mod.attribution } : {}),
          confidence: Math.round((0.4 + (source.length ? 0.3 : 0) + (target.length ? 0.2 : 0)) * 100) / 100,
        });
      }
    }
    return { layers: { events } };
  },
});

/** Triggers that name an event even when the sentence names no participant. */
function isStrongTrigger(rule: TriggerRule): boolean {
  return !!rule.with || ['ASSAULT', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE'].includes(rule.type);
}

function nearestTime(times: readonly Time[], at: number, start: number, end: number): Time | undefined {
  let best: Time | undefined;
  for (const t of times) {
    if (t.start < start || t.end > end || t.granularity === 'duration' || t.granularity === 'set') continue;
    if (!best || Math.abs(t.start - at) < Math.abs(best.start - at)) best = t;
  }
  return best;
}

function placeOf(tokens: readonly Token[], entities: readonly import('../../core/types.js').Entity[], first: number, last: number): string | undefined {
  const from = tokens[first].start;
  const to = tokens[last].end;
  for (const e of entities) {
    if (!['GPE', 'LOC', 'FAC'].includes(e.type)) continue;
    for (const m of e.mentions) {
      if (m.kind !== 'name' || m.start < from || m.end > to) continue;
      const i = tokens.findIndex((t) => t.start === m.start);
      if (i > 0 && ['in', 'at', 'near', 'outside'].includes(tokens[i - 1].text.toLowerCase())) return e.id;
    }
  }
  return undefined;
}
