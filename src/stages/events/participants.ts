import type { Entity, Mention, Token } from '../../core/types.js';

/** An entity mention placed on the token sequence. */
export interface Placed {
  entity: Entity;
  mention: Mention;
  first: number;
  last: number;
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

/**
 * Actor and recipient of a trigger from the clause around it: the subject before it (or the
 * agent after "by" in a passive, or the possessor of a noun trigger), and what follows it.
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
    if (w === ';' || w === 'which' || w === 'who' || w === 'while' || w === 'although' || w === 'but' || (w === 'that' && tokens[k + 1]?.pos !== 'NOUN')) {
      to = k - 1;
      break;
    }
  }
  const inClause = placed.filter((p) => p.first >= from && p.last <= to && (p.last < trigger || p.first > trigger));
  const before = inClause.filter((p) => p.last < trigger);
  const after = inClause.filter((p) => p.first > trigger);
  const prevWord = (p: Placed) => (p.first > 0 ? tokens[p.first - 1].text.toLowerCase() : '');

  let source: Placed[] = [];
  let target: Placed[] = [];
  const agent = after.filter((p) => prevWord(p) === 'by' || (isNoun && prevWord(p) === 'of' && p.entity.type !== 'NORP'));
  if (agent.length) source = [agent[0]];
  if (isNoun) {
    // "Mishustin's visit", "his visit": the possessor right before the noun
    const poss = before.filter((p) => p.last >= trigger - 4 && tokens[p.last + 1] && /^['’]s$/.test(tokens[p.last + 1].text));
    if (!source.length && poss.length) source = [poss[poss.length - 1]];
    // "the Russian delegation's visit", "Russian threats"
    if (!source.length) {
      const adj = before.filter((p) => p.last >= trigger - 3 && p.entity.type === 'NORP');
      if (adj.length) source = [adj[adj.length - 1]];
    }
  }
  if (!source.length) {
    // the subject: the first actor of the clause before the trigger, unless it sits in a prepositional phrase
    const subj = before.filter((p) => !['to', 'with', 'against', 'from', 'on', 'at', 'in', 'into', 'for', 'about', 'towards', 'toward'].includes(prevWord(p)));
    if (subj.length) {
      // the head of the subject phrase: "Georgian Prime Minister Irakli Kobakhidze" is the person, not "Georgian"
      let i = 0;
      while (i + 1 < subj.length && subj[i + 1].first - subj[i].last <= 4 && !tokens.slice(subj[i].last + 1, subj[i + 1].first).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'CCONJ')) i++;
      source = [subj[i]];
      // coordinated subjects: "Belarus and Iran have signed"
      while (i + 1 < subj.length && subj[i + 1].first - subj[i].last === 2 && ['and', '&'].includes(tokens[subj[i].last + 1].text.toLowerCase())) {
        source.push(subj[++i]);
      }
    }
  }
  const targets = after.filter((p) => !source.includes(p) && !agent.includes(p));
  if (targets.length) {
    target = [targets[0]];
    // coordinated recipients: "from the EU and France", "with Russia and China"
    for (const t of targets.slice(1)) {
      const between = tokens.slice(target[target.length - 1].last + 1, t.first).map((x) => x.text.toLowerCase());
      if (between.length <= 5 && between.some((w) => w === 'and' || w === 'or' || w === 'from' || w === ',')) target.push(t);
      else break;
    }
  } else if (agent.length && before.length) {
    // passive: "Azerbaijan was criticised by France"
    target = [before[0]];
  }
  return { source, target };
}
