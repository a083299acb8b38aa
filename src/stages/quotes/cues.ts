import type { Tok } from './context.js';
import { COGNITION_VERBS, COMMUNICATION_NOUNS, COMMUNICATION_VERBS, EMOTION_VERBS } from './data/wordnet-cues.js';

/**
 * How a reporting verb takes what was said:
 * - `say`: a clause ("said that ...", "said the plan failed", "... , she said"), or a quotation;
 * - `tell`: an addressee first ("told reporters that ...", "warned his counterpart that ...");
 * - `urge`: an addressee and an infinitive, kept in the content ("urged voters to ...");
 * - `np`: a noun phrase is enough ("called for consideration of ...");
 * - `name`: an object and what it was called ("called the deal “a historic step”").
 */
export type Frame = 'say' | 'tell' | 'urge' | 'np' | 'name';

export interface VerbCue {
  /** The verb's lemma ("say" for "said"). */
  lemma: string;
  frame: Frame;
  /** Particle that belongs to the cue ("point out", "call for"). */
  particle?: string;
  /** Takes a to-infinitive as its content ("vowed to ..."). */
  infinitive?: boolean;
  /** Only counts with a quotation or a colon ("continued: “...”"). */
  quoteOnly?: boolean;
  /** Thinking rather than saying: only with an explicit clause after it. */
  cognitive?: boolean;
  /**
   * An attitude toward something (criticize, endorse, want): the object is what is attributed, and
   * the verb never trails its content ("..., X criticized" is not a reading).
   */
  attitude?: boolean;
  /**
   * The object is the target of an evaluation ("criticized Azerbaijan"): a bare name there is who
   * was evaluated, not what was said; only "criticized X for ..." / "as ..." carries content.
   */
  target?: boolean;
  /** Records, polls and studies that show or find: any object they take is what they attest. */
  evidential?: boolean;
  /** Only "X as Y" names what the object is taken for ("sees the deal as a trap"). */
  asOnly?: boolean;
  /** A desire or intention ("want", "plan"): in a relative clause it describes people ("those who want to ..."). */
  desire?: boolean;
  /**
   * From the WordNet fallback tier, not the hand lexicon: counts only in plain frames (a that-clause,
   * a quotation, a colon, or a bare clause after a verb of saying) with a name or a person pronoun
   * as the subject (see lexiconFrame in verbs.ts).
   */
  lexicon?: boolean;
}

const SAY = [
  'say', 'state', 'note', 'add', 'claim', 'argue', 'insist', 'explain', 'write', 'report', 'acknowledge', 'admit',
  'assert', 'confirm', 'declare', 'maintain', 'contend', 'suggest', 'predict', 'reply', 'respond', 'recall', 'remark',
  'observe', 'comment', 'concede', 'emphasize', 'emphasise', 'stress', 'complain', 'allege', 'tweet', 'testify',
  'answer', 'conclude', 'reveal', 'disclose', 'indicate', 'mention', 'boast', 'joke', 'quip', 'counter',
  'retort', 'lament', 'announce', 'deny', 'speculate', 'muse', 'reiterate', 'exclaim', 'shout', 'proclaim', 'recount',
  'hint', 'confess', 'clarify', 'posit', 'underline', 'underscore', 'opine', 'agree',
  'tout', 'charge', 'scoff', 'snap', 'sigh', 'gush', 'wonder', 'post',
  'surmise', 'theorize', 'theorise', 'grumble', 'marvel', 'crow', 'brag', 'fume', 'mutter', 'whisper', 'yell', 'scream',
  'gripe', 'groan', 'concur', 'interject', 'rant', 'vent', 'pontificate', 'editorialize', 'imply', 'reaffirm', 'reassert', 'restate',
];
const TELL = ['tell', 'assure', 'inform', 'remind', 'warn', 'notify', 'advise', 'caution', 'promise', 'convince', 'email', 'text', 'brief'];
const URGE = ['urge', 'ask', 'implore', 'encourage', 'invite', 'beg'];
const INFINITIVE = ['vow', 'pledge', 'promise', 'threaten', 'agree', 'demand', 'propose'];
const QUOTE_ONLY = ['continue', 'begin', 'conclude', 'put', 'chant'];
/** Signs, messages and headlines "read" what is written on them, given as a quotation ("One sign read, “...”"). */
const WRITTEN = ['read'];
const COGNITIVE = ['think', 'believe', 'fear', 'hope', 'worry', 'expect', 'doubt', 'estimate', 'know', 'feel', 'suspect', 'assume', 'realize', 'realise', 'recognize', 'recognise', 'understand', 'notice', 'reckon', 'presume', 'suppose'];
/**
 * Desires, intentions and attempts: what the source wants or means to do is attributed to it
 * ("wants to preserve its policy", "plans to cut taxes", "sought the nomination").
 */
