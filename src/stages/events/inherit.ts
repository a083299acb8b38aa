import type { Entity, Event, PloverType, Token } from '../../core/types.js';
import type { TriggerRule } from './lexicon.js';
import type { Participants, Placed } from './participants.js';

/** The parts of a candidate event that inheritance reads and fills in. */
export interface Inheriting {
  type: PloverType;
  rule: TriggerRule;
  parts: Participants;
  isNoun: boolean;
  /** No participant in its own sentence: it continues an event told before. */
  inherits?: boolean;
  /** An actor is named in the clause before the trigger (then the topic of earlier sentences is not its actor). */
  actorBefore?: boolean;
  /** The recipient follows a preposition that marks one ("with", "to", "against"), not a place ("in Astana"). */
  recipientMarked?: boolean;
}

const PREPOSITIONS = new Set(['to', 'with', 'against', 'from', 'on', 'at', 'in', 'into', 'for', 'about', 'towards', 'toward', 'between', 'over', 'near', 'among', 'of', 'by', 'under', 'after', 'before', 'since', 'during', 'like', 'than', 'through']);

/**
 * Each sentence's topic actor: its first state, organisation or person mention that is not inside
 * a prepositional phrase (roughly, the subject). One pass over the mentions.
 */
export function topicsBySentence(placed: readonly Placed[], tokens: readonly Token[], sentenceCount: number): Array<Placed | undefined> {
  const out: Array<Placed | undefined> = new Array(sentenceCount).fill(undefined);
  for (const p of placed) {
    const s = tokens[p.first].sentence;
    if (out[s] || p.possessive) continue;
    let k = p.first - 1;
    while (k >= 0 && tokens[k].sentence === s && ['DET', 'ADJ'].includes(tokens[k].pos)) k--;
    if (k >= 0 && tokens[k].sentence === s && PREPOSITIONS.has(tokens[k].text.toLowerCase())) continue;
    out[s] = p;
  }
  return out;
}

const CONTINUABLE = new Set<PloverType>(['CONSULT', 'SUPPORT', 'COOPERATE', 'AGREE', 'AID']);

const asPlaced = (e: Entity): Placed => ({ entity: e, mention: e.mentions[0], first: -1, last: -1 });
const countryOf = (p: Placed) => p.entity.country ?? p.entity.id;

/**
 * Participants a candidate leaves open, from the story so far:
 * - "security cooperation is being discussed", "a roadmap was approved" (no participant at all)
 *   take actor and recipient of the latest event in this or the two sentences before;
 * - "new contracts with France" (a recipient, no actor, and no actor named before it in its clause)
 *   takes the topic actor of one of the two sentences before, when it is another country than the recipient.
 */
export function inheritParticipants(c: Inheriting, events: readonly Event[], s: number, topics: ReadonlyArray<Placed | undefined>, entities: readonly Entity[]): void {
  const byId = (id: string) => entities.find((e) => e.id === id);
  if (c.inherits && !c.parts.source.length && !c.parts.target.length) {
    // the latest event, if it is a cooperative one: "a roadmap was approved" after a visit, not after an accusation
    const e = events[events.length - 1];
    if (!e || e.sentence < s - 2 || !e.source.length || !CONTINUABLE.has(e.type)) return;
    c.parts.source = e.source.map(byId).filter((x): x is Entity => !!x).map(asPlaced);
    c.parts.target = e.target.map(byId).filter((x): x is Entity => !!x).map(asPlaced);
    return;
  }
  if (c.isNoun && !c.parts.source.length && c.parts.target.length && !c.actorBefore && c.recipientMarked) {
    const own = new Set(c.parts.target.map(countryOf));
    for (let j = s - 1; j >= Math.max(0, s - 2); j--) {
      const t = topics[j];
      if (!t) continue;
      if (!own.has(countryOf(t)) && (t.entity.country || t.entity.type !== 'PERSON')) c.parts.source = [t];
      return;
    }
  }
}

/**
 * A nominal visit with its host missing takes it from the visit it continues:
 * "Mishustin's visit" after "the visit to Azerbaijan was made by Mishustin" is a visit to Azerbaijan.
 */
export function inheritVisitHost(c: Inheriting, events: readonly Event[], s: number, entities: readonly Entity[]): void {
  if (c.parts.target.length || !c.parts.source.length) return;
  if (!(c.isNoun && (c.type === 'CONSULT' || c.rule.mode === 'visit'))) return;
  const src = new Set(c.parts.source.flatMap((p) => [p.entity.id, p.entity.country ?? p.entity.id]));
  const country = (id: string) => entities.find((x) => x.id === id)?.country ?? id;
  for (let j = events.length - 1; j >= 0; j--) {
    const e = events[j];
    if (e.sentence < s - 12) break;
    if (e.type !== c.type || !e.target.length || !e.source.some((id) => src.has(id) || src.has(country(id)))) continue;
    const t = entities.find((x) => x.id === e.target[0]);
    if (t) c.parts.target = [asPlaced(t)];
    return;
  }
}
