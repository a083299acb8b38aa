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
  return out
    .filter((p) => !out.some((q) => q !== p && q.first <= p.first && q.last >= p.last && (q.last - q.first > p.last - p.first)))
    .sort((a, b) => a.first - b.first);
}

export interface Participants {
  source: Placed[];
  target: Placed[];
}

const PREPS = new Set(['to', 'with', 'against', 'from', 'on', 'at', 'in', 'into', 'for', 'about', 'towards', 'toward', 'between', 'over', 'near', 'among', 'of', 'across', 'inside', 'outside', 'by', 'under', 'after', 'before', 'since', 'during', 'like', 'than', 'through']);
/** Words that may stand between two coordinated names ("A, the evil B and C", "neither A nor B"). */
const COORD = new Set([',', 'and', 'or', 'nor', '&', 'as', 'well']);
/** Head nouns of a subject phrase whose country a following "in/from/of X" names ("a court in Guyana", "soldiers from Gondor"). */
const GROUP_NOUNS = new Set(['court', 'government', 'ministry', 'minister', 'official', 'officials', 'lawmaker', 'lawmakers', 'soldier', 'soldiers', 'troop', 'troops', 'force', 'forces', 'army', 'military', 'police', 'activist', 'activists', 'ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomat', 'diplomats', 'leader', 'leaders', 'authority', 'authorities', 'parliament', 'delegation', 'rebel', 'rebels', 'militant', 'militants', 'protester', 'protesters', 'demonstrator', 'demonstrators', 'opposition', 'people', 'president', 'spokesman', 'spokeswoman', 'member', 'members', 'legislator', 'legislators', 'representative', 'representatives', 'politician', 'politicians', 'administration', 'navy', 'guard', 'guards', 'prosecutor', 'prosecutors', 'judge', 'judges', 'cleric', 'clerics', 'student', 'students', 'worker', 'workers', 'party', 'group', 'groups', 'unit', 'units', 'side']);

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
  for (let k = trigger - 1; k > sentFirst; k--) {
    const w = tokens[k].text.toLowerCase();
    if (CLAUSE_BREAK.has(w) && !(w === 'that' && k + 1 < trigger && tokens[k + 1].pos === 'NOUN')) {
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
    // "that" opens a new clause unless it is a determiner ("that country")
    if (w === ';' || w === 'which' || w === 'who' || w === 'while' || w === 'although' || w === 'but' || w === 'after' || w === 'since' || w === 'until' || w === 'when' || (w === 'that' && tokens[k + 1]?.pos !== 'NOUN')) {
      to = k - 1;
      break;
    }
  }
  // a possessive pronoun is a participant only as the possessor of a noun trigger ("his visit"), not in "warned his counterpart"
  const inClause = placed.filter((p) => p.first >= from && p.last <= to && (p.last < trigger || p.first > trigger)
    && !(p.possessive && !(isNoun && p.last < trigger && p.last >= trigger - 3)));
  const before = inClause.filter((p) => p.last < trigger);
  const after = inClause.filter((p) => p.first > trigger);
  const prevWord = (p: Placed) => (p.first > 0 ? tokens[p.first - 1].text.toLowerCase() : '');
  const prevSkipDet = (p: Placed) => {
    let k = p.first - 1;
    while (k > 0 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k--;
    return k >= 0 ? tokens[k].text.toLowerCase() : '';
  };

  let source: Placed[] = [];
  let target: Placed[] = [];
  // a passive verb: "was criticised", "were killed" ("by" after an active verb is no agent: "an agreement forced on it by X")
  const passive = !isNoun && /(?:ed|en|wn|t)$/i.test(tokens[trigger].text)
    && tokens.slice(Math.max(from, trigger - 3), trigger).some((t) => /^(is|are|was|were|be|been|being|get|got|gets)$/i.test(t.text));
  const agent = after.filter((p) => (prevSkipDet(p) === 'by' && (isNoun || passive || p.first <= trigger + 3)) || (isNoun && p.first <= trigger + 6 && prevSkipDet(p) === 'of' && p.entity.type !== 'NORP'));
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
  }
  if (!source.length && !passive) {
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
  }
  const targets = after.filter((p) => !source.includes(p) && !agent.includes(p));
  if (targets.length) {
    target = coordinated(tokens, targets, targets[0], to);
    // "from the EU and France": a repeated preposition joins too
    for (const t of targets) {
      if (target.includes(t) || t.first < target[target.length - 1].last) continue;
      const between = tokens.slice(target[target.length - 1].last + 1, t.first).map((x) => x.text.toLowerCase());
      if (between.length <= 6 && between.includes('from') && (between.includes('and') || between.includes('–') || between.includes(','))) target.push(t);
      else break;
    }
  } else if (agent.length && before.length) {
    // passive: "Azerbaijan was criticised by France"
    target = [before[0]];
  }
  return { source, target };
}

/** Whether the phrase before `p` ("A court in", "The ambassadors of") is a group noun opening the clause. */
function isGroupHead(tokens: readonly Token[], p: Placed, from: number): boolean {
  let k = p.first - 1;
  while (k > from && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k--;
  if (!['in', 'from', 'of'].includes(tokens[k]?.text.toLowerCase())) return false;
  const head = tokens.slice(from, k);
  if (!head.length || head.length > 6) return false;
  if (head.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'ADP')) return false;
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
    if (w === 'it' && ['AUX', 'VERB'].includes(tokens[k + 1]?.pos ?? '') && ['ADJ', 'VERB', 'ADV', 'DET'].includes(tokens[k + 2]?.pos ?? '') && /^(is|was|has|seems|appears|will|would)$/i.test(tokens[k + 1].text)) continue;
    while (j < placed.length && placed[j].last < k) j++;
    let ante: Placed | undefined;
    for (let q = j - 1; q >= 0; q--) {
      const p = placed[q];
      if (tokens[p.last].sentence < tokens[k].sentence - 2) break;
      const t = p.entity.type;
      if (latter || (PERSONAL.has(w) ? t === 'PERSON' : NEUTER.has(w) ? t === 'GPE' || t === 'ORG' : t !== 'PERSON')) {
        ante = p;
        break;
      }
    }
    const possessive = ['his', 'its', 'their'].includes(w) || (w === 'her' && ['NOUN', 'ADJ'].includes(tokens[k + 1]?.pos ?? ''));
    if (ante) out.push({ entity: ante.entity, mention: ante.mention, first: latter ? k - 1 : k, last: k, ...(possessive ? { possessive } : {}) });
  }
  return out.sort((a, b) => a.first - b.first);
}
