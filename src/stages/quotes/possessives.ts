import type { Ctx } from './context.js';
import { makeFound, type Found } from './found.js';
import { contentEnd, npAfter, type Range } from './phrases.js';

/**
 * Nouns that name a stance, a saying or an intention, with what each takes after it: a clause
 * ("Trump's assertion that ..."), an infinitive ("her promise to ..."), or a phrase opened by one
 * of the prepositions listed ("his attacks on Mr. Clinton", "their support for the bill").
 */
const NOUNS: Record<string, { that?: boolean; to?: boolean; preps?: readonly string[] }> = {
  claim: { that: true, to: true },
  assertion: { that: true },
  statement: { that: true },
  remark: { that: true },
  remarks: { that: true, preps: ['about', 'on'] },
  comment: { that: true },
  comments: { that: true, preps: ['about', 'on'] },
  argument: { that: true, preps: ['for', 'against'] },
  contention: { that: true },
  insistence: { that: true, preps: ['on'] },
  suggestion: { that: true },
  warning: { that: true, preps: ['about', 'against'] },
  warnings: { that: true, preps: ['about', 'against'] },
  prediction: { that: true },
  admission: { that: true },
  denial: { that: true, preps: ['of'] },
  accusation: { that: true },
  allegation: { that: true },
  belief: { that: true, preps: ['in'] },
  fear: { that: true },
  fears: { that: true, preps: ['about', 'of'] },
  hope: { that: true },
  hopes: { that: true, preps: ['for'] },
  view: { that: true, preps: ['of', 'on'] },
  views: { preps: ['on'] },
  position: { that: true, preps: ['on'] },
  stance: { preps: ['on'] },
  promise: { that: true, to: true },
  promises: { to: true },
  pledge: { that: true, to: true },
  vow: { that: true, to: true },
  threat: { to: true },
  decision: { to: true },
  refusal: { to: true },
  plan: { to: true, preps: ['for'] },
  plans: { to: true, preps: ['for'] },
  proposal: { that: true, to: true, preps: ['for'] },
  call: { preps: ['for'] },
  calls: { preps: ['for'] },
  demand: { that: true, preps: ['for'] },
  demands: { preps: ['for'] },
  push: { to: true, preps: ['for'] },
  request: { preps: ['for'] },
  criticism: { preps: ['of'] },
  critique: { preps: ['of'] },
  attack: { preps: ['on'] },
  attacks: { preps: ['on'] },
  support: { preps: ['for'] },
  opposition: { preps: ['to'] },
  endorsement: { preps: ['of'] },
  embrace: { preps: ['of'] },
  rejection: { preps: ['of'] },
  defense: { preps: ['of'] },
  praise: { preps: ['for', 'of'] },
  condemnation: { preps: ['of'] },
  characterization: { preps: ['of'] },
  description: { preps: ['of'] },
  assessment: { preps: ['of'] },
  announcement: { that: true, preps: ['of'] },
  message: { that: true, preps: ['of'] },
  concerns: { that: true, preps: ['about', 'over'] },
  complaint: { that: true, preps: ['about'] },
  complaints: { that: true, preps: ['about'] },
  objection: { preps: ['to'] },
  apology: { preps: ['for'] },
};

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/** Stance nouns that attribute what they concern even when no holder is named ("opposition to the deal"). */
const UNOWNED = new Set(['support', 'endorsement', 'rejection', 'praise']);

/**
 * Nouns whose content may follow a copula: "Rubio's response was that ...", "her message was simple:
 * ...". Those taking "that" above, and answers and reasons that take no "that" of their own.
 */
const COPULA_NOUNS = new Set([
  ...Object.keys(NOUNS).filter((n) => NOUNS[n].that),
  'response', 'answer', 'reply', 'retort', 'explanation', 'conclusion', 'reasoning', 'theory', 'thinking', 'excuse', 'point',
  'case', 'pitch', 'advice', 'argument', 'position', 'line', 'verdict', 'assessment', 'diagnosis', 'prescription',
]);
const COPULA = /^(?:is|was|are|were|has|had|been|remains|remained)$/;

/** "... response was that ...", "... message was simple: ...": the copula after the noun at `i` and where the content starts, or null. */
function copulaContent(ctx: Ctx, i: number, hi: number): { cueLast: number; first: number } | null {
  const toks = ctx.toks;
  let k = i + 1;
  if (k > hi || toks[k].lemma !== 'be' || !COPULA.test(toks[k].lower)) return null;
  while (k + 1 <= hi && (toks[k + 1].lemma === 'be' || toks[k + 1].pos === 'ADV')) k++;
  const cueLast = k;
  k++;
  // "was simple:", "was clear:"
  if (k + 1 <= hi && toks[k].pos === 'ADJ' && toks[k + 1].text === ':') return k + 2 <= hi ? { cueLast: k + 1, first: k + 2 } : null;
  if (k <= hi && toks[k].text === ':') return k + 1 <= hi ? { cueLast: k, first: k + 1 } : null;
  if (k + 1 <= hi && toks[k].lower === 'that' && !/^(?:VERB|AUX|PUNCT|ADP)$/.test(toks[k + 1].pos)) return { cueLast, first: k };
  return null;
}

