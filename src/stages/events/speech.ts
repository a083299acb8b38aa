import type { PloverType, Token } from '../../core/types.js';
import type { Placed } from './participants.js';

/** Verbs that report what someone says or makes known. */
const ANNOUNCING = new Set(['say', 'announce', 'declare', 'state', 'indicate', 'confirm', 'tell', 'insist', 'vow', 'promise', 'pledge', 'reiterate', 'stress']);
const FUTURE = new Set(['will', 'would', "'ll", 'shall']);
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i']);
const COOPERATIVE = new Set<PloverType>(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'RETREAT', 'CONCEDE']);
const HOSTILE = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE']);

export interface Intention {
  type: PloverType;
  cameo: string;
}

/**
 * An event the actor itself says it will (or will not) carry out is a speech act of its own:
 * "Israel announced it would free 150 prisoners" is AGREE, "Obama said he would not provide
 * support to Israel" REJECT, "Gondor said it will attack Mordor" THREATEN — all asserted.
 * Only with a pronoun subject, which stands for the speaker; "X said Y would attack" is a claim.
 */
export function statedIntention(tokens: readonly Token[], i: number, first: number, type: PloverType): Intention | undefined {
  let k = i - 1;
  let negated = false;
  if (k >= first && /^(not|never|n't)$/i.test(tokens[k].text)) {
    negated = true;
    k--;
  }
  if (k >= first && /^be$/i.test(tokens[k].text)) k--;
  if (!(k >= first && FUTURE.has(tokens[k].text.toLowerCase()))) return undefined;
  k--;
  if (!(k >= first && SUBJECT_PRONOUNS.has(tokens[k].text.toLowerCase()))) return undefined;
  k--;
  if (k >= first && tokens[k].text.toLowerCase() === 'that') k--;
  if (!(k >= first && tokens[k].pos === 'VERB' && ANNOUNCING.has(tokens[k].lemma.toLowerCase()))) return undefined;
  if (COOPERATIVE.has(type)) return negated ? { type: 'REJECT', cameo: '120' } : { type: 'AGREE', cameo: type === 'AID' ? '033' : type === 'RETREAT' || type === 'CONCEDE' ? '035' : '030' };
  if (HOSTILE.has(type) && !negated) return { type: 'THREATEN', cameo: type === 'ASSAULT' ? '138' : '130' };
  return undefined;
}

/** Words that judge a course of action as wrong: "it was a strategic mistake to rely on X". */
const CRITICAL = new Set(['mistake', 'error', 'blunder', 'unacceptable', 'wrong', 'fallacy', 'failure', 'betrayal', 'provocation', 'irresponsible', 'outrageous', 'illegal', 'illegitimate', 'hypocritical', 'hypocrisy', 'disgraceful', 'shameful', 'absurd']);

/**
 * "X stated that it was a strategic mistake to rely solely on Russia": a statement that judges a
 * course involving another party to be wrong criticises that party (ACCUSE). Only the evaluative
 * construction after a verb of saying counts ("that it was/is (a) ... mistake"), with a named state
 * or organisation after it that is not the speaker's own.
 */
export function criticalStatement(tokens: readonly Token[], placed: readonly Placed[], i: number, last: number): { speaker: Placed; target: Placed } | undefined {
  const verb = tokens[i];
  if (verb.pos !== 'VERB' || !['state', 'say', 'declare', 'write', 'note', 'insist', 'tell'].includes(verb.lemma.toLowerCase())) return undefined;
  let k = i + 1;
  if (tokens[k]?.text.toLowerCase() === 'that') k++;
  if (!/^(it|this|that)$/i.test(tokens[k]?.text ?? '')) return undefined;
  k++;
  if (!/^(is|was|would|will|has)$/i.test(tokens[k]?.text ?? '')) return undefined;
  k++;
  if (/^(be|been)$/i.test(tokens[k]?.text ?? '')) k++;
  // "a strategic mistake", "completely unacceptable"
  let judged = -1;
  for (let j = k; j <= Math.min(last, k + 3); j++) {
    if (CRITICAL.has(tokens[j].lemma.toLowerCase()) || CRITICAL.has(tokens[j].text.toLowerCase())) {
      judged = j;
      break;
    }
    if (!['DET', 'ADJ', 'ADV'].includes(tokens[j].pos)) break;
  }
  if (judged < 0) return undefined;
  const speaker = [...placed].reverse().find((p) => p.last < i && i - p.last <= 6);
  if (!speaker) return undefined;
  const own = speaker.entity.country ?? speaker.entity.id;
  const target = placed.find((p) => p.first > judged && p.last <= last && p.entity.type !== 'PERSON' && (p.entity.country ?? p.entity.id) !== own);
  return target ? { speaker, target } : undefined;
}
