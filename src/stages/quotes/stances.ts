import type { Ctx } from './context.js';
import { makeFound, type Found } from './found.js';
import { contentEnd, npAfter, subjectBefore, trimEnd, type Range } from './phrases.js';

/**
 * Adjectives (and participles) of stance and feeling, with what opens what the stance is about:
 * "is critical of the deal", "were worried about the economy", "is confident that ...", "is reluctant
 * to ...". `to+` is an infinitive; the other entries are prepositions, "that" or "whether".
 */
const STANCE_ADJECTIVES: Record<string, readonly string[]> = {
  critical: ['of'],
  skeptical: ['of', 'about', 'that'],
  sceptical: ['of', 'about', 'that'],
  supportive: ['of'],
  dismissive: ['of'],
  suspicious: ['of'],
  wary: ['of'],
  fond: ['of'],
  enamored: ['of', 'with'],
  proud: ['of', 'that'],
  aware: ['of', 'that'],
  confident: ['in', 'about', 'that'],
  optimistic: ['about', 'that'],
  pessimistic: ['about', 'that'],
  hopeful: ['about', 'that'],
  worried: ['about', 'that', 'by'],
  concerned: ['about', 'that', 'by'],
  certain: ['of', 'about', 'that'],
  sure: ['of', 'about', 'that'],
  convinced: ['of', 'that'],
  adamant: ['about', 'that'],
  emphatic: ['about', 'that'],
  vocal: ['about', 'in'],
  outspoken: ['about', 'on', 'in'],
  silent: ['on', 'about'],
  opposed: ['to'],
  committed: ['to'],
  enthusiastic: ['about'],
  excited: ['about', 'by'],
  nervous: ['about'],
  afraid: ['of', 'that'],
  fearful: ['of', 'that'],
  angry: ['at', 'about', 'over', 'with', 'that'],
  upset: ['with', 'about', 'over', 'that'],
  unhappy: ['with', 'about', 'that'],
  happy: ['with', 'about', 'that'],
  frustrated: ['with', 'by', 'about', 'that'],
  disappointed: ['with', 'in', 'by', 'that'],
  satisfied: ['with', 'that'],
  comfortable: ['with'],
  uncomfortable: ['with'],
  impressed: ['by', 'with'],
  divided: ['on', 'over'],
  split: ['on', 'over'],
  candid: ['about'],
  unsure: ['of', 'about', 'whether'],
  uncertain: ['about', 'whether'],
  doubtful: ['of', 'about', 'that'],
  eager: ['to+'],
  reluctant: ['to+'],
  willing: ['to+'],
  unwilling: ['to+'],
  determined: ['to+'],
  intent: ['on'],
};

/**
 * Whether the noun phrase [a, b] holds a clause's subject after its head, and that clause's verb
 * follows it: "the way | the ministry | handled", "the deal | he | signed".
 */
function contactRelative(ctx: Ctx, a: number, b: number, hi: number): boolean {
  const toks = ctx.toks;
  if (b + 1 > hi || toks[b + 1].pos !== 'VERB') return false;
  for (let i = a + 1; i <= b; i++) if (toks[i - 1].pos === 'NOUN' && (toks[i].pos === 'DET' || toks[i].pos === 'PRON')) return true;
  return false;
}

/** Subjects that hold no stance of their own ("it is clear that", "there is ..."). */
const EMPTY_SUBJECTS = /^(?:it|there|this|that|what|which)$/;

/** The stance read at adjective `a`: the copula, the cue's last token and the content. */
function stanceAt(ctx: Ctx, a: number): { be: number; cueLast: number; content: Range } | null {
  const toks = ctx.toks;
  const unit = ctx.units[toks[a].unit];
  const opens = STANCE_ADJECTIVES[toks[a].lower];
  if (!opens) return null;
  // the copula before it, over adverbs ("is deeply skeptical", "were not sure")
  let be = a - 1;
  while (be > unit.first && (toks[be].pos === 'ADV' || toks[be].pos === 'PART')) be--;
  if (be <= unit.first || toks[be].lemma !== 'be') return null;
  const n = a + 1 <= unit.last ? toks[a + 1] : undefined;
  if (!n || a + 2 > unit.last) return null;
  if ((n.lower === 'that' && opens.includes('that')) || (n.lower === 'whether' && opens.includes('whether'))) {
    if (/^(?:VERB|AUX|PUNCT)$/.test(toks[a + 2].pos)) return null;
    const b = contentEnd(ctx, a + 1, unit.last);
    return b > a + 1 ? { be, cueLast: a, content: { first: a + 1, last: b } } : null;
  }
  if (n.lower === 'to' && opens.includes('to+') && toks[a + 2].pos === 'VERB') {
    const b = contentEnd(ctx, a + 1, unit.last);
    return b > a + 1 ? { be, cueLast: a, content: { first: a + 1, last: b } } : null;
  }
  if (!opens.includes(n.lower)) return null;
  const np = npAfter(ctx, a + 2, unit.last);
  if (!np) return null;
  // "unhappy with the way the ministry handled the talks": a noun and a clause with no "that" about it, whole
  if (contactRelative(ctx, np.first, np.last, unit.last)) return { be, cueLast: a + 1, content: { first: np.first, last: contentEnd(ctx, np.first, unit.last) } };
  // "worried about the economy, most said ...": the object alone
  return { be, cueLast: a + 1, content: { first: np.first, last: trimEnd(ctx, np.first, np.last) } };
}

/**
 * A stance held by the subject, told with an adjective: "Republicans were worried about the economy",
 * "she is confident that ...", "he is critical of the deal". What the stance is about is attributed
 * to the subject, as with the verbs "worry", "believe" and "criticize".
 */
export function findStanceAdjectives(ctx: Ctx, used: Set<number>): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  for (let a = 0; a < toks.length; a++) {
    const t = toks[a];
    if (t.quote >= 0 || used.has(a) || !STANCE_ADJECTIVES[t.lower] || !/^(?:ADJ|VERB|NOUN)$/.test(t.pos)) continue;
    const found = stanceAt(ctx, a);
    if (!found) continue;
    const unit = ctx.units[t.unit];
    const source = found.be > unit.first ? subjectBefore(ctx, found.be - 1, unit.first) : null;
    if (!source || (source.first === source.last && EMPTY_SUBJECTS.test(toks[source.first].lower))) continue;
    out.push(makeFound(ctx, { source, cue: { first: found.be, last: found.cueLast }, content: found.content, unit: t.unit, rank: 11 }));
    for (let x = found.be; x <= found.cueLast; x++) used.add(x);
  }
  return out;
}
