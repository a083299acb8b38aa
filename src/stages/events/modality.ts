import type { Modality, Quote, Token } from '../../core/types.js';
import { hasRumourMarker } from '../voice/markers.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'without', 'neither', 'nor']);
const PLANNED = new Set(['will', "'ll", 'shall', 'plan', 'plans', 'planned', 'intend', 'intends', 'intended', 'scheduled', 'expected', 'going', 'set', 'aim', 'aims', 'prepare', 'prepares', 'to-be']);
const SPECULATIVE = new Set(['obviously', 'probably', 'possibly', 'perhaps', 'likely', 'apparently', 'presumably', 'seemingly', 'evidently', 'clearly', 'maybe', 'may', 'might', 'could', 'seems', 'seem', 'appears']);
const SAYING = new Set(['say', 'tell', 'announce', 'state', 'declare', 'add', 'report', 'confirm', 'indicate', 'write', 'note', 'claim', 'insist', 'expect', 'believe']);
const REPORT_NOUNS = new Set(['report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'suggestion', 'suggestions']);

export interface ModalityResult {
  modality: Modality;
  attribution?: string;
}

/**
 * How the text stands behind an event: negated, hypothetical, someone's claim, a rumour,
 * a plan, the author's guess, or asserted fact. Negation overrides the others.
 */
export function modalityOf(tokens: readonly Token[], trigger: number, sentFirst: number, quotes: readonly Quote[], sentenceText: string): ModalityResult {
  const lower = (k: number) => tokens[k].text.toLowerCase();
  const t = tokens[trigger];
  // negation close before the trigger ("did not visit", "has never met", "no talks")
  for (let k = trigger - 1; k >= Math.max(sentFirst, trigger - 4); k--) {
    if (NEGATORS.has(lower(k))) return { modality: 'negated' };
    if (tokens[k].pos === 'PUNCT') break;
  }
  // a conditional clause before the trigger in the same sentence
  for (let k = sentFirst; k < trigger; k++) {
    const w = lower(k);
    if (w === 'if' || w === 'unless' || (w === 'in' && lower(k + 1) === 'case')) return { modality: 'hypothetical' };
  }
  // "would" is conditional, except as the future of reported speech ("he said the sides would discuss")
  let reportedFuture = false;
  for (let k = Math.max(sentFirst, trigger - 3); k < trigger; k++) {
    if (lower(k) !== 'would') continue;
    reportedFuture = tokens.slice(sentFirst, k).some((x) => x.pos === 'VERB' && SAYING.has(x.lemma.toLowerCase()));
    if (!reportedFuture) return { modality: 'hypothetical' };
  }
  // inside what someone is reported to have said (but not the speech act itself)
  // a goal ascribed to the actor ("plans to visit", "wants to help") is no report of something said
  const q = quotes.find((x) => x.content.start <= t.start && t.end <= x.content.end && !(x.cue.start <= t.start && t.end <= x.cue.end) && !x.intent);
  const plan = quotes.find((x) => x.content.start <= t.start && t.end <= x.content.end && x.intent === 'plan');
  if (plan && !q) return { modality: 'planned' };
  if (q) {
    // a report that is itself hearsay stays hearsay: "It is said in Chisinau that the office is unhappy with ..."
    const opens = Math.min(q.cue.start, q.source?.start ?? q.cue.start);
    const before = tokens.slice(sentFirst, trigger).filter((x) => x.end <= opens).map((x) => x.text).join(' ');
    if (hasRumourMarker(before)) return { modality: 'rumored', attribution: q.id };
    if (!q.speaker && !q.source) return { modality: hasRumourMarker(sentenceText) ? 'rumored' : 'attributed', attribution: q.id };
    return { modality: 'attributed', attribution: q.id };
  }
  if (hasRumourMarker(sentenceText)) return { modality: 'rumored' };
  if (reportedFuture) return { modality: 'planned' };
  // "denied media reports that police had detained ...", "claims that X attacked": what a report or claim says
  for (let k = sentFirst; k < trigger - 1; k++) {
    if (REPORT_NOUNS.has(lower(k)) && lower(k + 1) === 'that') return { modality: 'attributed' };
  }
  // plans and future: "will visit", "intends to leave", "is scheduled to"
  for (let k = Math.max(sentFirst, trigger - 6); k < trigger; k++) {
    const w = lower(k);
    // ("believed to be fired", "said to be planning" are hearsay, not plans)
    const hearsay = k > sentFirst && /^(believed|thought|said|reported|alleged|known|seen|supposed|understood|rumou?red)$/.test(lower(k - 1));
    if (PLANNED.has(w) || (w === 'is' && lower(k + 1) === 'to') || (w === 'to' && lower(k + 1) === 'be' && !hearsay)) return { modality: 'planned' };
    if (w === 'to' && lower(k + 1) === 'be' && hearsay) return { modality: 'speculative' };
  }
  for (let k = sentFirst; k < trigger; k++) if (SPECULATIVE.has(lower(k))) return { modality: 'speculative' };
  if (/\bit is (?:clear|obvious|evident|likely)\b/i.test(sentenceText)) return { modality: 'speculative' };
  return { modality: 'asserted' };
}
