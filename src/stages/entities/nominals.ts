import type { Entity, Token } from '../../core/types.js';
import { TITLE_HEADS, TITLE_WORDS } from './lexicon.js';

/**
 * Title-only references ("the Armenian prime minister", "the Russian Prime Minister") become
 * `nominal` mentions of the person who holds that title in the article.
 */
export function linkNominals(entities: Entity[], tokens: readonly Token[], ranges: Array<{ first: number; last: number }>): void {
  const byNorp = new Map<number, Entity>();
  const covered = new Set<number>();
  const tokenAt = new Map<number, number>();
  tokens.forEach((t, k) => tokenAt.set(t.start, k));
  for (const e of entities) for (const m of e.mentions) {
    let k = tokenAt.get(m.start);
    if (k === undefined) continue;
    for (; k < tokens.length && tokens[k].end <= m.end; k++) {
      covered.add(k);
      if (e.type === 'NORP' || e.type === 'GPE') byNorp.set(k, e);
    }
  }
  linkOrganisationNominals(entities, tokens, covered);
  const people = entities.filter((e) => e.type === 'PERSON' && e.roles?.length);
  if (!people.length) return;
  for (const r of ranges) {
    for (let k = r.first; k <= r.last; k++) {
      if (tokens[k].text.toLowerCase() !== 'the') continue;
      let x = k + 1;
      const norp = byNorp.get(x);
      if (norp) x++;
      const titleStart = x;
      let head = false;
      while (x <= r.last && TITLE_WORDS.has(tokens[x].text.toLowerCase()) && tokens[x].text !== 'of' && !covered.has(x)) {
        if (TITLE_HEADS.has(tokens[x].text.toLowerCase())) head = true;
        x++;
      }
      if (!head || x === titleStart) continue;
      // not followed by a name (then it is a title before the name, already read)
      if (x <= r.last && covered.has(x)) continue;
      const title = tokens.slice(titleStart, x).map((t) => t.text.toLowerCase()).join(' ');
      const match = people.filter((p) => p.roles!.some((ro) => ro.title.toLowerCase() === title) && (!norp || p.country === norp.country));
      if (match.length !== 1) continue;
      match[0].mentions.push({ start: tokens[k].start, end: tokens[x - 1].end, kind: 'nominal' });
    }
  }
}

/** Generic heads that refer back to an organisation named before: "the organization" → the CSTO. */
const ORG_NOMINALS: Record<string, (e: Entity) => boolean> = {
  organization: (e) => e.country === 'IGO' || /organi[sz]ation/i.test(e.name),
  organisation: (e) => e.country === 'IGO' || /organi[sz]ation/i.test(e.name),
  alliance: (e) => e.country === 'IGO' || /alliance|treaty/i.test(e.name),
  bloc: (e) => e.country === 'IGO',
  union: (e) => /union/i.test(e.name),
  ministry: (e) => /ministry/i.test(e.name),
  agency: (e) => /agency/i.test(e.name),
  party: (e) => /party/i.test(e.name),
  company: (e) => e.sector === 'BUS',
  court: (e) => /court|tribunal/i.test(e.name),
};

/**
 * "the organization", "the alliance", "the ministry": a nominal mention of the most recent
 * organisation of that kind named in the three sentences before.
 */
function linkOrganisationNominals(entities: Entity[], tokens: readonly Token[], covered: Set<number>): void {
  const orgs = entities.filter((e) => e.type === 'ORG');
  if (!orgs.length) return;
  const sentenceOf = new Map<number, number>();
  tokens.forEach((t) => sentenceOf.set(t.start, t.sentence));
  for (let k = 1; k < tokens.length; k++) {
    const test = ORG_NOMINALS[tokens[k].text];
    if (!test || covered.has(k) || tokens[k - 1].text.toLowerCase() !== 'the') continue;
    // "the organization of ..." names something new
    if (tokens[k + 1]?.text === 'of' || /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) continue;
    let best: { e: Entity; at: number } | null = null;
    for (const e of orgs) {
      if (!test(e)) continue;
      for (const m of e.mentions) {
        const s = sentenceOf.get(m.start);
        if (m.start >= tokens[k].start || s === undefined || tokens[k].sentence - s > 3) continue;
        if (!best || m.start > best.at) best = { e, at: m.start };
      }
    }
    if (best) best.e.mentions.push({ start: tokens[k - 1].start, end: tokens[k].end, kind: 'nominal' });
  }
}
