import type { Entity, Mention, Token } from '../../core/types.js';

/** An entity mention placed on the token sequence. */
export interface Placed {
  entity: Entity;
  mention: Mention;
  first: number;
  last: number;
  /** A possessive pronoun ("his", "its") standing for its antecedent. */
  possessive?: boolean;
}

const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
const REPORTING = new Set(['say', 'report', 'tell', 'announce', 'state', 'add', 'claim', 'write', 'note', 'confirm', 'quote']);
const CLAUSE_BREAK = new Set([';', '—', '–', ':', 'although', 'though', 'while', 'whereas', 'because', 'but', 'however', 'which', 'who', 'that']);

/** Mentions of actor-like entities (people, organisations, states, nationalities) in token order. */
export function placeMentions(entities: readonly Entity[], tokens: readonly Token[]): Placed[] {
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  tokens.forEach((t, i) => {
    starts.set(t.start, i);
    ends.set(t.end, i);
  });
  const out: Placed[] = [];
  for (const e of entities) {
    if (!ACTOR_TYPES.has(e.type)) continue;
    if (e.type !== 'PERSON' && !e.country) continue;
    for (const m of e.mentions) {
      let first = starts.get(m.start);
      let last = ends.get(m.end);
      if (first === undefined || last === undefined) {
        first = tokens.findIndex((t) => t.end > m.start);
        last = first;
        while (last + 1 < tokens.length && tokens[last + 1].start < m.end) last++;
        if (first < 0) continue;
      }
      out.push({ entity: e, mention: m, first, last });
    }
  }
  // a name inside a longer name ("Armenia" in "Security Council of Armenia") is not a participant of its own
  // (one sweep in position order, longest first: a span is inside an earlier-starting or longer one that reaches as far)
  out.sort((a, b) => a.first - b.first || b.last - a.last);
  const kept: Placed[] = [];
  let reach = -1; // the furthest end among spans starting before the current start
  let groupReach = -1; // the furthest end among earlier spans with the current start
  for (let i = 0; i < out.length; i++) {
    const p = out[i];
    if (i > 0 && out[i - 1].first !== p.first) {
      reach = Math.max(reach, groupReach);
      groupReach = -1;
    }
    if (!(reach >= p.last || groupReach > p.last)) kept.push(p);
    groupReach = Math.max(groupReach, p.last);
  }
  return kept;
}

export interface Participants {
  source: Placed[];
  target: Placed[];
  /** A further recipient of an elliptical second event ("leaving the CSTO, as well as from the Customs Union"). */
  also?: Placed[];
  /** Several recipients that stay one event ("from the EU – and not only from France"). */
  together?: boolean;
}

const PREPS = new Set(['to', 'with', 'against', 'from', 'on', 'at', 'in', 'into', 'for', 'about', 'towards', 'toward', 'between', 'over', 'near', 'among', 'of', 'across', 'inside', 'outside', 'by', 'under', 'after', 'before', 'since', 'during', 'like', 'than', 'through']);
/** Words that may stand between two coordinated names ("A, the evil B and C", "neither A nor B"). */
const COORD = new Set([',', 'and', 'or', 'nor', '&', 'as', 'well']);
/** Head nouns of a subject phrase whose country a following "in/from/of X" names ("a court in Guyana", "soldiers from Gondor"). */
const GROUP_NOUNS = new Set(['court', 'government', 'ministry', 'minister', 'official', 'officials', 'lawmaker', 'lawmakers', 'soldier', 'soldiers', 'troop', 'troops', 'force', 'forces', 'army', 'military', 'police', 'activist', 'activists', 'ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomat', 'diplomats', 'leader', 'leaders', 'authority', 'authorities', 'parliament', 'delegation', 'rebel', 'rebels', 'militant', 'militants', 'protester', 'protesters', 'demonstrator', 'demonstrators', 'opposition', 'people', 'president', 'spokesman', 'spokeswoman', 'member', 'members', 'legislator', 'legislators', 'representative', 'representatives', 'politician', 'politicians', 'administration', 'navy', 'guard', 'guards', 'prosecutor', 'prosecutors', 'judge', 'judges', 'cleric', 'clerics', 'student', 'students', 'worker', 'workers', 'party', 'group', 'groups', 'unit', 'units', 'side',
  // quantities heading a group: "Hundreds of UN troops"
  'hundreds', 'thousands', 'dozens', 'scores', 'tens',
  // documents speak for who issued them: "a report released in the Rwandan capital alleged"
  'report', 'study', 'document', 'inquiry', 'commission', 'statement']);

