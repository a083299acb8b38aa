import { need } from '../../core/doc.js';
import type { Event, PloverType, Time, Token } from '../../core/types.js';
import { defineStage } from '../../pipeline/define-stage.js';
import { CONTEXT_WORDS, TRIGGERS_BY_LEMMA, type TriggerRule } from './lexicon.js';
import { modalityOf } from './modality.js';
import { findParticipants, placeMentions, withPronouns, type Participants, type Placed } from './participants.js';

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
  version: 2,
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
      const cands = findCandidates(tokens, inSentence, first, last);
      // one main event per clause: a trigger in a relative clause or a background clause gives way
      // to the events of the main clause ("Israel released the mayor, ... jailed a year ago")
      const main = cands.filter((c) => !c.subordinate);
      const kept = main.length ? main : cands;
      // "X claimed that Y attacked Z": the claim accuses Y
      for (const c of accusations(tokens, inSentence, kept, first, last)) kept.push(c);
      kept.sort((x, y) => x.i - y.i);
      for (const c of kept) {
        const { i, rule, parts } = c;
        inherit(c, events, s, entities);
        const mod = modalityOf(tokens, i, first, quotes, sentenceText);
        const time = nearestTime(times, tokens[i].start, sent.start, sent.end);
        const place = placeOf(tokens, entities, first, last);
        const context = contextsOf(tokens, first, last);
        for (const [source, target] of pairs(parts.source, parts.target, SYMMETRIC.has(rule.type) || !!rule.symmetric)) {
          events.push({
            id: `v${events.length + 1}`,
            type: c.type,
            ...(rule.mode ? { mode: rule.mode } : {}),
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
        }
      }
    }
    return { layers: { events } };
  },
});

/** Event types whose coordinated partners act on each other ("A and B met"). */
const SYMMETRIC = new Set<string>(['CONSULT']);

/**
 * One event per actor, as the event sets code them: "Fornost and Gondor restored ties with
 * Osgiliath" is two events; "A and B met" is A→B and B→A; several recipients of one actor
 * stay together.
 */
function pairs(source: readonly Placed[], target: readonly Placed[], symmetric: boolean): Array<[string[], string[]]> {
  const src = [...new Set(source.map((p) => p.entity.id))];
  const tgt = [...new Set(target.map((p) => p.entity.id))].filter((id) => !src.includes(id));
  const out: Array<[string[], string[]]> = [];
  // several recipients of one actor stay one event ("negotiating with the EU and France")
  if (src.length && tgt.length) {
    for (const a of src) out.push([[a], tgt]);
  } else if (src.length > 1 && symmetric) {
    for (const a of src) for (const b of src) if (a !== b) out.push([[a], [b]]);
  } else if (src.length > 1) {
    for (const a of src) out.push([[a], []]);
  } else out.push([src, tgt]);
  return out;
}

interface Candidate {
  i: number;
  rule: TriggerRule;
  type: PloverType;
  cameo: string;
  parts: Participants;
  isNoun: boolean;
  /** In a relative or background clause. */
  subordinate: boolean;
}

/** Verbs that code the event themselves when they govern another trigger ("agreed to lift"). */
const GOVERNORS = new Set(['agree', 'pledge', 'promise', 'vow', 'commit', 'offer', 'threaten', 'refuse', 'decline', 'reject', 'ask', 'urge', 'demand', 'request', 'call']);
/** Verbs of wanting: "wants to attack" is a threat, "wants to help" an intention. */
const WANTING = new Set(['want', 'wish', 'seek', 'hope', 'desire']);
const HOSTILE = new Set<string>(['ASSAULT', 'COERCE']);
const COOPERATIVE = new Set<string>(['CONSULT', 'COOPERATE', 'AID', 'SUPPORT']);
const AUX_BEFORE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'has', 'have', 'had', 'having', 'get', 'got']);