/** The noun phrase that owns with "'s", ending at token `k`: "the DNC", "Sen. Graham", "Donald Trump" (no linked phrases). */
function ownerBefore(ctx: Ctx, k: number, lo: number): Range | null {
  const toks = ctx.toks;
  let j = k;
  while (j >= lo && k - j < 6 && (toks[j].pos === 'PROPN' || toks[j].pos === 'NOUN' || toks[j].pos === 'ADJ' || toks[j].pos === 'NUM' || /^(?:mr|mrs|ms|dr|gov|sen|rep|gen)\.?$/i.test(toks[j].text))) j--;
  if (j >= lo && toks[j].pos === 'DET') j--;
  return j < k ? { first: j + 1, last: k } : null;
}

/** The possessor before the noun at `i`, skipping up to two modifiers: "Trump's controversial proposal", "his own admission". */
function possessor(ctx: Ctx, i: number, lo: number): Range | null {
  const toks = ctx.toks;
  let k = i - 1;
  while (k >= lo && i - k <= 2 && (toks[k].pos === 'ADJ' || toks[k].lower === 'own' || toks[k].lower === 'repeated' || toks[k].lower === 'latest')) k--;
  if (k < lo) return null;
  const t = toks[k];
  if (POSSESSIVE_PRONOUNS.has(t.lower) && t.pos === 'PRON') return { first: k, last: k };
  if (/^['’]s?$/.test(t.text) && k - 1 >= lo) return ownerBefore(ctx, k - 1, lo);
  // the tokenizer sometimes keeps the possessive on the name ("Trump’s")
  if (/^\p{Lu}.*['’]s$/u.test(t.text)) return { first: k, last: k };
  return null;
}

/**
 * "Trump's assertion that ...", "her promise to ...", "his attacks on Mr. Clinton": a possessor,
 * a noun of saying, stance or intention, and what it is about.
 */
export function findPossessiveNouns(ctx: Ctx, used: Set<number>): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    const frame = NOUNS[t.lower] ?? (COPULA_NOUNS.has(t.lower) ? {} : undefined);
    if (!frame || t.pos !== 'NOUN' || t.quote >= 0 || used.has(i)) continue;
    const unit = ctx.units[t.unit];
    if (i + 1 > unit.last) continue;
    const owner = possessor(ctx, i, unit.first);
    // "Support for Mr. Trump here is minimal", "criticism of the plan grew": a stance nobody is named for
    const unowned = !owner && UNOWNED.has(t.lower) && (i === unit.first || !/^(?:VERB|ADP)$/.test(toks[i - 1].pos));
    if (!owner && !unowned) continue;
    const source = owner;
    const n = toks[i + 1];
    let content: Range | null = null;
    let cueLast = i;
    const copula = COPULA_NOUNS.has(t.lower) ? copulaContent(ctx, i, unit.last) : null;
    if (copula) {
      const b = contentEnd(ctx, copula.first, unit.last);
      if (b >= copula.first) {
        content = { first: copula.first, last: b };
        cueLast = copula.cueLast;
      }
    } else if (frame.that && n.lower === 'that' && i + 2 <= unit.last && !/^(?:VERB|AUX|PUNCT|ADP)$/.test(toks[i + 2].pos)) {
      const b = contentEnd(ctx, i + 1, unit.last);
      if (b > i + 1) content = { first: i + 1, last: b };
    } else if (frame.to && n.lower === 'to' && i + 2 <= unit.last && toks[i + 2].pos === 'VERB') {
      const b = contentEnd(ctx, i + 1, unit.last);
      if (b > i + 1) content = { first: i + 1, last: b };
    } else if (frame.preps?.includes(n.lower) && i + 2 <= unit.last) {
      const np = npAfter(ctx, i + 2, unit.last);
      if (np) {
        content = np;
        cueLast = i + 1;
      }
    }
    if (!content || (unowned && cueLast === i)) continue;
    out.push(makeFound(ctx, { source, cue: { first: i, last: cueLast }, content, unit: t.unit, rank: 7 }));
    for (let x = i; x <= cueLast; x++) used.add(x);
  }
  return out;
}
