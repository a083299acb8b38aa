import type { PloverType, Token } from '../../core/types.js';
import { agentPhrase, demonstrativeSubject, governedTrigger, governor, isSubordinate, isVerbLike, lemmaOf, objectNoun, verbBeforeNoun, wordBefore } from './clauses.js';
import { TRIGGERS_BY_LEMMA, type TriggerRule } from './lexicon.js';
import { findParticipants, isPassive, type Participants, type Placed } from './participants.js';

// Candidate events of one sentence: trigger words that apply in their context, with the
// participants of their clause, minus triggers that another event already codes ("agreed to
// lift", "met ... to discuss", "promised aid").

function ruleApplies(rule: TriggerRule, tokens: readonly Token[], k: number, first: number, last: number): boolean {
  const t = tokens[k];
  if (rule.pos === 'VERB' && !isVerbLike(tokens, k)) return false;
  if (rule.pos === 'NOUN' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  if (!rule.pos && !['VERB', 'NOUN', 'PROPN', 'ADJ'].includes(t.pos)) return false;
  const w = rule.window ?? 5;
  const lo = w < 0 ? Math.max(first, k + w) : k + 1;
  const hi = w < 0 ? k - 1 : Math.min(last, k + w);
  const near = (words: string[]) => {
    for (let j = lo; j <= hi; j++) if (words.includes(lemmaOf(tokens[j])) || words.includes(tokens[j].text.toLowerCase())) return true;
    // passives and nominal triggers: "an agreement was concluded", "the threat of cross-sanctions"
    // (not the subject of an active verb: "the largest groups to leave from Tinker")
    const passiveOrNoun = t.pos === 'NOUN' || t.pos === 'PROPN' || tokens.slice(Math.max(first, k - 3), k).some((x) => /^(is|are|was|were|be|been|being)$/i.test(x.text));
    if (passiveOrNoun) for (let j = Math.max(first, k - 4); j < k; j++) if (words.includes(lemmaOf(tokens[j])) && (tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN')) return true;
    return false;
  };
  if (rule.with && !near(rule.with)) return false;
  if (rule.without) {
    const reach = Math.max(3, rule.window ?? 0);
    for (let j = Math.max(first, k - 3); j <= Math.min(last, k + reach); j++) if (rule.without.includes(lemmaOf(tokens[j]))) return false;
  }
  return true;
}

export interface Candidate {
  i: number;
  rule: TriggerRule;
  type: PloverType;
  cameo: string;
  parts: Participants;
  isNoun: boolean;
  /** In a relative or background clause. */
  subordinate: boolean;
  /** A passive event whose participants the text gave before ("an agreement was concluded"). */
  inherits?: boolean;
  /** An actor is named before the trigger in its sentence. */
  actorBefore?: boolean;
  /** The recipient follows "with", "to", "against" and the like. */
  recipientMarked?: boolean;
}

/** Prepositions that introduce a recipient ("contracts with France"), unlike places ("in Astana"). */
const RECIPIENT_PREPS = new Set(['with', 'to', 'against', 'from', 'toward', 'towards', 'on']);

/** Verbs that code the event themselves when they govern another trigger ("agreed to lift"). */
const GOVERNORS = new Set(['agree', 'pledge', 'promise', 'vow', 'commit', 'offer', 'threaten', 'refuse', 'decline', 'reject', 'ask', 'urge', 'demand', 'request', 'call']);

/** Verbs that put an event off: the event they take as object does not happen (now). */
const PUT_OFF = new Set(['postpone', 'delay', 'defer', 'cancel', 'scrap', 'suspend', 'reschedule', 'adjourn', 'shelve']);

/** Whether the event noun at `i` is the object of a verb that puts it off ("have postponed their meeting"). */
function putOff(tokens: readonly Token[], i: number, first: number): boolean {
  let k = i - 1;
  while (k >= first && i - k <= 5 && (['DET', 'ADJ', 'NUM', 'NOUN'].includes(tokens[k].pos) || /^(?:their|its|his|her|our|planned|scheduled)$/i.test(tokens[k].text))) k--;
  return k >= first && lemmasOf(tokens[k]).some((l) => PUT_OFF.has(l));
}

/** Verbs of wanting: "wants to attack" is a threat, "wants to help" an intention. */
const WANTING = new Set(['want', 'wish', 'seek', 'hope', 'desire']);

const HOSTILE = new Set<string>(['ASSAULT', 'COERCE']);

const COOPERATIVE = new Set<string>(['CONSULT', 'COOPERATE', 'AID', 'SUPPORT']);

/**
 * Lemma candidates for a token: the tagger's lemma and the word ("shelling"); when the tagger left
 * the word as it was, rough stems of it ("cordoned"). (A known word gets no stems: "aides" is no "aid".)
 */
function lemmasOf(t: Token): string[] {
  const l = lemmaOf(t);
  const w = t.text.toLowerCase();
  if (w !== l) return [l, w];
  const out = [l];
  for (const [suf, rep] of [['ied', 'y'], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['es', ''], ['s', '']] as const) {
    if (w.length > suf.length + 2 && w.endsWith(suf)) out.push(w.slice(0, -suf.length) + rep);
  }
  return out;
}

/** The candidate events of the sentence from token `first` to `last`, with the mentions placed in it. */
export function findCandidates(tokens: readonly Token[], inSentence: readonly Placed[], first: number, last: number): Candidate[] {
  const out: Candidate[] = [];
  /** Triggers a promise, offer or refusal before them governs. */
  const governed = new Set<number>();
  /** Event nouns a verb puts off ("postponed their meeting"). */
  const putOffAt: number[] = [];
  for (let i = first; i <= last; i++) {
    // the first reading that applies: "shelling" is no verb "shell" but the noun "shelling"
    let rule: TriggerRule | undefined;
    for (const l of lemmasOf(tokens[i])) if ((rule = TRIGGERS_BY_LEMMA.get(l)?.find((r) => ruleApplies(r, tokens, i, first, last)))) break;
    if (!rule) continue;
    // one event per clause stretch and type: "an agreement was concluded" is one event
    // (not across a comma: "announced aid last week, and China sent rescuers" is two)
    if (out.some((x) => x.rule.type === rule.type && Math.abs(x.i - i) <= 6 && !(x.isNoun && !x.parts.source.length)
      && !tokens.slice(Math.min(x.i, i) + 1, Math.max(x.i, i)).some((t) => t.text === ',' || t.text === ';'))) continue;
    // a name is not a trigger ("the Baku Declaration", "Security Council")
    if (inSentence.some((p) => p.first <= i && i <= p.last)) continue;
    const t = tokens[i];
    // "the museum shooting": a gerund after a determiner is a noun
    // ("a note demanding that", "forces shelling Kyiv" are participles: they take an object)
    const gerund = /ing$/i.test(t.text) && i > first && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[i - 1].pos)
      && !['DET', 'PROPN', 'NOUN', 'PRON', 'NUM'].includes(tokens[i + 1]?.pos ?? '') && tokens[i + 1]?.text.toLowerCase() !== 'that';
    const isNoun = t.pos === 'NOUN' || t.pos === 'PROPN' || gerund;
    // "the investigating officer", "a negotiated peace": a participle between article and noun modifies the noun
    if (/(ing|ed)$/i.test(t.text) && tokens[i - 1]?.pos === 'DET' && tokens[i + 1]?.pos === 'NOUN' && !/^(talks?|meetings?)$/i.test(tokens[i + 1].text)) continue;
    // "met with X to discuss", "accused X ... by alleging": a purpose or means clause of an event of the same kind is part of it
    if (['to', 'by'].includes(tokens[i - 1]?.text.toLowerCase()) && out.some((x) => x.type === rule.type && i - x.i <= 25 && !x.isNoun && !tokens.slice(x.i, i).some((t) => t.text === ';'))) continue;
    // "cancelled a visit by the delegation to discuss transit": the purpose of an event put off is put off with it
    if (tokens[i - 1]?.text.toLowerCase() === 'to' && putOffAt.some((k) => k < i && i - k <= 12)) continue;
    // "promised aid to X", "vowed on Monday to wage war": the promise is the event
    if (governed.has(i)) continue;
    // "a threat to boycott the ceremony", "a pledge to withdraw": the noun before "to" is the event
    if (tokens[i - 1]?.text.toLowerCase() === 'to' && tokens[i - 2]?.pos === 'NOUN' && SPEECH_NOUNS.has(lemmaOf(tokens[i - 2]))) continue;
    // "is being pressured by Congress to help Iran", "urged Bree to help", "asked the council to hold a meeting": asked for, not done
    if (requestedOnly(tokens, isNoun ? verbBeforeNoun(tokens, i, first) : i, first)) continue;
    // "postponed their meeting", "cancelled the visit": a meeting put off did not take place (a cancellation codes itself)
    if (isNoun && putOff(tokens, i, first)) {
      putOffAt.push(i);
      continue;
    }
    // "accused Venezuela of threatening the peace": what an accusation charges is not a second event
    if (tokens[i - 1]?.text.toLowerCase() === 'of' && out.some((x) => x.type === 'ACCUSE' && i - x.i <= 10)) continue;
    // "aid agency", "attack helicopter", "protest movement": a noun modifying another noun names no event
    if (isNoun && !gerund && MODIFIED_HEADS.has(tokens[i + 1]?.text.toLowerCase() ?? '')) continue;
    // a participle after a noun, with a verb before it, is a reduced relative: "a member ... jailed a year ago"
    // (not before a "that" clause, which only a main verb takes: "a report released on Tuesday alleged that")
    if (!isNoun && /(?:ed|en)$/i.test(t.text) && i > first && ['NOUN', 'PROPN'].includes(tokens[i - 1].pos) && !inSentence.some((p) => p.last === i - 1) && tokens[i + 1]?.text.toLowerCase() !== 'that'
      && (tokens.slice(first, i - 1).some((x) => x.pos === 'VERB')
        || tokens.slice(i + 1, last + 1).some((x, n, a) => /^(is|are|was|were)$/i.test(x.text) && a[n + 1]?.pos === 'VERB'))) continue;
    let type = rule.type;
    let cameo = rule.cameo;
    // "agreed to lift", "threatened to attack": the governing verb is the event
    const gov = governor(tokens, i, first);
    if (gov !== undefined) {
      const g = lemmaOf(tokens[gov]);
      if ((GOVERNORS.has(g) || PROMISING.has(g)) && lemmasOf(tokens[gov]).some((l) => TRIGGERS_BY_LEMMA.has(l))) continue;
      if (WANTING.has(g)) {
        if (HOSTILE.has(type)) [type, cameo] = ['THREATEN', '138'];
        else if (COOPERATIVE.has(type)) [type, cameo] = ['AGREE', '030'];
      }
    }
    // "vowed to wage war", "pledged to attack", "promised raids": a promise of force is a threat
    if ((PROMISING.has(lemmaOf(t)) || GOVERNORS.has(lemmaOf(t))) && !isNoun) {
      const g = governedTrigger(tokens, i, last) ?? objectNoun(tokens, i, last);
      if (g !== undefined) {
        governed.add(g);
        // (not "pledged to expel" someone's exiles, a concession to a third party)
        const force = lemmasOf(tokens[g]).some((l) => TRIGGERS_BY_LEMMA.get(l)?.some((r) => HOSTILE.has(r.type) && r.mode !== 'deport' && ruleApplies(r, tokens, g, first, last)));
        if (force && PROMISING.has(lemmaOf(t))) [type, cameo] = ['THREATEN', '138'];
      }
    }
    const parts = findParticipants(tokens, inSentence, i, first, last, isNoun);
    if (rule.reverse) [parts.source, parts.target] = [parts.target, parts.source];
    // "the Philippines and France agree that disputes should go to arbitration" is a joint position of states;
    // "two justices seemed to agree that the law ..." an opinion of persons
    if (type === 'AGREE' && tokens[i + 1]?.text.toLowerCase() === 'that' && parts.source.every((p) => p.entity.type === 'PERSON')) continue;
    if (!isNoun && !parts.source.length && (HOSTILE.has(type)) && isPassive(tokens, i, first)) {
      // "a mortar bomb was fired at it from the Gaza Strip": force comes from where it was fired
      const origin = inSentence.find((p) => p.first > i && p.first - i <= 8 && wordBefore(tokens, p.first) === 'from' && p.entity.type === 'GPE');
      if (origin) parts.source = [origin];
    }
    if (type === 'ACCUSE' && !isNoun && !parts.target.length && tokens[i + 1]?.text.toLowerCase() === 'that') {
      // "alleged that France was aware of ...": the accused is the subject of what is alleged
      const accused = inSentence.find((p) => p.first > i + 1 && p.first <= i + 3 && !p.possessive);
      if (accused && !parts.source.includes(accused)) parts.target = [accused];
    }
    // "helped the dissidents", "help Israel": the recipient is the direct object
    if (rule.object && !(parts.target[0] && parts.target[0].first - i <= 4 && !tokens.slice(i + 1, parts.target[0].first).some((x) => x.pos === 'ADP' || x.pos === 'PART' || x.pos === 'VERB'))) continue;
    // a signing place is no party, nor is where something was said ("criticized the act during a campaign stop in Flint");
    // but a meeting place is its host, and "re-examine the refineries in Iran" is directed at Iran
    if (type === 'SUPPORT' || (VERBAL.has(type) && rule.mode !== 'investigate')) {
      const place = (p: Placed) => p.first >= 0 && LOCATIVE.has(wordBefore(tokens, p.first)) && (type === 'SUPPORT' || p.first - i > 6);
      parts.target = parts.target.filter((p) => !place(p));
      if (parts.also) parts.also = parts.also.filter((p) => !place(p));
    }
    // "speaking at a rally in Novi", "during the protest": a protest as the setting of something else
    if (isNoun && type === 'PROTEST' && ['at', 'during', 'after', 'before'].includes(wordBefore(tokens, i))) continue;
    const none = !parts.source.length && !parts.target.length;
    // "security cooperation is being discussed", "a roadmap was approved": the participants are those
    // of the event the text was telling about (not after "this", which refers back to a known event)
    const passive = !isNoun && isPassive(tokens, i, first);
    // "All this is being discussed", "this decision was approved": a back-reference, not a new event
    if (passive && demonstrativeSubject(tokens, i, first)) continue;
    // (a noun alone, "the summit", "the talks", mostly refers back to a known event: no inheritance)
    // (not when an agent is named that is no known actor: "approved by the foreign ministers of the 27 member states")
    const inherits = none && COOPERATIVE.has(type) && passive && !isSubordinate(tokens, i, first) && !agentPhrase(tokens, i, last);
    if (none && !inherits && !isStrongTrigger(rule)) continue;
    // a noun names an event only with its participants ("the chemical attacks" alone is background)
    if (isNoun && !rule.with && none && !inherits) continue;
    // "after the museum shooting": a participant-less noun in a background phrase
    if (isNoun && none && isSubordinate(tokens, i, first)) continue;
    if (rule.needsPlace && !(parts.target[0] && ['GPE', 'LOC'].includes(parts.target[0].entity.type))) continue;
    // ", killing eight people": a participle adjunct after the main verb
    const adjunct = /ing$/i.test(t.text) && i > first && tokens[i - 1].text === ',' && tokens.slice(first, i).some((x) => x.pos === 'VERB');
    const actorBefore = inSentence.some((p) => p.last < i);
    const recipientMarked = !!parts.target[0] && parts.target[0].first > 0 && RECIPIENT_PREPS.has(wordBefore(tokens, parts.target[0].first));
    out.push({ i, rule, type, cameo, parts, isNoun, subordinate: adjunct || isSubordinate(tokens, i, first), ...(inherits ? { inherits } : {}), actorBefore, recipientMarked });
  }
  // a noun and a verb of the same type close together are one event ("were killed in Israeli tank shelling"):
  // keep the one with more participants ("held talks ... during a surprise visit to Beirut" are two)
  const score = (c: Candidate) => (c.parts.source.length ? 2 : 0) + (c.parts.target.length ? 1 : 0) + (c.isNoun ? 0 : 0.5);
  const apart = (a: number, b: number) => tokens.slice(Math.min(a, b) + 1, Math.max(a, b)).some((t) => t.text === ',' || t.text === ';');
  return out.filter((c) => !out.some((d) => d !== c && d.type === c.type && d.isNoun !== c.isNoun && Math.abs(d.i - c.i) <= 8 && !apart(c.i, d.i) && (score(d) > score(c))));
}

/** Verbs of promising: they code AGREE themselves, or THREATEN when what they promise is force. */
const PROMISING = new Set(['vow', 'pledge', 'promise']);

/** Nouns of promising, threatening and asking that govern an infinitive ("threat to boycott"). */
const SPEECH_NOUNS = new Set(['threat', 'pledge', 'promise', 'vow', 'offer', 'demand', 'request', 'call', 'appeal', 'refusal', 'ultimatum', 'warning', 'commitment']);

/** Heads that an event noun only modifies ("aid agency", "attack helicopters"; not "arrest warrants", which are issued). */
const MODIFIED_HEADS = new Set(['agency', 'agencies', 'group', 'groups', 'worker', 'workers', 'organisation', 'organisations', 'organization', 'organizations', 'official', 'officials', 'helicopter', 'helicopters', 'aircraft', 'movement', 'movements', 'leader', 'leaders', 'chief', 'chiefs', 'budget', 'budgets', 'policy', 'policies', 'programme', 'programmes', 'program', 'programs', 'camp', 'camps', 'site', 'sites', 'committee', 'committees',
  'planner', 'planners', 'plot', 'plots', 'victim', 'victims', 'suspect', 'suspects', 'assessment', 'assessments', 'release', 'releases', 'report', 'reports', 'data', 'tally', 'count', 'capability', 'capabilities']);

/** Words that put what follows "to" in the realm of the asked-for: "pressure to help", "urged X to attack". */
const ASKING = new Set(['pressure', 'pressured', 'press', 'pressed', 'push', 'pushed', 'urge', 'urged', 'call', 'called', 'ask', 'asked', 'permission', 'appeal', 'appealed', 'encourage', 'encouraged', 'persuade', 'persuaded', 'invite', 'invited', 'invitation', 'request', 'requested', 'demand', 'demanded',
  // made to: "forced it to fly to London" is no visit
  'force', 'forced', 'compel', 'compelled', 'order', 'ordered']);
/** What someone is able to do is not done: "degrade ISIL's ability to launch attacks". */
const ABLE = new Set(['ability', 'capacity', 'capability', 'power', 'right', 'readiness', 'willingness', 'freedom']);

/** Whether a verb trigger is the infinitive of a request or an ability ("pressured by Congress to help Iran", "its ability to launch attacks"). */
function requestedOnly(tokens: readonly Token[], i: number, first: number): boolean {
  if (i < 0 || tokens[i - 1]?.text.toLowerCase() !== 'to') return false;
  if (ABLE.has(tokens[i - 2]?.text.toLowerCase() ?? '')) return true;
  for (let k = i - 2; k >= Math.max(first, i - 7); k--) {
    if (ASKING.has(tokens[k].text.toLowerCase()) || ASKING.has(lemmaOf(tokens[k]))) return true;
    if (tokens[k].pos === 'PUNCT') break;
  }
  return false;
}

/** Armed or state actors named by a common noun. */
const FORCES = new Set(['forces', 'troops', 'police', 'army', 'military', 'soldiers', 'government', 'regime', 'rebels', 'militants', 'gunmen', 'jets', 'warplanes', 'aircraft', 'drones', 'militia', 'militias', 'insurgents', 'fighters']);

/** Whether a "by" phrase after the trigger names forces by a common noun ("by government forces"). */
function forcesAgent(tokens: readonly Token[], i: number, last: number): boolean {
  for (let k = i + 1; k <= Math.min(last, i + 10); k++) {
    if (tokens[k].text.toLowerCase() !== 'by') continue;
    for (let j = k + 1; j <= Math.min(last, k + 4); j++) if (FORCES.has(tokens[j].text.toLowerCase())) return true;
  }
  return false;
}

const CLAIMING = new Set(['claim', 'allege', 'charge', 'say', 'insist', 'assert', 'maintain']);

/** "The US claimed that ISIL had attacked Iraq": a claim of hostile action by another accuses it. */
export function accusations(tokens: readonly Token[], inSentence: readonly Placed[], cands: readonly Candidate[], first: number, last: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = first; i <= last; i++) {
    if (tokens[i].pos !== 'VERB' || !CLAIMING.has(lemmaOf(tokens[i]))) continue;
    const speaker = inSentence.filter((p) => p.last < i && p.last >= first && !['in', 'from', 'to', 'of', 'with'].includes(tokens[p.first - 1]?.text.toLowerCase() ?? ''));
    if (!speaker.length) continue;
    // the subject, not a name in its apposition ("The Syrian Observatory, a UK-based group, said")
    const src = speaker[0].entity.type === 'NORP' && speaker[1] && speaker[1].first - speaker[0].last <= 4 ? speaker[1] : speaker[0];
    const hostile = cands.find((c) => c.i > i && (HOSTILE.has(c.type) || c.type === 'MOBILIZE') && !c.isNoun);
    if (!hostile) continue;
    const accused = hostile.parts.source.filter((p) => p.entity.id !== src.entity.id);
    // "said eight people were killed in an air strike by government forces": forces named, not by name
    if (!accused.length && !forcesAgent(tokens, hostile.i, last)) continue;
    if (cands.some((c) => c.type === 'ACCUSE')) continue;
    out.push({ i, rule: { lemma: lemmaOf(tokens[i]), type: 'ACCUSE', cameo: '112', mode: 'allege' }, type: 'ACCUSE', cameo: '112', parts: { source: [src], target: accused }, isNoun: false, subordinate: false });
  }
  return out;
}

/** Triggers that name an event even when the sentence names no participant ("five people were detained"). */
function isStrongTrigger(rule: TriggerRule): boolean {
  return MATERIAL_CONFLICT.has(rule.type);
}

/** Material conflict: an event even when no participant is named ("five people were detained"). */
const MATERIAL_CONFLICT = new Set<string>(['ASSAULT', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE']);

/** Verbal events: said somewhere, not done to the place. */
const VERBAL = new Set<string>(['AGREE', 'ACCUSE', 'REQUEST', 'REJECT', 'THREATEN']);

/** Prepositions of place: "signed in Tashkent" names where, not with whom. */
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout']);