const PLANS = ['plan', 'aim'];
const WISHES = ['want', 'seek', 'wish', 'hope', 'vote'];
const DESIRE = [...PLANS, ...WISHES];
/** Records, polls and studies "show" and "find": content before or after, like "say". */
const EVIDENTIAL = ['show', 'find', 'indicate', 'reveal', 'suggest', 'confirm'];
const NAMING = ['call', 'dub', 'label', 'brand', 'describe', 'term'];
/**
 * Attitudes and evaluations: the object (a noun phrase, a gerund, an infinitive or a clause) is
 * what the source holds or conveys ("endorsed the plan", "criticized his handling of the incident",
 * "declined to comment", "want their money back").
 */
const STANCE = [
  'endorse', 'support', 'oppose', 'defend', 'reject', 'dismiss', 'question', 'cite', 'tout', 'echo', 'welcome', 'embrace',
  'champion', 'favor', 'favour', 'prefer', 'request', 'express', 'voice', 'offer', 'refuse', 'decline',
  'discuss', 'mention', 'highlight', 'challenge', 'dispute', 'signal', 'float', 'outline', 'unveil', 'advocate', 'bemoan',
  'lament', 'reference', 'invoke', 'decry', 'disavow', 'repudiate', 'back', 'promote', 'applaud',
  // feelings toward someone or something are stances too ("hate the tax", "distrust the media")
  'love', 'hate', 'admire', 'distrust', 'mistrust', 'resent', 'detest', 'despise', 'loathe', 'trust', 'parrot',
];
const EVALUATE = [
  'criticize', 'criticise', 'praise', 'blast', 'slam', 'mock', 'attack', 'assail', 'lambaste', 'rebuke', 'denounce', 'condemn',
  'deride', 'thank', 'blame', 'applaud', 'commend', 'chide', 'scold', 'ridicule', 'fault', 'berate', 'castigate', 'hail',
  'accuse', 'congratulate', 'excoriate', 'chastise', 'lash',
];
/**
 * Attitudes that take a to-infinitive ("refused to speculate", "declined to comment"). Desires and
 * intentions (want, intend, plan, seek) are left out: a writer ascribing a goal reports no saying.
 */
const STANCE_INFINITIVE = ['offer', 'refuse', 'decline', 'prefer', 'request'];
const NP_VERBS: Array<[string, string | undefined]> = [
  ['call', 'for'], ['call', 'on'], ['ask', 'for'], ['demand', undefined], ['propose', undefined], ['recommend', undefined],
  ['accuse', undefined], ['point', 'out'], ['point', 'to'], ['rail', 'against'], ['push', 'for'], ['lash', 'out'],
  ['speak', 'of'], ['speak', 'about'], ['talk', 'about'], ['vote', 'for'], ['vote', 'against'], ['refer', 'to'], ['complain', 'about'],
  ['weigh', 'in'], ['go', 'after'], ['take', 'aim'], ['look', 'forward'], ['speak', 'out'], ['warn', 'of'], ['warn', 'against'], ['argue', 'for'], ['argue', 'against'],
  ['apologize', 'for'], ['apologise', 'for'], ['lay', 'out'], ['spell', 'out'], ['fire', 'back'], ['hit', 'back'], ['stand', 'by'], ['rally', 'behind'], ['side', 'with'],
  ['focus', 'on'], ['respond', 'to'], ['agree', 'with'], ['disagree', 'with'], ['believe', 'in'], ['touch', 'on'], ['reflect', 'on'],
  ['comment', 'on'], ['elaborate', 'on'], ['object', 'to'], ['allude', 'to'], ['hint', 'at'], ['joke', 'about'], ['brag', 'about'], ['boast', 'about'],
  ['worry', 'about'], ['write', 'about'], ['testify', 'about'], ['plead', 'for'], ['rule', 'out'],
];
/** Particle verbs that take a that-clause like "say" does ("pointed out that"). */
const SAY_PARTICLES = new Set(['point out']);