/** Lemma candidates for a token: the tagger's lemma, then a rough stem of the word ("cordoned"). */
function lemmasOf(t: Token): string[] {
  const l = lemmaOf(t);
  const w = t.text.toLowerCase();
  const out = [l];
  for (const [suf, rep] of [['ied', 'y'], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['es', ''], ['s', '']] as const) {
    if (w.length > suf.length + 2 && w.endsWith(suf)) out.push(w.slice(0, -suf.length) + rep);
  }
  return out;
}

function findCandidates(tokens: readonly Token[], inSentence: readonly Placed[], first: number, last: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = first; i <= last; i++) {
    let rules: TriggerRule[] | undefined;
    for (const l of lemmasOf(tokens[i])) if ((rules = TRIGGERS_BY_LEMMA.get(l))) break;
    if (!rules) continue;
    const rule = rules.find((r) => ruleApplies(r, tokens, i, first, last));
    if (!rule) continue;
    // one event per clause stretch and type: "an agreement was concluded" is one event
    if (out.some((x) => x.rule.type === rule.type && Math.abs(x.i - i) <= 6 && !(x.isNoun && !x.parts.source.length))) continue;
    // a name is not a trigger ("the Baku Declaration", "Security Council")
    if (inSentence.some((p) => p.first <= i && i <= p.last)) continue;
    const t = tokens[i];
    const isNoun = t.pos === 'NOUN' || t.pos === 'PROPN';
    // a participle after a noun, with a verb before it, is a reduced relative: "a member ... jailed a year ago"
    if (!isNoun && /(?:ed|en)$/i.test(t.text) && i > first && ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) && !inSentence.some((p) => p.last === i - 1)
      && (tokens.slice(first, i - 1).some((x) => x.pos === 'VERB')
        || tokens.slice(i + 1, last + 1).some((x, n, a) => /^(is|are|was|were)$/i.test(x.text) && a[n + 1]?.pos === 'VERB'))) continue;
    let type = rule.type;
    let cameo = rule.cameo;
    // "agreed to lift", "threatened to attack": the governing verb is the event
    const gov = governor(tokens, i, first);
    if (gov !== undefined) {
      const g = lemmaOf(tokens[gov]);
      if (GOVERNORS.has(g) && lemmasOf(tokens[gov]).some((l) => TRIGGERS_BY_LEMMA.has(l))) continue;
      if (WANTING.has(g)) {
        if (HOSTILE.has(type)) [type, cameo] = ['THREATEN', '138'];
        else if (COOPERATIVE.has(type)) [type, cameo] = ['AGREE', '030'];
      }
    }
    const parts = findParticipants(tokens, inSentence, i, first, last, isNoun);
    // "helped the dissidents", "help Israel": the recipient is the direct object
    if (rule.object && !(parts.target[0] && parts.target[0].first - i <= 4 && !tokens.slice(i + 1, parts.target[0].first).some((x) => x.pos === 'ADP' || x.pos === 'PART' || x.pos === 'VERB'))) continue;
    if (!parts.source.length && !parts.target.length && !isStrongTrigger(rule)) continue;
    // a noun names an event only with its participants ("the chemical attacks" alone is background)
    if (isNoun && !rule.with && !parts.source.length && !parts.target.length) continue;
    if (rule.needsPlace && !(parts.target[0] && ['GPE', 'LOC'].includes(parts.target[0].entity.type))) continue;
    // ", killing eight people": a participle adjunct after the main verb
    const adjunct = !isNoun && /ing$/i.test(t.text) && i > first && tokens[i - 1].text === ',' && tokens.slice(first, i).some((x) => x.pos === 'VERB');
    out.push({ i, rule, type, cameo, parts, isNoun, subordinate: adjunct || isSubordinate(tokens, i, first) });
  }
  // a noun and a verb of the same type in one sentence are one event: keep the one with more participants
  const score = (c: Candidate) => (c.parts.source.length ? 2 : 0) + (c.parts.target.length ? 1 : 0) + (c.isNoun ? 0 : 0.5);
  return out.filter((c) => !out.some((d) => d !== c && d.type === c.type && d.isNoun !== c.isNoun && (score(d) > score(c))));
}