/** Names coordinated with `p` that follow it: "Mordor, Rohan, Fornost and Bree", "Gondor and Arnor". */
function coordinated(tokens: readonly Token[], list: readonly Placed[], p: Placed, limit: number): Placed[] {
  const out = [p];
  const joins: boolean[] = [];
  let cur = p;
  for (const q of list) {
    if (q.first <= cur.last) continue;
    if (q.last > limit) break;
    const between = tokens.slice(cur.last + 1, q.first);
    if (between.length === 0 || between.length > 5) break;
    if (!between.some((t) => [',', 'and', 'or', 'nor', '&'].includes(t.text.toLowerCase()))) break;
    // only connectives, articles and epithets between ("the evil awful")
    if (!between.every((t) => COORD.has(t.text.toLowerCase()) || t.pos === 'DET' || t.pos === 'ADJ' || (t.pos === 'ADV' && t.text.length > 3))) break;
    // "Gondor, the state's fiercest foe," is an apposition, not a second party
    if (q.entity === cur.entity) break;
    // "Nablus, a Hamas member": an indefinite article opens an apposition
    if (between.some((t) => /^(a|an)$/i.test(t.text))) break;
    out.push(q);
    joins.push(between.some((t) => ['and', 'or', 'nor', '&'].includes(t.text.toLowerCase())));
    cur = q;
  }
  // a list ends with "and"/"or": names joined by commas alone after the last of them are appositions
  while (out.length > 1 && !joins[joins.length - 1]) {
    out.pop();
    joins.pop();
  }
  return out;
}

/**
 * Actor and recipient of a trigger from the clause around it: the subject before it (or the
 * agent after "by" in a passive, or the possessor of a noun trigger), and what follows it.
 * Coordinated names give several actors or recipients.
 */