const VERBS = new Map<string, VerbCue>();
/** Adds or refines the reading of a verb; `keep` leaves an existing reading alone. */
function define(lemma: string, props: Omit<Partial<VerbCue>, 'lemma'>, keep = false): void {
  const had = VERBS.get(lemma);
  if (had && keep) return;
  VERBS.set(lemma, { frame: 'say', ...had, ...props, lemma });
}
for (const v of SAY) define(v, { frame: 'say' });
for (const v of TELL) define(v, { frame: 'tell' });
for (const v of URGE) define(v, { frame: 'urge' });
for (const v of INFINITIVE) define(v, { infinitive: true });
for (const v of QUOTE_ONLY) define(v, { quoteOnly: true }, true);
for (const v of WRITTEN) define(v, { frame: 'say', quoteOnly: true });
for (const v of COGNITIVE) define(v, { cognitive: true }, true);
for (const v of EVIDENTIAL) define(v, {}, true);
for (const v of ['show', 'find', 'indicate']) define(v, { evidential: true });
for (const v of NAMING) define(v, { frame: 'name' }, true);
/** Construing verbs: "sees the deal as a trap", "portrayed himself as an outsider". */
for (const v of ['see', 'view', 'regard', 'cast', 'portray', 'paint', 'characterize', 'characterise', 'depict', 'frame']) define(v, { frame: 'name', asOnly: true });
/** "considers himself an outsider", "deemed him “well qualified”": an object and what it is judged to be. */
for (const v of ['consider', 'deem']) define(v, { frame: 'name' });

for (const v of STANCE) define(v, { frame: 'np', attitude: true }, true);
for (const v of EVALUATE) define(v, { frame: 'np', attitude: true, target: true }, v === 'accuse');
for (const v of STANCE_INFINITIVE) define(v, { infinitive: true });
for (const v of DESIRE) define(v, { frame: 'np', attitude: true, infinitive: true, desire: true });
VERBS.set('accuse', { ...VERBS.get('accuse')!, target: true });

const PARTICLE_VERBS = new Map<string, VerbCue>();
for (const [v, p] of NP_VERBS) {
  if (p) PARTICLE_VERBS.set(`${v} ${p}`, { lemma: v, frame: SAY_PARTICLES.has(`${v} ${p}`) ? 'say' : 'np', particle: p });
  else define(v, { frame: 'np' });
}

/** Forms the lemmatiser sometimes leaves as adjectives. */
const FORM_LEMMA: Record<string, string> = { alleged: 'allege', informed: 'inform', reported: 'report', stated: 'state', noted: 'note', said: 'say', told: 'tell', wrote: 'write' };

export function lemmaOf(t: Tok): string {
  return FORM_LEMMA[t.lower] ?? t.lemma;
}

/** Subjects that take a plural verb: "Six in 10 say", "64 percent call him", "Many fear ...". */
const PLURAL_SUBJECT = /^(?:percent|%|many|others|most|some|all|both|few|several|who|they|we|which|that|majority|minority|half|data|media|people|police)$/;
const CLAUSE_SUBJECT = /^(?:he|she|it|they|we|i|you|who|which|that)$/;