/** The verb governing a trigger through "to" ("agreed to lift", "wants to help"), if any. */
function governor(tokens: readonly Token[], i: number, first: number): number | undefined {
  let k = i - 1;
  if (k > first && tokens[k].pos === 'ADV') k--;
  if (k <= first || tokens[k].text.toLowerCase() !== 'to') return undefined;
  k--;
  if (k >= first && tokens[k].pos === 'ADV') k--;
  return k >= first && tokens[k].pos === 'VERB' ? k : undefined;
}

/** Whether a trigger sits in a relative clause ("the group that has seized") or a background clause ("after ... clashed"). */
function isSubordinate(tokens: readonly Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= first; k--) {
    const w = tokens[k].text.toLowerCase();
    if (w === ';' || w === ':') return false;
    if (w === 'who' || w === 'which' || w === 'whom') return true;
    // "the group that has seized": a relative "that" opens with its verb ("statements that X is" is a complement)
    if (w === 'that' && k > first && ['NOUN', 'PROPN'].includes(tokens[k - 1].pos) && ['VERB', 'AUX', 'ADV'].includes(tokens[k + 1]?.pos)) return true;
    if ((w === 'after' || w === 'since' || w === 'until' || w === 'before') && k + 1 < i && !['VERB'].includes(tokens[k + 1].pos) && tokens[k + 1].pos !== 'PUNCT') {
      // "after crowds trashed its embassy": a clause with its own verb
      if (tokens.slice(k + 1, i).every((x) => x.pos !== 'VERB')) return true;
    }
  }
  return false;
}

const CLAIMING = new Set(['claim', 'allege', 'charge', 'say', 'insist', 'assert', 'maintain']);

/** "The US claimed that ISIL had attacked Iraq": a claim of hostile action by another accuses it. */
function accusations(tokens: readonly Token[], inSentence: readonly Placed[], cands: readonly Candidate[], first: number, last: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = first; i <= last; i++) {
    if (tokens[i].pos !== 'VERB' || !CLAIMING.has(lemmaOf(tokens[i]))) continue;
    const speaker = inSentence.filter((p) => p.last < i && p.last >= first && !['in', 'from', 'to', 'of', 'with'].includes(tokens[p.first - 1]?.text.toLowerCase() ?? ''));
    if (!speaker.length) continue;
    const src = speaker[speaker.length - 1];
    const hostile = cands.find((c) => c.i > i && (HOSTILE.has(c.type) || c.type === 'MOBILIZE') && !c.isNoun);
    if (!hostile) continue;
    const accused = hostile.parts.source.filter((p) => p.entity.id !== src.entity.id);
    if (!accused.length) continue;
    if (cands.some((c) => c.type === 'ACCUSE')) continue;
    out.push({ i, rule: { lemma: lemmaOf(tokens[i]), type: 'ACCUSE', cameo: '112', mode: 'allege' }, type: 'ACCUSE', cameo: '112', parts: { source: [src], target: accused }, isNoun: false, subordinate: false });
  }
  return out;
}

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

/**
 * A nominal or passive event with a participant missing takes it from the event it continues:
 * "Mishustin's visit" after "the visit to Azerbaijan was made by Mishustin" is a visit to Azerbaijan.
 */
function inherit(c: Candidate, events: readonly Event[], s: number, entities: readonly import('../../core/types.js').Entity[]): void {
  if (c.parts.target.length || !c.parts.source.length) return;
  if (!(c.isNoun && (c.type === 'CONSULT' || c.rule.mode === 'visit'))) return;
  const src = new Set(c.parts.source.flatMap((p) => [p.entity.id, p.entity.country ?? p.entity.id]));
  const country = (id: string) => entities.find((x) => x.id === id)?.country ?? id;
  for (let j = events.length - 1; j >= 0; j--) {
    const e = events[j];
    if (e.sentence < s - 12) break;
    if (e.type !== c.type || !e.target.length || !e.source.some((id) => src.has(id) || src.has(country(id)))) continue;
    const t = entities.find((x) => x.id === e.target[0]);
    if (t) c.parts.target = [{ entity: t, mention: t.mentions[0], first: -1, last: -1 }];
    return;
  }
}
