import type { Ctx } from './context.js';
import { EXISTENTIAL_CUES, lexiconNoun, NOUN_CUES } from './cues.js';
import { makeFound, type Found } from './found.js';
import { contentEnd, hasVerb, npAfter, subjectBefore, trimEnd, type Range } from './phrases.js';

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
const AGENT_LINKS = new Set(['by', 'from']);
const SOURCE_LINKS = new Set(['of', 'for', 'and', '&']);
const SETTING_LINKS = new Set(['in', 'among', 'within', 'across', 'around']);

/** Whether "that" at `k` opens a complement clause rather than a relative clause. */
function complementThat(ctx: Ctx, k: number, hi: number): boolean {
  const t = ctx.toks[k];
  if (!t || t.lower !== 'that' || k + 1 > hi) return false;
  const n = ctx.toks[k + 1];
  return n.pos !== 'VERB' && n.pos !== 'AUX' && n.pos !== 'PUNCT' && n.pos !== 'ADP';
}

/**
 * "X's warning that the window was closing was echoed by Y": a noun cue heading the subject of its
 * sentence is followed by the sentence's own verb. The clause ends at the first verb that comes
 * straight after its predicate's words (a verb after a noun or verb that already had one).
 */
function subjectClauseEnd(ctx: Ctx, k: number, b: number): number {
  const toks = ctx.toks;
  let predicate = false;
  for (let x = k + 1; x <= b; x++) {
    const t = toks[x];
    if (t.quote >= 0) return b;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || /^(?:that|which|who|whom|whose)$/.test(t.lower)) return b;
    const verbal = t.pos === 'VERB' || t.pos === 'AUX';
    if (!verbal) continue;
    const p = toks[x - 1];
    if (predicate && t.pos === 'AUX' && (p.pos === 'VERB' || p.pos === 'NOUN' || p.pos === 'PROPN' || p.pos === 'ADJ')) return trimEnd(ctx, k, x - 1);
    predicate = true;
  }
  return b;
}

/**
 * Noun cues: "statements by X that ...", "X's claim that ...", "statements have been heard from X
 * about ...", and anonymous "There are rumors that ...".
 */
export function findNounQuotes(ctx: Ctx, used: Set<number>): Found[] {
  const toks = ctx.toks;
  const out: Found[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.quote >= 0 || used.has(i)) continue;
    const existential = EXISTENTIAL_CUES.has(t.lower);
    if (!NOUN_CUES.has(t.lower) && !existential && !lexiconNoun(t)) continue;
    if (t.pos === 'VERB' && !(i > 0 && (toks[i - 1].pos === 'DET' || toks[i - 1].pos === 'ADJ' || toks[i - 1].lemma === 'be'))) continue;
    const u = t.unit;
    const unit = ctx.units[u];
    const hi = unit.last;

    // "There are (growing) rumors that"
    let cueFirst = i;
    let anonymous = false;
    {
      let k = i - 1;
      while (k >= unit.first && (toks[k].pos === 'ADJ' || toks[k].pos === 'ADV' || toks[k].pos === 'DET' && toks[k].lower !== 'the')) k--;
      if (k - 1 >= unit.first && toks[k].lemma === 'be' && toks[k - 1].lower === 'there') {
        cueFirst = k - 1;
        anonymous = existential;
      }
    }

    let source: Range | null = null;
    if (i > unit.first && (toks[i - 1].lower === "'s" || toks[i - 1].lower === '’s') && i - 2 >= unit.first) {
      source = subjectBefore(ctx, i - 2, unit.first);
    } else if (i > unit.first && /\p{Lu}.*['’]s$/u.test(toks[i - 1].text)) {
      // the tokenizer sometimes keeps the possessive on the name ("Trump’s claim")
      source = subjectBefore(ctx, i - 1, unit.first);
    } else if (i > unit.first && POSSESSIVE_PRONOUNS.has(toks[i - 1].lower)) {
      source = { first: i - 1, last: i - 1 };
    }
    // to the right: optional agent, optional verb phrase, then "that" or (with an agent) "about"
    let k = i + 1;
    let cueLast = i;
    let agentSeen = false;
    for (let guard = 0; guard < 4 && k <= hi; guard++) {
      const n = toks[k];
      // "There are rumors in Tbilisi that ...", "reports among diplomats that ...": where the talk goes
      // round is not who talks
      if (anonymous && SETTING_LINKS.has(n.lower)) {
        const np = npAfter(ctx, k + 1, hi);
        if (!np) break;
        k = np.last + 1;
        continue;
      }
      if (AGENT_LINKS.has(n.lower) || (n.lower === 'of' && !source)) {
        const np = npAfter(ctx, k + 1, hi, SOURCE_LINKS);
        if (!np) break;
        if (n.lower !== 'of' || toks.slice(np.first, np.last + 1).some((x) => x.pos === 'PROPN' || x.pos === 'PRON')) {
          source = np;
          agentSeen = true;
        }
        k = np.last + 1;
        continue;
      }
      if (n.pos === 'AUX' || n.pos === 'ADV' || (n.pos === 'VERB' && /(?:ed|en|ard|ade|de)$/.test(n.lower))) {
        let m = k;
        while (m <= hi && (toks[m].pos === 'AUX' || toks[m].pos === 'ADV' || toks[m].pos === 'VERB') && m - k < 5) m++;
        if (toks[m - 1].pos !== 'VERB') break;
        cueLast = m - 1;
        k = m;
        continue;
      }
      break;
    }
    if (k > hi) continue;
    const opener = toks[k];
    let ok = false;
    if (complementThat(ctx, k, hi)) ok = true;
    else if (opener.lower === 'about' && agentSeen && cueLast > i) ok = true;
    if (!ok) continue;
    if (!source && !anonymous) continue;
    let b = contentEnd(ctx, k, hi);
    if (b < k) continue;
    if (!anonymous && cueLast === i && !hasVerb(ctx, unit.first, cueFirst - 1)) b = subjectClauseEnd(ctx, k, b);
    const cue = { first: cueFirst, last: anonymous ? i : cueLast };
    out.push(makeFound(ctx, { source: anonymous ? null : source, cue, content: { first: k, last: b }, unit: u, rank: 6 }));
    for (let x = cue.first; x <= cue.last; x++) used.add(x);
  }
  return out;
}