/**
 * "The Post reports that ...", "Trump charges that ...", "Six in 10 say ...": a present-tense verb
 * the tagger read as a noun right after its subject. The form has to agree with the subject (a
 * plural subject before a bare form), and what follows has to open a complement, not go on with a
 * noun phrase ("reports of", "reports show", "fears that were").
 */
function misreadPresent(t: Tok, c: VerbCue, prev: Tok | undefined, next: Tok | undefined, after: Tok | undefined): boolean {
  if (t.pos !== 'NOUN' || !prev || !next || !/^\p{Ll}+$/u.test(t.text)) return false;
  const subject = prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'NUM' || (prev.pos === 'PRON' && CLAUSE_SUBJECT.test(prev.lower)) || prev.text === '%';
  // "Baku, in turn, claims that ...": after a comma, only a third-person form before a that-clause
  // (and a clause's subject after it: "..., states that vote on March 1" is a noun)
  if (prev.text === ',') return /[^s]s$/.test(t.lower) && next.lower === 'that' && !!after && /^(?:DET|PRON|PROPN)$/.test(after.pos);
  if (!subject || /^(?:'s|’s)$/.test(prev.lower)) return false;
  const third = /[^s]s$/.test(t.lower);
  if (!third && !(/s$/.test(prev.lower) || prev.pos === 'NUM' || PLURAL_SUBJECT.test(prev.lower))) return false;
  if (/^(?:ADP|VERB|AUX|PART|CCONJ|SCONJ|ADV)$/.test(next.pos) && next.lower !== 'that') return false;
  if (next.lower === 'that') return !!after && !/^(?:VERB|AUX|PUNCT|ADP)$/.test(after.pos);
  if (next.text === ':' || next.quote >= 0) return c.frame === 'say' || c.frame === 'tell';
  // without "that" or a quotation, only verbs whose form is seldom a noun ("says", "insists"), not
  // "states", "votes", "claims" or "calls"
  if (NOUN_FORMS.has(c.lemma) || c.attitude || c.frame === 'np' || c.frame === 'name') return false;
  return !isTimeWord(next) && !(next.pos === 'NOUN' && !third);
}

const PLURAL_PRONOUNS = /^(?:they|we|many|most|majorities|others|both|few|several|who)$/;

/**
 * "Voters in all five states support temporarily banning ...", "Most Americans oppose the deal": the
 * bare form of an attitude verb after a plural subject, read as a noun. It has to take an object that
 * a noun could not: a determiner, a name, a gerund (perhaps after an adverb) or an object pronoun.
 */
function misreadPluralAttitude(t: Tok, c: VerbCue, prev: Tok, next: Tok | undefined, after: Tok | undefined): boolean {
  if (t.pos !== 'NOUN' || !c.attitude || c.desire || !next || !/^\p{Ll}+$/u.test(t.text) || /s$/.test(t.lower)) return false;
  // "Republicans", "Millennials", "Men under 35", "students polled" are plural subjects too
  const plural =
    ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && /[^'’s]s$/.test(prev.lower) && !/ss$/.test(prev.lower)) ||
    (prev.pos === 'PRON' && PLURAL_PRONOUNS.test(prev.lower)) ||
    prev.text === '%' ||
    (prev.pos === 'NUM' && /^\d+$/.test(prev.text)) ||
    /^(?:polled|surveyed|questioned|interviewed)$/.test(prev.lower);
  if (!plural) return false;
  const gerund = (x: Tok | undefined): boolean => !!x && x.pos === 'VERB' && /ing$/.test(x.lower);
  if (next.pos === 'ADV') return gerund(after) || (!!after && after.pos === 'ADV');
  // after a plural subject a bare noun object is read too ("Millennials support background checks")
  return gerund(next) || (next.pos === 'DET' && next.lower !== 'that') || (next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text)) || /^(?:him|her|them|it|his|their)$/.test(next.lower) || (next.pos === 'NOUN' && prev.pos !== 'NUM' && !!after && after.pos !== 'VERB' && after.pos !== 'AUX');
}

/** Cue lemmas whose present forms are mostly nouns ("swing states", "campaign promises"). */
const NOUN_FORMS = new Set([
  'state', 'report', 'claim', 'note', 'charge', 'comment', 'post', 'email', 'text', 'brief', 'answer', 'reply', 'estimate',
  'fear', 'hope', 'doubt', 'promise', 'pledge', 'demand', 'question', 'hint', 'signal', 'remark', 'boast', 'joke', 'quip',
  'counter', 'muse', 'lament', 'shout', 'sigh', 'snap', 'tweet', 'suspect', 'feel', 'record', 'plan', 'vote', 'call', 'view',
]);

/**
 * "China is promising to spend", "she was insisting that": a progressive the tagger read as an
 * adjective (its lemma left as "promising"); the verb it comes from, when that is a cue.
 */
function progressiveAdjective(t: Tok, prev: Tok | undefined): VerbCue | undefined {
  if (t.pos !== 'ADJ' || !/ing$/.test(t.lower) || !prev || prev.pos !== 'AUX' || prev.lemma !== 'be') return undefined;
  const stem = t.lower.slice(0, -3);
  return VERBS.get(stem) ?? VERBS.get(`${stem}e`) ?? (/(.)\1$/.test(stem) ? VERBS.get(stem.slice(0, -1)) : undefined);
}

/** The reporting-verb reading of token `t` given the next token (for particles), or null. */
export function verbCue(t: Tok, next: Tok | undefined, prev?: Tok, after?: Tok): VerbCue | null {
  if (t.pos !== 'VERB' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return null;
  const lemma = lemmaOf(t);
  if (next) {
    const pc = PARTICLE_VERBS.get(`${lemma} ${next.lower}`);
    if (pc) return pc;
  }
  const c = VERBS.get(lemma) ?? progressiveAdjective(t, prev);
  if (!c) return null;
  // a noun or adjective reading only for past forms the tagger misread ("alleged"), or for
  // "Polls show ...", where a present form after a noun was read as a noun
  // "The governor plans to cut taxes": a desire the tagger read as a plural noun, before an infinitive
  if (c.desire && t.pos === 'NOUN' && /s$/.test(t.lower) && next?.lower === 'to' && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON')) return c;
  if (prev && misreadPresent(t, c, prev, next, after)) return c;
  if (prev && misreadPluralAttitude(t, c, prev, next, after)) return c;
  // "“...,” Bozell notes.": a present form closing the sentence after a name
  if (t.pos === 'NOUN' && prev?.pos === 'PROPN' && /^\p{Lu}/u.test(prev.text) && next && /^[.!?]$/.test(next.text) && /[^s]s$/.test(t.lower) && c.frame === 'say' && !c.cognitive && !c.attitude) return c;
  if (t.pos === 'ADJ' && progressiveAdjective(t, prev) && next && (next.lower === 'to' || next.lower === 'that')) return c;
  if (t.pos !== 'VERB' && !/(?:ed|^said|^told|^wrote)$/.test(t.lower) && !(c.evidential && t.pos === 'NOUN' && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && /s$/.test(prev.lower) && next && next.pos !== 'PUNCT' && next.pos !== 'ADP')) return null;
  return c;
}

/**
 * The fallback tier: verbs WordNet files under communication, cognition or emotion
 * (scripts/build-cue-lexicon.mjs), for a verb the hand lexicon does not know ("he griped that ...",
 * "“...,” she bellowed"). Thinking and feeling verbs read like "believe": only with a clause.
 */
const LEXICON = new Map<string, VerbCue>();
for (const v of [...COGNITION_VERBS, ...EMOTION_VERBS]) LEXICON.set(v, { lemma: v, frame: 'say', cognitive: true, lexicon: true });
for (const v of COMMUNICATION_VERBS) LEXICON.set(v, { lemma: v, frame: 'say', lexicon: true });

/** The fallback reading of a verb the hand lexicon leaves out, or null; only a token tagged as a verb. */
export function lexiconCue(t: Tok): VerbCue | null {
  if (t.pos !== 'VERB') return null;
  const lemma = lemmaOf(t);
  if (VERBS.has(lemma)) return null;
  return LEXICON.get(lemma) ?? null;
}

const LEXICON_NOUNS = new Set(COMMUNICATION_NOUNS);

/**
 * The fallback tier for noun cues: a noun of saying WordNet derives from a verb of saying ("his
 * insinuation that ...", "the senator's avowal that ..."), read in the same frames as NOUN_CUES.
 */
export function lexiconNoun(t: Tok): boolean {
  return t.pos === 'NOUN' && LEXICON_NOUNS.has(t.lemma) && !NOUN_CUES.has(t.lower);
}

/** Nouns that introduce what someone said or claimed ("statements by X that ..."). */
export const NOUN_CUES = new Set([
  'statement', 'statements', 'claim', 'claims', 'allegation', 'allegations', 'assertion', 'assertions', 'remark', 'remarks',
  'comment', 'comments', 'report', 'reports', 'rumor', 'rumors', 'rumour', 'rumours', 'suggestion', 'suggestions',
  'warning', 'warnings', 'argument', 'arguments', 'accusation', 'accusations', 'insistence', 'admission', 'announcement',
  'promise', 'promises', 'pledge', 'pledges', 'assurance', 'assurances', 'declaration', 'testimony', 'prediction',
  'predictions', 'complaint', 'complaints', 'speculation', 'word', 'message', 'contention', 'charge', 'charges', 'belief',
  'view', 'insinuation', 'hints', 'signals', 'denial', 'denials', 'threat', 'threats', 'call', 'calls', 'demand', 'demands',
]);

/** Nouns that make an anonymous attribution after "there is/are" ("There are rumors that ..."). */
export const EXISTENTIAL_CUES = new Set([
  'rumor', 'rumors', 'rumour', 'rumours', 'report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'speculation',
  'suggestion', 'suggestions', 'talk', 'word', 'fears', 'concern', 'concerns', 'indications', 'signs', 'hints',
]);

/** Verbs of an anonymous passive ("it was reported that ..."). */
export const PASSIVE_ANON = new Set([
  'say', 'report', 'announce', 'claim', 'allege', 'rumor', 'rumour', 'believe', 'think', 'understand', 'state', 'note',
  'suggest', 'learn', 'confirm', 'reveal', 'disclose', 'argue', 'expect', 'estimate', 'fear', 'know', 'predict', 'tell',
]);

/** Verbs of "This was told by X" (content is the previous sentence). */
export const PASSIVE_BY = new Set(['say', 'tell', 'state', 'report', 'announce', 'note', 'write', 'confirm', 'declare', 'claim']);

/** Participles that continue an attribution ("..., adding that ..."). */
export function isParticiple(t: Tok): boolean {
  return /ing$/.test(t.lower) && t.pos === 'VERB';
}

const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|tomorrow|earlier|later|recently|previously|again|also|repeatedly|publicly|privately|once|then|now|last|this|late|early)$/;

/** A word that places the saying in time ("said Monday", "said last week"). */
export function isTimeWord(t: Tok): boolean {
  return WEEKDAYS.test(t.lower) || /^(?:week|month|year|morning|afternoon|evening|night|weekend)s?$/.test(t.lower);
}

/** Outlet names that should not count as sources when they credit themselves. */
export function looksLikeWebsite(s: string): boolean {
  return /\b[\w-]+\.(?:az|com|ru|net|org|info|am|ge|ua|kz|by|io|news|co\.uk|uk|de|fr|tv|me)\b/i.test(s);
}

/**
 * What a cue ascribes when it is a goal rather than a saying: a plan ("plans to visit", "aims to finish") or a
 * wish ("wants unimpeded passage"); undefined for sayings, beliefs and the rest.
 */
export function intentOf(cue: Tok): 'plan' | 'wish' | undefined {
  const l = lemmaOf(cue);
  if (PLANS.includes(l)) return 'plan';
  if (WISHES.includes(l)) return 'wish';
  return undefined;
}
