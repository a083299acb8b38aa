import type { Ctx, Tok } from './context.js';
import { isParticiple, isTimeWord, verbCue } from './cues.js';

/** An inclusive token range. */
export interface Range {
  first: number;
  last: number;
  /** For a relative pronoun ("who said"), the phrase it stands for. */
  antecedent?: Range;
}

const WH = new Set(['how', 'why', 'what', 'when', 'where', 'whether', 'if', 'who', 'which', 'whom', 'whose']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
const NP_PUNCT = new Set(['.', '-', '–', '&', "'s", '’s', "'", '’', '/']);
const NP_LINKS = new Set(['of', 'for', 'at', 'and', '&', 'de', 'von', 'van', 'del', 'la', 'on']);
/** A subject before its verb may also place or affiliate its head: "Six in 10 say", "officials in Ohio said", "a spokesman with the group said". */
const SUBJECT_LINKS = new Set([...NP_LINKS, 'in', 'from', 'with']);
const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they', 'it', 'you', 'this', 'that', 'these', 'those', 'who', 'which', 'one', 'some', 'many', 'others', 'both', 'all', 'someone', 'somebody', 'nobody', 'none', 'each', 'few', 'most', 'several']);
const POSSESSIVE = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const PERSONAL_SUBJECT = new Set(['i', 'he', 'she', 'we', 'they', 'you']);
/** Adverbs that open what was said rather than place the saying: "said none of them ...", "says so". */
const NP_ADVERBS = new Set(['none', 'nearly', 'almost', 'about', 'roughly', 'approximately', 'no', 'so']);
const ADJUNCT_PREPS = new Set(['in', 'at', 'on', 'during', 'to', 'before', 'after', 'from', 'via', 'over', 'with', 'through', 'since', 'of', 'about', 'by', 'outside', 'inside', 'near', 'while', 'amid', 'following', 'throughout', 'under', 'within', 'into', 'across', 'for']);

/** A closing or opening quotation-mark token. */
export function isMarkTok(ctx: Ctx, t: Tok | undefined): boolean {
  if (!t || t.quote < 0) return false;
  const q = ctx.quotes[t.quote];
  return t.end <= q.innerStart || t.start >= q.innerEnd;
}

export function isOpeningMark(ctx: Ctx, t: Tok | undefined): boolean {
  return !!t && isMarkTok(ctx, t) && t.end <= ctx.quotes[t.quote].innerStart;
}

export function isClosingMark(ctx: Ctx, t: Tok | undefined): boolean {
  return !!t && isMarkTok(ctx, t) && t.start >= ctx.quotes[t.quote].innerEnd;
}

export function isWh(t: Tok | undefined): boolean {
  return !!t && WH.has(t.lower);
}

export function isRelative(t: Tok | undefined): boolean {
  return !!t && RELATIVE.has(t.lower);
}

/** A token that can sit inside a noun phrase naming someone. */
function nominal(t: Tok): boolean {
  if (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM') return true;
  if (misreadName(t)) return true;
  if (t.pos === 'DET' || t.pos === 'ADJ') return true;
  if (t.pos === 'PRON') return !WH.has(t.lower) || t.lower === 'who' || t.lower === 'which';
  if (t.pos === 'PART' && (t.lower === "'s" || t.lower === '’s')) return true;
  if (t.pos === 'PUNCT' && NP_PUNCT.has(t.text)) return true;
  // "42% say", "those surveyed say"
  if (t.text === '%') return true;
  if (/^(?:surveyed|polled|questioned|interviewed|asked)$/.test(t.lower) && t.pos === 'VERB') return true;
  if (/^(?:mr|mrs|ms|dr|gov|sen|rep|gen|lt|col|sgt|capt|prof|st|jr|sr)\.?$/i.test(t.text)) return true;
  return false;
}

function isNominalCore(t: Tok | undefined): boolean {
  if (!t) return false;
  if (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'PRON' || t.pos === 'NUM' || t.pos === 'ADJ' || t.pos === 'DET') return true;
  return misreadName(t);
}

/** The tagger reads some capitalised names as verbs or adjectives ("Ward said", "the Associated Press"). */
function misreadName(t: Tok): boolean {
  return (t.pos === 'VERB' || t.pos === 'ADJ') && /^\p{Lu}\p{Ll}/u.test(t.text) && !/ing$/.test(t.lower) && !t.opensUnit;
}

/**
 * A capitalised word the tagger read as a verb, adjective or adverb at the start of a sentence, inside the subject of a
 * saying: "Cook said ...", "Jolly said ...". (Elsewhere a sentence-initial verb is an imperative.)
 */
function openingName(t: Tok, alone = true): boolean {
  if (!t.opensUnit || !/^\p{Lu}\p{Ll}/u.test(t.text) || /(?:ing|ed)$/.test(t.lower) || WH.has(t.lower) || /^wh/.test(t.lower)) return false;
  // "Even Lindsey Graham said": a focusing adverb may open a longer subject; no sentence adverb is a name ("So says ...", "Later Smith told")
  if (t.pos === 'VERB' || t.pos === 'ADJ') return true;
  return t.pos === 'ADV' && ((!alone && /^(?:even|only|just)$/.test(t.lower)) || (!/ly$/.test(t.lower) && !SENTENCE_ADVERBS.has(t.lower)));
}

/** Adverbs that open a sentence on their own ("So says ...", "Perhaps telling ..."), never a name. */
const SENTENCE_ADVERBS = new Set(['so', 'now', 'then', 'thus', 'also', 'still', 'just', 'even', 'only', 'meanwhile', 'instead', 'indeed', 'here', 'there', 'yet', 'again', 'later', 'earlier', 'first', 'never', 'always', 'often', 'perhaps', 'maybe', 'soon', 'once', 'together', 'hence', 'otherwise', 'however', 'therefore', 'rather', 'else', 'too', 'almost', 'nearly', 'not', 'anyway', 'besides', 'today', 'tomorrow', 'yesterday']);

/** A word inside a hyphenated compound ("Editor-in-Chief", "then-rival"): glued to a hyphen on either side. */
function hyphenated(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j];
  const a = ctx.toks[j - 1];
  const b = ctx.toks[j + 1];
  if (t.text === '-') return !!a && !!b && a.end === t.start && t.end === b.start && a.unit === t.unit && b.unit === t.unit;
  return (!!a && a.text === '-' && a.end === t.start && a.unit === t.unit) || (!!b && b.text === '-' && t.end === b.start && b.unit === t.unit);
}

const SKIP_LEFT = (t: Tok): boolean =>
  t.pos === 'AUX' || (t.pos === 'ADV' && !WH.has(t.lower)) || (t.pos === 'PART' && t.lower !== "'s" && t.lower !== '’s') || t.lower === 'not' || t.lower === "n't" || t.lower === 'n’t';

const OBJECT_PRONOUN = /^(?:him|them|me|us)$/;

/**
 * The subject noun phrase ending just before token `k` (auxiliaries and adverbs in between are
 * skipped), not reaching before token `lo`.
 */
export function subjectBefore(ctx: Ctx, k: number, lo: number): Range | null {
  const toks = ctx.toks;
  let j = k;
  while (j >= lo && SKIP_LEFT(toks[j]) && !(j === lo && toks[j].pos === 'ADV' && openingName(toks[j]))) j--;
  // "X on Monday said"
  if (j - 1 >= lo && isTimeWord(toks[j]) && toks[j - 1].pos === 'ADP') j -= 2;
  if (j < lo) return null;
  const end = j;
  let steps = 0;
  while (j >= lo && steps < 24) {
    const t = toks[j];
    if (isMarkTok(ctx, t)) break;
    if (t.text === ')') {
      let m = j - 1;
      while (m >= lo && m > j - 10 && toks[m].text !== '(') m--;
      if (m >= lo && toks[m].text === '(' && m > lo) {
        j = m - 1;
        steps++;
        continue;
      }
      break;
    }
    if (j < end && RELATIVE.has(t.lower) && steps > 0) break;
    // "handed him a note demanding ...": an object pronoun ends the subject before it
    if (j < end && OBJECT_PRONOUN.test(t.text)) break;
    // "Exit polling showed", "Recent polling shows": a gerund heading the subject
    const gerundHead = j === end && t.pos === 'VERB' && /ing$/.test(t.lower) && j - 1 >= lo && /^(?:ADJ|PROPN|NOUN|DET)$/.test(toks[j - 1].pos);
    if (nominal(t) || hyphenated(ctx, j) || gerundHead || openingName(t, j === end)) {
      j--;
      steps++;
      continue;
    }
    if (SUBJECT_LINKS.has(t.lower) && j - 1 >= lo && isNominalCore(toks[j - 1]) && isNominalCore(toks[j + 1]) && (t.lower !== 'and' || toks[j + 1].pos === 'PROPN' || (toks[j - 1].pos === 'NOUN' && (toks[j + 1].pos === 'NOUN' || toks[j + 1].pos === 'ADJ')))) {
      j--;
      steps++;
      continue;
    }
    break;
  }
  let first = j + 1;
  while (first <= end && !isNominalCore(toks[first]) && !openingName(toks[first], first === end) && !/^(?:mr|mrs|ms|dr|gov|sen|rep|gen)\.?$/i.test(toks[first].text)) first++;
  if (first > end) return null;
  // a relative pronoun names the speaker here; its antecedent says who that is ("Smith, who said ...")
  if (isRelative(toks[end]) && (toks[end].lower !== 'that' || first < end)) {
    let a = end - 1;
    if (a >= lo && toks[a].text === ',') a--;
    const ante = a >= lo ? subjectBefore(ctx, a, lo) : null;
    return { first: end, last: end, antecedent: ante ?? undefined };
  }
  if (first === end && toks[first].lower === 'that' && toks[first].pos !== 'PRON') return null;
  // "Rubio's proposed credit", "his proposed ban": a possessive is not a subject
  const e = toks[end];
  if (e.lower === "'s" || e.lower === '’s' || POSSESSIVE.has(e.lower) && e.lower !== 'her') return null;
  // "told host Chris Cuomo she believed": a subject pronoun is the whole subject
  if (PERSONAL_SUBJECT.has(e.lower)) return { first: end, last: end };
  return { first, last: end };
}

/** A noun phrase starting at token `k`, not beyond token `hi`. */
export function npAfter(ctx: Ctx, k: number, hi: number, links: ReadonlySet<string> = NP_LINKS): Range | null {
  const toks = ctx.toks;
  let j = k;
  let steps = 0;
  while (j <= hi && steps < 24) {
    const t = toks[j];
    if (isMarkTok(ctx, t)) break;
    if (t.text === '(') {
      let m = j + 1;
      while (m <= hi && m < j + 10 && toks[m].text !== ')') m++;
      if (m <= hi && toks[m].text === ')' && j > k) {
        j = m + 1;
        steps++;
        continue;
      }
      break;
    }
    // after a preposition the first word is a noun whatever the tagger says ("according to people")
    const misread = j === k && t.pos === 'VERB' && /^\p{Ll}+$/u.test(t.text) && !/ing$/.test(t.lower) && k > 0 && /^(?:to|by|from|of)$/.test(toks[k - 1].lower);
    const modifier = misread || t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower) && j > k && (toks[j - 1].pos === 'DET' || toks[j - 1].pos === 'ADJ' || toks[j - 1].pos === 'ADV' || toks[j - 1].pos === 'NUM') && j + 1 <= hi && (toks[j + 1].pos === 'NOUN' || toks[j + 1].pos === 'ADJ' || toks[j + 1].pos === 'PROPN');
    // "asked Rubio which states ...": a question word after the head opens a clause of its own
    if (j > k && WH.has(t.lower)) break;
    if (modifier || (j > k && hyphenated(ctx, j)) || (nominal(t) && !(t.pos === 'PRON' && (t.lower === 'who' || t.lower === 'which')) && !(t.lower === 'that' && j > k))) {
      j++;
      steps++;
      continue;
    }
    if (links.has(t.lower) && j > k && j + 1 <= hi && isNominalCore(toks[j + 1]) && !(t.lower === 'that')) {
      j++;
      steps++;
      continue;
    }
    break;
  }
  let last = j - 1;
  while (last >= k && (toks[last].pos === 'PUNCT' || toks[last].pos === 'ADP' || toks[last].pos === 'CCONJ') && toks[last].text !== ')') last--;
  if (last < k) return null;
  return { first: k, last };
}

