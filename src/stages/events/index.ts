import { need } from '../../core/doc.js';
import type { Event, Time, Token } from '../../core/types.js';
import { defineStage } from '../../pipeline/define-stage.js';
import { accusations, findCandidates } from './candidates.js';
import { lemmaOf } from './clauses.js';
import { CONTEXT_WORDS } from './lexicon.js';
import { modalityOf } from './modality.js';
import { placeMentions, withPronouns, type Placed } from './participants.js';
import { criticalStatement, statedIntention } from './speech.js';
import { inheritParticipants, inheritVisitHost, topicsBySentence } from './inherit.js';

/** PLOVER contexts the sentence's words mark (military, economic, diplomatic). */
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
  version: 3,
  requires: ['view', 'paragraphs', 'sentences', 'tokens', 'entities', 'times', 'quotes'],
  produces: ['events'],
  run(doc) {
    const tokens = need(doc, 'tokens');
    const sentences = need(doc, 'sentences');
    const paragraphs = need(doc, 'paragraphs');
    const entities = need(doc, 'entities');
    const times = need(doc, 'times');
    const quotes = need(doc, 'quotes');
    const placed = withPronouns(placeMentions(entities, tokens), tokens);
    const topics = topicsBySentence(placed, tokens, sentences.length);
    /** Token index by start offset, and a cursor over the mentions (sorted by position) for each sentence. */
    const tokenAt = new Map(tokens.map((t, i) => [t.start, i]));
    let cursor = 0;
    const events: Event[] = [];
    let k = 0;
    for (let s = 0; s < sentences.length; s++) {
      const first = k;
      while (k < tokens.length && tokens[k].sentence === s) k++;
      const last = k - 1;
      if (last < first || paragraphs[sentences[s].paragraph].role !== 'body') continue;
      const sent = sentences[s];
      const sentenceText = doc.text.slice(sent.start, sent.end);
      while (cursor < placed.length && placed[cursor].first < first) cursor++;
      const inSentence: Placed[] = [];
      for (let j = cursor; j < placed.length && placed[j].first <= last; j++) if (placed[j].last <= last) inSentence.push(placed[j]);
      const cands = findCandidates(tokens, inSentence, first, last);
      // one main event per clause: a trigger in a relative clause or a background clause gives way
      // to the events of the main clause ("Israel released the mayor, ... jailed a year ago")
      const main = cands.filter((c) => !c.subordinate);
      const kept = main.length ? main : cands;
      // "X claimed that Y attacked Z": the claim accuses Y; "X stated that it was a mistake to rely on Z" criticises Z
      for (const c of accusations(tokens, inSentence, kept, first, last)) kept.push(c);
      if (!kept.some((c) => c.type === 'ACCUSE')) {
        for (let i = first; i <= last; i++) {
          const crit = criticalStatement(tokens, inSentence, i, last);
          if (!crit) continue;
          kept.push({ i, rule: { lemma: lemmaOf(tokens[i]), type: 'ACCUSE', cameo: '111', mode: 'disapprove' }, type: 'ACCUSE', cameo: '111', parts: { source: [crit.speaker], target: [crit.target] }, isNoun: false, subordinate: false });
          break;
        }
      }
      kept.sort((x, y) => x.i - y.i);
      for (const c of kept) {
        const { i, rule, parts } = c;
        inheritVisitHost(c, events, s, entities);
        inheritParticipants(c, events, s, topics, entities);
        // an act with nobody named on either side is a setting, not event data ("eight people were killed")
        if (!parts.source.length && !parts.target.length) continue;
        // "Israel announced it would free the prisoners": the announcement is the event
        const intention = c.isNoun ? undefined : statedIntention(tokens, i, first, c.type);
        if (intention) [c.type, c.cameo] = [intention.type, intention.cameo];
        let mod = intention ? { modality: 'asserted' as const } : modalityOf(tokens, i, first, quotes, sentenceText);
        // "France condemned the attack and promised aid": a speech act of the speaker itself is asserted, not their claim
        if (mod.attribution && !c.isNoun && SPEECH_ACTS.has(c.type)) {
          const q = quotes.find((x) => x.id === mod.attribution);
          if (q?.speaker && parts.source.some((p) => p.entity.id === q.speaker)) mod = { modality: 'asserted' };
        }
        const time = nearestTime(times, tokens[i].start, sent.start, sent.end);
        const place = placeOf(tokens, entities, tokenAt, first, last);
        const context = contextsOf(tokens, first, last);
        const emit = (source: string[], target: string[]) => events.push({
          id: `v${events.length + 1}`,
          type: c.type,
          ...(rule.mode && !intention ? { mode: rule.mode } : {}),
          ...(context.length ? { context } : {}),
          cameo: c.cameo,
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
        const symmetric = SYMMETRIC.has(c.type) || !!rule.symmetric;
        for (const [source, target] of pairs(parts.source, parts.target, symmetric, !!parts.together)) emit(source, target);
        // "leaving the CSTO, as well as from the Customs Union": the same act towards another recipient
        if (parts.also) for (const [source, target] of pairs(parts.source, parts.also, symmetric, false)) emit(source, target);
      }
    }
    return { layers: { events } };
  },
});