export function findParticipants(tokens: readonly Token[], placed: readonly Placed[], trigger: number, sentFirst: number, sentLast: number, isNoun: boolean): Participants {
  // clause bounds
  let from = sentFirst;
  // "X said A and accused Y": a verb coordinated with a verb of saying shares the subject before that verb,
  // not a name inside what was said
  let sharedSubjectEnd = -1;
  for (let k = trigger - 1; k > sentFirst; k--) {
    const w = tokens[k].text.toLowerCase();
    if (!isNoun && tokens[k].pos === 'VERB' && REPORTING.has(tokens[k].lemma) && k < trigger - 1 && coordinatedVerb(tokens, trigger)) sharedSubjectEnd = k;
    if (CLAUSE_BREAK.has(w) && !(w === 'that' && k + 1 < trigger && tokens[k + 1].pos === 'NOUN' && !complementizer(tokens, k))) {
      from = k + 1;
      break;
    }
    // "X, a UK-based group, said eight people were killed": the reported clause starts after the verb of saying
    // (not "X said ... and warned that": a verb coordinated with the verb of saying shares its subject)
    if (!isNoun && tokens[k].pos === 'VERB' && REPORTING.has(tokens[k].lemma) && k < trigger - 1 && !coordinatedVerb(tokens, trigger) && tokens.slice(k + 1, trigger).some((t) => ['NOUN', 'PROPN', 'PRON'].includes(t.pos))) {
      from = k + 1;
      break;
    }
    // ", and last fall an agreement was concluded": a coordinated clause with its own verb ("A, B, and C met" is one clause)
    // ("The US, Russia, and Switzerland met" is a list: no verb before it)
    if ((w === 'and' || w === 'but') && tokens[k - 1]?.text === ',' && hasOwnSubject(tokens, k + 1, trigger, !isNoun)
      && tokens.slice(sentFirst, k).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
      from = k + 1;
      break;
    }
  }
  let to = sentLast;
  for (let k = trigger + 1; k <= sentLast; k++) {
    const w = tokens[k].text.toLowerCase();
    // ", the ministry reported": a reporting clause is not part of the event
    if (w === ',' && tokens.slice(k + 1, Math.min(sentLast, k + 8) + 1).some((t) => REPORTING.has(t.lemma) && t.pos === 'VERB')) {
      to = k - 1;
      break;
    }
    // "announced aid last week, and China sent a team": a second clause with its own subject
    if (w === ',' && ['and', 'but'].includes(tokens[k + 1]?.text.toLowerCase() ?? '') && hasOwnSubject(tokens, k + 2, Math.min(sentLast + 1, k + 8))) {
      to = k - 1;
      break;
    }
    // "denied the accusation and said it had acted": a second verb phrase is not part of the event
    if (w === 'and' && (isNoun || k > trigger + 1) && (tokens[k + 1]?.pos === 'VERB' || (tokens[k + 1]?.pos === 'ADV' && tokens[k + 2]?.pos === 'VERB')) && !/ing$/i.test(tokens[k + 1].text)) {
      to = k - 1;
      break;
    }
    // "that" opens a new clause unless it is a determiner ("that country")
    if (w === ';' || w === 'which' || w === 'who' || w === 'while' || w === 'although' || w === 'but' || w === 'after' || w === 'since' || w === 'until' || w === 'when' || (w === 'that' && tokens[k + 1]?.pos !== 'NOUN')) {
      to = k - 1;
      break;
    }
  }
  // a possessive pronoun is a participant only as the possessor of a noun trigger ("his visit"), not in "warned his counterpart"
  const inClause = placed.filter((p) => p.first >= from && p.last <= to && (p.last < trigger || p.first > trigger)
    && !(p.possessive && !(isNoun && p.last < trigger && p.last >= trigger - 3)));
  const before = inClause.filter((p) => p.last < (sharedSubjectEnd >= 0 ? sharedSubjectEnd : trigger));
  const after = inClause.filter((p) => p.first > trigger);
  // the word before a name, past its article and adjectives ("for a united and democratic Syria")
  const prevSkipDet = (p: Placed) => {
    let k = p.first - 1;
    while (k > 0 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || ((tokens[k].pos === 'CCONJ' || tokens[k].text === ',') && tokens[k - 1]?.pos === 'ADJ'))) k--;
    return k >= 0 ? tokens[k].text.toLowerCase() : '';
  };

  let source: Placed[] = [];
  let target: Placed[] = [];
  let also: Placed[] = [];
  let together = false;
  // a passive verb: "was criticised", "were killed" ("by" after an active verb is no agent: "an agreement forced on it by X")
  const passive = !isNoun && isPassive(tokens, trigger, from);
  // "by" after a common noun belongs to that noun, not to the verb: "discussed against the background of statements by X"
  const byAttachesToVerb = (p: Placed) => {
    let k = p.first - 1;
    while (k > trigger && tokens[k].text.toLowerCase() !== 'by') k--;
    return k === trigger + 1 || tokens[k - 1]?.pos !== 'NOUN';
  };
  const agent = after.filter((p) => (prevSkipDet(p) === 'by' && (isNoun || ((passive || p.first <= trigger + 3) && byAttachesToVerb(p))))
    // "the threat of cross-sanctions of the European Union" (only "of" phrases between; not "sanctions against five of Russia's makers")
    || (isNoun && p.first <= trigger + 6 && prevSkipDet(p) === 'of' && p.entity.type !== 'NORP'
      && tokens.slice(trigger + 1, p.first).every((t) => t.pos !== 'ADP' || t.text.toLowerCase() === 'of')));
  if (agent.length) {
    // "by Russian Prime Minister Mikhail Mishustin": the person, not "Russian"
    let a = agent[0];
    const next = after.find((p) => p.first > a.last);
    if (a.entity.type === 'NORP' && next && next.first - a.last <= 4 && !tokens.slice(a.last + 1, next.first).some((t) => ['VERB', 'AUX', 'PUNCT', 'CCONJ', 'ADP'].includes(t.pos))) a = next;
    source = coordinated(tokens, after, a, to);
  }
  if (isNoun && !source.length) {
    // "Mishustin's visit", "his visit": the possessor right before the noun
    const poss = before.filter((p) => p.last >= trigger - 4 && (p.possessive || (tokens[p.last + 1] && /^['’]s?$/.test(tokens[p.last + 1].text))));
    if (poss.length) source = [poss[poss.length - 1]];
    // "the Russian delegation's visit", "Russian threats", "Israeli tank shelling"
    if (!source.length) {
      const adj = before.filter((p) => p.last >= trigger - 3 && p.entity.type === 'NORP' && !tokens.slice(p.last + 1, trigger).some((t) => t.pos === 'ADP' || t.pos === 'VERB'));
      if (adj.length) source = [adj[adj.length - 1]];
    }
  }
  if (!source.length && passive) {
    // "Azerbaijan was criticised", "10 Russian soldiers were killed": the subject is the recipient
    const subj = before.filter((p) => !PREPS.has(prevSkipDet(p)));
    if (subj.length) return { source: [], target: [subj[subj.length - 1]] };
    // "a Hamas member who was arrested": the antecedent of the relative pronoun
    const ante = antecedent(tokens, placed, from);
    if (ante) return { source: [], target: [ante] };
    // "were killed in Israeli tank shelling", "in a Russian airstrike": the demonym of the cause is the actor
    const cause = after.find((p) => p.entity.type === 'NORP' && ['in', 'by'].includes(prevSkipDet(p)) && p.first - trigger <= 4 && tokens[p.last + 1]?.pos === 'NOUN');
    if (cause) return { source: [cause], target: [] };
  }
  // a noun takes the clause subject only as the object of a light verb ("Gondor launched an attack"),
  // not in "Russia was behind the attacks" or "the drive to meet demand"
  if (!source.length && !passive && (!isNoun || lightVerbBefore(tokens, trigger, from))) {
    // the subject: the first actor of the clause before the trigger, unless it sits in a prepositional phrase
    let subj = before.filter((p) => !PREPS.has(prevSkipDet(p)) || (prevSkipDet(p) === 'of' && isGroupHead(tokens, p, from)));
    // "A court in Guyana", "Soldiers from Gondor", "Lawmakers in Fornost and Gondor": a group noun heading the subject
    if (!subj.length) subj = before.filter((p) => ['in', 'from', 'of'].includes(prevSkipDet(p)) && isGroupHead(tokens, p, from));
    if (subj.length) {
      // the head of the subject phrase: "Georgian Prime Minister Irakli Kobakhidze" is the person, not "Georgian"
      let i = 0;
      while (i + 1 < subj.length && subj[i + 1].first - subj[i].last <= 4 && !tokens.slice(subj[i].last + 1, subj[i + 1].first).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'ADP')) i++;
      source = coordinated(tokens, before, subj[i], trigger - 1);
      if (source.length === 1 && subj[i].entity.type === 'NORP' && i > 0) source = [subj[i]];
    }
    // "Seven Iraqis who seized a Sudanese airliner": the antecedent of the relative pronoun is the subject
    if (!source.length && !isNoun && !before.length) {
      const ante = antecedent(tokens, placed, from);
      if (ante) source = [ante];
    }
  }
  const targets = after.filter((p) => !source.includes(p) && !agent.includes(p));
  const passiveSubject = passive && agent.length ? before.filter((p) => !PREPS.has(prevSkipDet(p))) : [];
  if (passiveSubject.length) {
    // "Eriador was opposed by Osgiliath ... ties with Gondor": the subject of a passive is the recipient
    target = [passiveSubject[passiveSubject.length - 1]];
  } else if (targets.length) {
    target = coordinated(tokens, targets, targets[0], to);
    // "from the EU and France": a repeated preposition joins too
    for (const t of targets) {
      if (target.includes(t) || t.first < target[target.length - 1].last) continue;
      const between = tokens.slice(target[target.length - 1].last + 1, t.first).map((x) => x.text.toLowerCase());
      if (between.length <= 6 && between.includes('from') && (between.includes('and') || between.includes('–') || between.includes(','))) {
        target.push(t);
        together = true;
      } else break;
    }
    // "leaving the CSTO this summer, as well as, possibly, from the Customs Union": an elliptical second event
    const last = target[target.length - 1];
    const next = targets.find((t) => t.first > last.last);
    if (next && next.first - last.last <= 14) {
      const between = tokens.slice(last.last + 1, next.first).map((x) => x.text.toLowerCase()).join(' ');
      if (/\bas well as\b/.test(between) && !/[;.]/.test(between)) also = [next];
    }
  } else if (agent.length && before.length) {
    // passive: "Azerbaijan was criticised by France"
    target = [before[0]];
  }
  return { source, target, ...(also.length ? { also } : {}), ...(together ? { together } : {}) };
}

/** Verbs that take an event noun as their object: "launched an attack", "held talks", "carried out raids". */
const LIGHT_VERBS = new Set(['make', 'hold', 'launch', 'stage', 'conduct', 'carry', 'begin', 'start', 'continue', 'resume', 'complete', 'sign', 'conclude', 'reach', 'announce', 'deliver', 'present', 'send', 'file', 'lodge', 'issue', 'express', 'voice', 'give', 'provide', 'offer', 'take', 'mount', 'organize', 'organise', 'attend', 'host', 'lead', 'join', 'order', 'impose', 'step', 'receive', 'extend', 'grant', 'approve', 'accept', 'pay', 'wage', 'unleash', 'end', 'finish', 'plan', 'have', 'seek', 'need', 'call', 'demand', 'request', 'propose', 'agree', 'negotiate', 'discuss', 'sign', 'ink', 'seal', 'do', 'perform', 'initiate', 'open', 'renew', 'threaten', 'warn', 'adopt', 'introduce', 'unveil', 'slap', 'enact', 'wrap', 'chair', 'convene', 'attend',
  // verbs that build up a relation: "seeking to deepen a partnership"
  'deepen', 'strengthen', 'expand', 'build', 'develop', 'boost', 'forge', 'establish', 'restore', 'improve', 'broaden', 'enhance']);

/** After a verb of going, prepositions that put the subject at an event: "left for talks", "arrived on a visit". */
const EVENT_PREPS = new Set(['on', 'for']);
const MOTION = new Set(['leave', 'arrive', 'come', 'go', 'head', 'travel', 'fly', 'return', 'set']);

/** Nouns that measure out an event noun: "a package of sanctions", "$2 billion in aid". */
const MEASURES = new Set(['package', 'set', 'series', 'round', 'wave', 'number', 'string', 'spate', 'million', 'billion', 'thousand', 'hundreds', 'thousands', 'dozens', 'tons', 'tonnes', 'dollars', 'euros', 'pounds', 'francs', 'yen', 'yuan', 'rubles', 'roubles']);

/** Whether the noun at `trigger` is the object of a light verb, with only modifiers between. */
function lightVerbBefore(tokens: readonly Token[], trigger: number, from: number): boolean {
  let k = trigger - 1;
  const modifier = (t: Token) => ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADV', 'SYM'].includes(t.pos) || ['-', 'out', 'up', ',', 'his', 'her', 'its', 'their', 'our'].includes(t.text.toLowerCase());
  for (;;) {
    while (k >= from && trigger - k <= 8 && modifier(tokens[k])) k--;
    // "a new package of sanctions", "€5 million in humanitarian aid": a measure phrase before the noun
    const w = tokens[k]?.text.toLowerCase();
    const before = tokens[k - 1];
    if (k > from && (w === 'of' || w === 'in') && before && (before.pos === 'NUM' || MEASURES.has(before.text.toLowerCase()))) {
      k -= 2;
      continue;
    }
    break;
  }
  // "during a visit to X", "left for Minas Tirith on Wednesday for meetings with Y": the subject takes part
  if (k >= from && tokens[k].text.toLowerCase() === 'during') return true;
  if (k >= from && EVENT_PREPS.has(tokens[k].text.toLowerCase())) {
    for (let j = k - 1; j >= Math.max(from, k - 8); j--) if (tokens[j].pos === 'VERB' && MOTION.has(tokens[j].lemma.toLowerCase())) return true;
  }
  if (k < from || !(tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX')) return false;
  // the tagger's lemma, or a rough stem of the word ("staged" is lemmatised "stag")
  const w = tokens[k].text.toLowerCase();
  const stems = [tokens[k].lemma.toLowerCase(), w, w.replace(/d$/, ''), w.replace(/ed$/, ''), w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/s$/, ''), w.replace(/ied$/, 'y')];
  return stems.some((x) => LIGHT_VERBS.has(x));
}

const SAYING = new Set(['say', 'deny', 'claim', 'allege', 'report', 'believe', 'think', 'know', 'insist', 'suggest', 'announce', 'confirm', 'state', 'note', 'warn', 'argue', 'add', 'fear', 'reject']);
const SAYING_NOUNS = new Set(['report', 'reports', 'claim', 'claims', 'statement', 'statements', 'allegation', 'allegations', 'rumour', 'rumours', 'rumor', 'rumors', 'news', 'evidence', 'accusation', 'accusations', 'sign', 'signs', 'fact', 'suggestion', 'suggestions', 'assurance', 'assurances']);

/** Whether "that" at `k` opens a clause ("reports that police had detained") rather than pointing ("that country"). */
function complementizer(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before) return false;
  return (before.pos === 'VERB' && SAYING.has(before.lemma.toLowerCase())) || SAYING_NOUNS.has(before.text.toLowerCase());
}

/** Whether the words from `a` to `b` open a clause with its own subject and verb ("last fall an agreement was concluded"), not a bare verb phrase ("is scheduled to hold"). */
function hasOwnSubject(tokens: readonly Token[], a: number, b: number, verbAtEnd = false): boolean {
  const subject = (k: number) => k > a && tokens.slice(a, k).some((t) => ['NOUN', 'PROPN', 'PRON'].includes(t.pos));
  for (let k = a; k < b; k++) if (tokens[k].pos === 'AUX' || tokens[k].pos === 'VERB') return subject(k);
  // ", and China sent": the trigger itself is the verb of the new clause
  return verbAtEnd && subject(b);
}

/** The name a relative clause starting at `from` ("who seized", "which has attacked") is about: the one right before its pronoun. */
function antecedent(tokens: readonly Token[], placed: readonly Placed[], from: number): Placed | undefined {
  if (!/^(who|which|that)$/i.test(tokens[from - 1]?.text ?? '')) return undefined;
  const end = tokens[from - 2]?.text === ',' ? from - 3 : from - 2;
  return placed.find((p) => p.last === end && !p.possessive);
}

/** Whether a verb is the second of two coordinated verbs: "said ... and warned", "and also pledged". */
function coordinatedVerb(tokens: readonly Token[], trigger: number): boolean {
  let k = trigger - 1;
  while (k > 0 && tokens[k].pos === 'ADV') k--;
  return tokens[k]?.text.toLowerCase() === 'and';
}

const BE = /^(is|are|was|were|be|been|being|get|got|gets|getting|'s|'re)$/i;

/**
 * A past participle after a form of "be"/"get", with only adverbs, "not" and conjunctions in
 * between: "was criticised", "was heavily and unjustly criticised", "is being discussed".
 */
export function isPassive(tokens: readonly Token[], trigger: number, from: number): boolean {
  if (!/(?:ed|en|wn|t)$/i.test(tokens[trigger].text)) return false;
  // "There were 10 Russian soldiers killed": an existential clause with a participle after its noun
  if (tokens[trigger - 1]?.pos === 'NOUN') {
    for (let k = trigger - 2; k >= Math.max(from, trigger - 8); k--) {
      if (tokens[k].pos === 'VERB') break;
      if (BE.test(tokens[k].text) && tokens[k - 1]?.text.toLowerCase() === 'there') return true;
    }
  }
  for (let k = trigger - 1; k >= Math.max(from, trigger - 6); k--) {
    const t = tokens[k];
    if (BE.test(t.text)) return true;
    // "was struck and killed": a participle coordinated with this one
    const coordinatedParticiple = t.pos === 'VERB' && /^(and|or)$/i.test(tokens[k + 1]?.text ?? '');
    if (!(t.pos === 'ADV' || t.pos === 'CCONJ' || t.pos === 'PART' || t.text === ',' || coordinatedParticiple)) return false;
  }
  return false;
}

/** Whether the phrase before `p` ("A court in", "The ambassadors of") is a group noun opening the clause. */
function isGroupHead(tokens: readonly Token[], p: Placed, from: number): boolean {
  let k = p.first - 1;
  while (k > from && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k--;
  if (!['in', 'from', 'of'].includes(tokens[k]?.text.toLowerCase())) return false;
  const head = tokens.slice(from, k);
  if (!head.length || head.length > 8) return false;
  // (a participle may modify the head: "a report released on Tuesday in the Rwandan capital")
  if (head.some((t) => (t.pos === 'VERB' && !/ed$/i.test(t.text)) || t.pos === 'AUX' || (t.pos === 'PUNCT' && t.text !== '-') || t.pos === 'ADP')) return false;
  return head.some((t) => GROUP_NOUNS.has(t.text.toLowerCase()) || GROUP_NOUNS.has(t.lemma.toLowerCase()));
}

const PERSONAL = new Set(['he', 'him', 'his', 'she', 'her']);
const NEUTER = new Set(['it', 'its']);
const PLURAL = new Set(['they', 'them', 'their']);

/**
 * Pronouns as mentions of what they most likely stand for: "he", "his" the last person named,
 * "it", "its" the last state or organisation, "they" the last of either, "the latter" the last
 * name. Looks back two sentences at most; "it" before "is clear" and the like stands for nothing.
 */
export function withPronouns(placed: readonly Placed[], tokens: readonly Token[]): Placed[] {
  const out = [...placed];
  let j = 0;
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k].text.toLowerCase();
    const latter = w === 'latter' && k > 0 && tokens[k - 1].text.toLowerCase() === 'the';
    if (!latter && !PERSONAL.has(w) && !NEUTER.has(w) && !PLURAL.has(w)) continue;
    if (!latter && tokens[k].pos !== 'PRON' && tokens[k].pos !== 'DET') continue;
    // "it is clear", "it would be": an expletive "it" ("it would free the prisoners" is not one)
    if (w === 'it' && ['AUX', 'VERB'].includes(tokens[k + 1]?.pos ?? '') && ['ADJ', 'VERB', 'ADV', 'DET', 'AUX'].includes(tokens[k + 2]?.pos ?? '')
      && (/^(is|was|has|seems|appears)$/i.test(tokens[k + 1].text) || (/^(will|would)$/i.test(tokens[k + 1].text) && /^(be|seem|appear)$/i.test(tokens[k + 2].text)))) continue;
    while (j < placed.length && placed[j].last < k) j++;
    const possessive = ['his', 'its', 'their'].includes(w) || (w === 'her' && ['NOUN', 'ADJ'].includes(tokens[k + 1]?.pos ?? ''));
    // an object pronoun does not stand for the subject of its own clause: "Mishustin completed his visit with him"
    const objectPronoun = !possessive && (w === 'him' || w === 'her' || w === 'them');
    let ante: Placed | undefined;
    for (let q = j - 1; q >= 0; q--) {
      const p = placed[q];
      if (tokens[p.last].sentence < tokens[k].sentence - 2) break;
      if (objectPronoun && isClauseSubject(tokens, p, k)) continue;
      const t = p.entity.type;
      if (latter || (PERSONAL.has(w) ? t === 'PERSON' : NEUTER.has(w) ? t === 'GPE' || t === 'ORG' : t !== 'PERSON')) {
        ante = p;
        break;
      }
    }
    if (ante) out.push({ entity: ante.entity, mention: ante.mention, first: latter ? k - 1 : k, last: k, ...(possessive ? { possessive } : {}) });
  }
  return out.sort((a, b) => a.first - b.first);
}

/** Whether `p` is the subject of the clause that `k` is in: same sentence, before the first verb, no clause break between. */
function isClauseSubject(tokens: readonly Token[], p: Placed, k: number): boolean {
  if (p.first < 0 || tokens[p.first].sentence !== tokens[k].sentence) return false;
  let sawVerb = false;
  for (let x = p.last + 1; x < k; x++) {
    const w = tokens[x].text.toLowerCase();
    if (CLAUSE_BREAK.has(w) || w === ',') return false;
    if (tokens[x].pos === 'VERB') sawVerb = true;
  }
  if (!sawVerb) return false;
  for (let x = p.first - 1; x >= 0 && tokens[x].sentence === tokens[k].sentence; x--) if (tokens[x].pos === 'VERB') return false;
  return true;
}