/** Whether a short quoted title ("“Meet the Press”") opens at token `k`. */
function isTitle(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!isOpeningMark(ctx, t)) return false;
  const q = ctx.quotes[t.quote];
  const words = ctx.text.slice(q.innerStart, q.innerEnd).trim().replace(/[.,]$/, '').split(/\s+/);
  return words.length <= 6 && words.every((w) => /^[\p{Lu}\d&]|^(?:and|of|the|a|an|in|on|for|to|with)$/u.test(w));
}

/** The first token after the quotation that opens at token `k`. */
function pastQuote(ctx: Ctx, k: number, hi: number): number {
  let x = k;
  while (x <= hi && ctx.toks[x].quote === ctx.toks[k].quote) x++;
  return x;
}

/** Participles naming whom a report relies on: "citing sources", "quoting officials". */
export const SOURCING = new Set(['citing', 'quoting']);
/** Words inside the name of a source: "sources in the government", "people familiar with", "a spokesman for". */
export const SOURCE_NP_LINKS = new Set(['of', 'in', 'at', 'for', 'from', 'with', 'close', 'to', 'familiar', 'and']);

/** Skips what may sit between a reporting verb and what was said: time words, adverbs, prepositional phrases. */
export function skipAdjuncts(ctx: Ctx, k: number, hi: number): number {
  const toks = ctx.toks;
  let j = k;
  for (let guard = 0; guard < 8 && j <= hi; guard++) {
    const t = toks[j];
    // "said Thursday's speeches ...": a possessive time word opens the clause
    if (/^['’]s$/.test(toks[j + 1]?.text ?? '')) break;
    // "this", "last", "late", "early" only place the saying with a time noun after them ("said last week");
    // "said this is ..." opens the content
    const needsNoun = /^(?:this|last|late|early)$/.test(t.lower) && !(j + 1 <= hi && (isTimeWord(toks[j + 1]) || /^(?:spring|summer|fall|autumn|winter)$/.test(toks[j + 1].lower)));
    if (needsNoun) break;
    if (isTimeWord(t) || /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/.test(t.lower)) {
      j++;
      while (j <= hi && (toks[j].pos === 'NUM' || isTimeWord(toks[j]))) j++;
      continue;
    }
    // "two days after the attack", "a week ago"
    // (only when it places the saying: "said each year of education yields ..." is content)
    const placed = (x: Tok | undefined): boolean => !x || j + 2 > hi || /^(?:ago|later|earlier|before|after|that|,|\.|—|–)$/.test(x.lower) || isOpeningMark(ctx, x) || x.pos === 'ADP';
    if ((t.pos === 'NUM' || t.pos === 'DET' || /^(?:several|few|many|some)$/.test(t.lower)) && j + 1 <= hi && /^(?:days?|weeks?|months?|years?|hours?|minutes?)$/.test(toks[j + 1].lower) && placed(toks[j + 2]) && toks[j + 2]?.lower !== 'of') {
      j += 2;
      if (j <= hi && /^(?:ago|later|earlier|before|after)$/.test(toks[j].lower)) {
        j++;
        if (j <= hi && /^(?:the|a|an|his|her|their)$/.test(toks[j].lower) && toks[j - 1].lower !== 'ago') {
          const np = npAfter(ctx, j, hi);
          if (np) j = np.last + 1;
        }
      }
      continue;
    }
    // "said none of them ...", "said nearly half ...": an adverb that opens a noun phrase opens the content
    const proForm = t.lower === 'so' && (j + 1 > hi || toks[j + 1].pos === 'PUNCT');
    if (t.pos === 'ADV' && !WH.has(t.lower) && t.lower !== 'not' && !(NP_ADVERBS.has(t.lower) && (t.lower !== 'so' || proForm))) {
      j++;
      continue;
    }
    // "said on “Fox and Friends”": a preposition and a short quoted title
    if ((t.pos === 'ADP' || t.lower === 'to') && ADJUNCT_PREPS.has(t.lower) && isTitle(ctx, j + 1)) {
      j = pastQuote(ctx, j + 1, hi);
      continue;
    }
    if ((t.pos === 'ADP' || t.lower === 'to') && ADJUNCT_PREPS.has(t.lower) && j + 1 <= hi && !isMarkTok(ctx, toks[j + 1]) && !(t.lower === 'to' && toks[j + 1].pos === 'VERB' && /^\p{Ll}/u.test(toks[j + 1].text))) {
      const np = npAfter(ctx, j + 1, hi);
      if (np) {
        // "said in politics it takes time": the phrase ends where the clause's subject begins
        let last = np.last;
        for (let x = np.first + 1; x <= np.last; x++) {
          if (toks[x].pos === 'PRON' && SUBJECT_PRONOUNS.has(toks[x].lower)) {
            last = x - 1;
            break;
          }
        }
        if (!(toks[np.first].pos === 'PRON' && PERSONAL_SUBJECT.has(toks[np.first].lower))) {
          j = last + 1;
          // "said on MSNBC’s “Morning Joe”": the title after a possessive belongs to the phrase
          if (/^['’]s$/.test(toks[last].text) && isTitle(ctx, j)) j = pastQuote(ctx, j, hi);
          continue;
        }
      }
    }
    // "writes, citing sources in the government, that ...": whom the report relies on, between commas,
    // before the that-clause
    if (t.text === ',' && j + 2 <= hi && SOURCING.has(toks[j + 1].lower)) {
      const np = npAfter(ctx, j + 2, hi, SOURCE_NP_LINKS);
      if (np && toks[np.last + 1]?.text === ',' && toks[np.last + 2]?.lower === 'that') {
        j = np.last + 2;
        continue;
      }
    }
    // ", however," / ", though,"
    if (t.text === ',' && j + 2 <= hi && toks[j + 1].pos === 'ADV' && toks[j + 2].text === ',') {
      j += 3;
      continue;
    }
    break;
  }
  return j;
}

/** Whether tokens `a..b` contain a finite-looking verb (a clause rather than a bare phrase). */
export function hasVerb(ctx: Ctx, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) {
    const t = ctx.toks[i];
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/** A token that can open a clause after "said" without "that". */
export function opensClause(t: Tok | undefined): boolean {
  if (!t) return false;
  if (t.pos === 'PRON') return SUBJECT_PRONOUNS.has(t.lower) || POSSESSIVE.has(t.lower) || t.lower === 'there';
  // a capitalised word the tagger read as a verb inside a sentence is a name ("said Cook provided ...")
  if ((t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Lu}\p{Ll}/u.test(t.text) && !t.opensUnit) return true;
  return t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || t.pos === 'ADJ' || (t.pos === 'ADV' && /^(?:there|only|even|no|not|nearly|almost|about|none)$/.test(t.lower));
}

const TRIM = new Set(['.', ',', ';', ':', '—', '–', '-', '(', '...', '…']);

/** Last token of content running to `hi`, without trailing punctuation (a closing quotation mark stays). */
export function trimEnd(ctx: Ctx, a: number, hi: number): number {
  let b = hi;
  while (b >= a && !isClosingMark(ctx, ctx.toks[b]) && (TRIM.has(ctx.toks[b].text) || (ctx.toks[b].pos === 'PUNCT' && !/^[)\]?!]$/.test(ctx.toks[b].text) && !isMarkTok(ctx, ctx.toks[b])))) b--;
  return b;
}

/** First token of content starting at `a`, without leading commas and colons. */
export function trimStart(ctx: Ctx, a: number, hi: number): number {
  let s = a;
  while (s <= hi && (ctx.toks[s].text === ',' || ctx.toks[s].text === ':' || ctx.toks[s].text === '—' || ctx.toks[s].text === '–')) s++;
  return s;
}

/**
 * Last token of content that starts at `a` and may run to `hi`: it stops before a trailing
 * attribution (", according to ...", ", adding that ...") or a new clause (", and he ..."), and
 * leaves out trailing punctuation.
 */
export function contentEnd(ctx: Ctx, a: number, hi: number): number {
  const toks = ctx.toks;
  // "said that she ... and predicted that ...": a second saying verb coordinated with the first
  for (let i = a + 1; i < hi; i++) {
    const t = toks[i];
    if (t.quote >= 0 || !(t.lower === 'and' || t.lower === 'but')) continue;
    let v = i + 1;
    while (v < hi && toks[v].pos === 'ADV') v++;
    const cue = verbCue(toks[v], toks[v + 1]);
    if (cue && toks[v].pos === 'VERB' && !isParticiple(toks[v]) && /(?:ed|s)$/.test(toks[v].lower) && !cue.cognitive) {
      hi = toks[i - 1].text === ',' ? i - 2 : i - 1;
      break;
    }
  }
  for (let i = a + 1; i < hi; i++) {
    const t = toks[i];
    const n = toks[i + 1];
    const comma = t.text === ',' || t.text === '—' || t.text === ';';
    const closingAfterComma = isClosingMark(ctx, t) && toks[i - 1].text === ',';
    if (!comma && !closingAfterComma) continue;
    if (n.lower === 'according' || (isParticiple(n) && verbCue(n, toks[i + 2]))) return trimEnd(ctx, a, closingAfterComma ? i : i - 1);
    if (t.text === ',' && t.quote < 0 && (n.lower === 'and' || n.lower === 'but') && /^(?:he|she|they|i|we)$/.test(toks[i + 2]?.lower ?? '')) return trimEnd(ctx, a, i - 1);
    // "..., Clinton said, ...": another attribution takes over
    if (t.text === ',' && t.quote < 0 && attributionAt(ctx, i + 1, hi)) return trimEnd(ctx, a, i - 1);
  }
  return trimEnd(ctx, a, hi);
}

/** Whether "NAME said" (a short subject, then a saying verb, then a pause) starts at `k`. */
export function attributionAt(ctx: Ctx, k: number, hi: number): boolean {
  const toks = ctx.toks;
  let j = k;
  while (j <= hi && j - k < 6 && (toks[j].pos === 'PROPN' || toks[j].pos === 'PRON' || toks[j].pos === 'DET' || toks[j].pos === 'NOUN' || toks[j].pos === 'ADJ' || toks[j].text === '.')) j++;
  if (j === k || j > hi) return false;
  const v = toks[j];
  const cue = verbCue(v, toks[j + 1]);
  if (!cue || (cue.frame !== 'say' && cue.frame !== 'tell') || cue.cognitive) return false;
  const n = toks[j + 1];
  return !n || j + 1 > hi || /^[,.:;]$/.test(n.text) || isMarkTok(ctx, n);
}
