import type { WinkToken } from './wink.js';

/** Sentences as inclusive token ranges, as wink gives them. */
export type Ranges = Array<[number, number]>;

/**
 * Titles before a name: a period after one never ends a sentence ("Sens. Ted Cruz and Marco Rubio",
 * "Pres. Obama"). Words that also close a sentence as a place or suffix ("St.", "Jr.") are left out.
 */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'pres', 'gen', 'lt', 'col', 'sgt', 'capt',
  'cmdr', 'adm', 'maj', 'prof', 'rev', 'hon', 'amb', 'atty', 'supt', 'gens', 'cpl', 'pvt', 'msgr', 'fr',
]);

/** Closing quotation marks and brackets that belong with the sentence they close. */
const CLOSERS = /^['’”")\]»]+[.,;:!?]*$/;
/** Punctuation glued after a moved closing mark ("(D-Mo.):"). */
const TRAILING = /^[.,;:!?]$/;

/** How many tokens into the next sentence an unclosed bracket may close ("(R-N." + "Y.)"). */
const BRACKET_REACH = 8;

const glued = (a: WinkToken, b: WinkToken): boolean => a.end === b.start;

function endsWithTitle(tokens: readonly WinkToken[], a: number, b: number): boolean {
  const last = tokens[b];
  // "Rep." as one token, or "Sens" + "."
  const word = last.text === '.' && b > a ? tokens[b - 1] : last;
  const bare = word.text.replace(/\.$/, '').toLowerCase();
  if (!TITLES.has(bare)) return false;
  // a sentence that is only the title, or one whose title follows a space or a bracket
  return word === last ? /\.$/.test(last.text) : glued(word, last);
}

function unclosedBracket(tokens: readonly WinkToken[], a: number, b: number): boolean {
  let depth = 0;
  for (let i = a; i <= b; i++) {
    if (tokens[i].text === '(') depth++;
    else if (tokens[i].text === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

function closesSoon(tokens: readonly WinkToken[], a: number, b: number): boolean {
  for (let i = a; i <= Math.min(b, a + BRACKET_REACH); i++) {
    if (tokens[i].text === ')') return true;
    if (tokens[i].text === '(') return false;
  }
  return false;
}

/**
 * Whether a sentence that starts in lower case goes on from the one before: after a quotation
 * ("“A pathetic figure!” he wrote"), a bracket ("(R-Texas)") or an abbreviation ("Calif."); a full
 * stop after an ordinary word still ends its sentence.
 */
function continuesLower(tokens: readonly WinkToken[], prevLast: number, first: number): boolean {
  const t = tokens[first];
  if (!/^\p{Ll}/u.test(t.text)) return false;
  // "iPhone", "eBay", "pic.twitter.com/...": a name or a link opens its own sentence
  if (/\p{Lu}/u.test(t.text.slice(1)) || /[./]/.test(t.text)) return false;
  const p = tokens[prevLast];
  if (p.text !== '.') return true;
  const w = prevLast > 0 ? tokens[prevLast - 1] : undefined;
  return !!w && glued(w, p) && /^\p{Lu}[\p{L}.]{0,4}$/u.test(w.text);
}

/** Short words that open a sentence even when a careless text glues them to the full stop ("war.It was"). */
const OPENERS = /^(?:a|an|as|at|be|by|do|go|he|i|if|in|is|it|me|my|no|of|on|or|so|to|up|us|we|the|but|and|for|his|her|its|our|she|yet|all|not|now|one|two)$/i;

/**
 * "News.Az", "Sputnik.ru": a name glued by a full stop to a short word that is no sentence opener
 * is one name (an outlet's web name), not two sentences.
 */
function dottedName(tokens: readonly WinkToken[], stop: number, next: number): boolean {
  const w = tokens[stop - 1];
  const t = tokens[next];
  if (!w || tokens[stop].text !== '.' || !glued(w, tokens[stop]) || !glued(tokens[stop], t)) return false;
  return /^\p{Lu}\p{L}+$/u.test(w.text) && /^\p{L}{2,3}$/u.test(t.text) && !OPENERS.test(t.text);
}

/**
 * Repairs wink's sentence breaks that fall inside a sentence: after a title ("Sen."), inside a party
 * and state tag ("(D-S." | "C.)"), inside a dotted web name ("News.Az"), before a word in lower case
 * after an abbreviation, and before the closing mark of a quotation ("terrorists.'" | "'") that is
 * glued to the sentence it closes.
 */
export function repairSentences(tokens: readonly WinkToken[], sentences: Ranges): Ranges {
  const out: Ranges = [];
  for (const [a0, b] of sentences) {
    let a = a0;
    const prev = out[out.length - 1];
    if (prev && a <= b) {
      // closing marks glued to the previous sentence's last token belong to it
      // (a mark glued to a word after it opens the next quotation instead: "said.''We")
      while (a <= b && glued(tokens[a - 1], tokens[a]) && (CLOSERS.test(tokens[a].text) || (a > a0 && TRAILING.test(tokens[a].text))) && (a === b || !glued(tokens[a], tokens[a + 1]) || !/^[\p{L}\p{N}]/u.test(tokens[a + 1].text))) a++;
      if (a > a0) prev[1] = a - 1;
      if (a > b) continue;
      const [pa, pb] = prev;
      if (endsWithTitle(tokens, pa, pb) && /^\p{Lu}/u.test(tokens[a].text)) {
        prev[1] = b;
        continue;
      }
      if (unclosedBracket(tokens, pa, pb) && closesSoon(tokens, a, b)) {
        prev[1] = b;
        continue;
      }
      if (dottedName(tokens, pb, a)) {
        prev[1] = b;
        continue;
      }
      if (continuesLower(tokens, pb, a)) {
        prev[1] = b;
        continue;
      }
    }
    out.push([a, b]);
  }
  return out;
}