/** Types whose verb is itself something said: a promise, a criticism, a threat, a demand, a refusal. */
const SPEECH_ACTS = new Set<string>(['AGREE', 'ACCUSE', 'THREATEN', 'REQUEST', 'REJECT']);

/** Event types whose coordinated partners act on each other ("A and B met"). */
const SYMMETRIC = new Set<string>(['CONSULT']);

/**
 * One event per actor and recipient, as dyadic event data codes them: "Fornost and Gondor restored
 * ties with Osgiliath" is two events; "A and B met" is A→B and B→A (five or more partners:
 * one event each, no recipient). Recipients joined by a
 * repeated preposition stay one event ("from the EU – and not only from France").
 */
function pairs(source: readonly Placed[], target: readonly Placed[], symmetric: boolean, together: boolean): Array<[string[], string[]]> {
  const src = [...new Set(source.map((p) => p.entity.id))];
  // the same entity on both sides only for two demonyms of one state ("Georgian demonstrators ... the Georgian government")
  const domestic = (p: Placed) => p.entity.type === 'NORP' && source.some((q) => q.entity === p.entity && q.first !== p.first && q.mention.kind === 'name' && p.mention.kind === 'name');
  const tgt = [...new Set(target.filter((p) => !src.includes(p.entity.id) || domestic(p)).map((p) => p.entity.id))];
  const out: Array<[string[], string[]]> = [];
  if (src.length && tgt.length) {
    for (const a of src) {
      if (together) out.push([[a], tgt]);
      else for (const b of tgt) out.push([[a], [b]]);
    }
  } else if (src.length > 1 && src.length <= 4 && symmetric) {
    // "A and B met": each meets the other; with five or more partners each is an actor of its own
    for (const a of src) for (const b of src) if (a !== b) out.push([[a], [b]]);
  } else if (src.length > 1) {
    for (const a of src) out.push([[a], []]);
  } else if (tgt.length > 1 && !together) {
    for (const b of tgt) out.push([[], [b]]);
  } else out.push([src, tgt]);
  return out;
}

/** The date or time in the sentence nearest the trigger (durations and sets name no time of the event). */
function nearestTime(times: readonly Time[], at: number, start: number, end: number): Time | undefined {
  let best: Time | undefined;
  for (const t of times) {
    if (t.start < start || t.end > end || t.granularity === 'duration' || t.granularity === 'set') continue;
    if (!best || Math.abs(t.start - at) < Math.abs(best.start - at)) best = t;
  }
  return best;
}

/** Where it happened: a place named after "in", "at", "near" or "outside" in the sentence. */
function placeOf(tokens: readonly Token[], entities: readonly import('../../core/types.js').Entity[], tokenAt: ReadonlyMap<number, number>, first: number, last: number): string | undefined {
  const from = tokens[first].start;
  const to = tokens[last].end;
  for (const e of entities) {
    if (!['GPE', 'LOC', 'FAC'].includes(e.type)) continue;
    for (const m of e.mentions) {
      if (m.kind !== 'name' || m.start < from || m.end > to) continue;
      const i = tokenAt.get(m.start) ?? -1;
      if (i > 0 && ['in', 'at', 'near', 'outside'].includes(tokens[i - 1].text.toLowerCase())) return e.id;
    }
  }
  return undefined;
}
