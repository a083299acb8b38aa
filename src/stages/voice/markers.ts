/**
 * The words by which an author hedges, guesses, judges or passes on hearsay. Each pattern runs over the
 * author's own words of a sentence (quoted contents masked out), lower-cased, inserts removed.
 */

/** Hearsay with no owner: the author passes on what is said without standing behind it. */
export const RUMOUR_MARKERS: readonly RegExp[] = [
  /\brumou?r(?:s|ed|ing)?\b/,
  /\b(?:reportedly|allegedly|supposedly|purportedly|ostensibly)\b/,
  /\bit is (?:said|rumou?red|whispered|claimed|alleged)\b/,
  /\bword (?:has it|is)\b/,
  /\bthere (?:is|are) (?:talk|whispers|speculations?|unconfirmed reports?)\b/,
  /\bunconfirmed (?:reports?|information|data)\b/,
];

/** The author's inference, doubt or judgement. */
export const SPECULATION_MARKERS: readonly RegExp[] = [
  // hedging and evidential adverbs
  /\b(?:obviously|probably|possibly|perhaps|maybe|apparently|presumably|seemingly|evidently|undoubtedly|doubtless|surely|conceivably|arguably|clearly)\b/,
  // "it is obvious that", "it seems", "it is no secret"
  /\bit (?:is|was|seems|seemed|appears|appeared|looks|looked|becomes|became) (?:\w+ )?(?:obvious|clear|evident|likely|unlikely|possible|probable|plausible|doubtful|apparent|no secret|safe to say|hard to believe|not hard to guess)\b/,
  /\b(?:seems?|seemed|appears?|appeared) (?:to|that|as if|as though)\b/,
  /\b(?:is|are|was|were) (?:very |quite |highly |most )?(?:likely|unlikely|bound|sure) to\b/,
  /\b(?:would|will|could|may|might) (?:probably|likely|surely|certainly|well)\b/,
  /\bmust (?:have|be)\b/,
  /\b(?:most|very|quite|highly) likely\b/,
  // "may change", "might not last" (not the month: "in May 2024", "May the ...")
  /\b(?<!in )(?:may|might) (?:not |well |also |even |still |yet )?(?!the\b|a\b|an\b|and\b|or\b)[a-z]{2,}/,
  /\bcould (?:have|be|become|lead|mean|result|turn|end|change|spell|trigger|spark|prove|cost)\b/,
  // (not the writer's aside "it should be noted that ...")
  /\b(?:should|ought to)\b(?! be (?:noted|stressed|emphasi[sz]ed|recalled|mentioned|added|said|pointed out|remembered|clarified)\b)/,
  // first-person opinion of the author
  /\b(?:i|we) (?:think|believe|suspect|fear|doubt|guess|assume|suppose|expect)\b/,
  /\bin (?:my|our) (?:opinion|view)\b/,
  /\b(?:my|our) (?:guess|bet|hunch|impression|sense) is\b/,
  /\bone (?:can|could|may|might|must) (?:assume|suppose|say|conclude|guess|expect)\b/,
  /\b(?:there is )?(?:no|little) doubt\b/,
  /\b(?:of course|needless to say|to be sure|unfortunately|fortunately|sadly|ironically|alas)\b/,
  // evaluative words: the author judging, not reporting
  /\b(?:obvious|nonsense|ridiculous|absurd(?:ity)?|preposterous|laughable|shameful|disgraceful|outrageous|scandalous|cynical(?:ly)?|hypocritical|hypocrisy|farce|blatant(?:ly)?|pathetic|naive|grotesque|deplorable|appalling|shameless(?:ly)?|deceitful|treacherous|senseless)\b/,
];

/** Cues of seeming rather than saying: a "quote" they open is the author's impression ("X seems to ..."). */
export const EVIDENTIAL_CUE = /^(?:seems?|seemed|appears?|appeared|looks?|looked)$/i;

/** Each list as one pattern: one pass over a sentence finds the leftmost marker of any kind. */
const anyOf = (markers: readonly RegExp[]) => new RegExp(markers.map((re) => `(?:${re.source})`).join('|'));
export const ANY_RUMOUR = anyOf(RUMOUR_MARKERS);
export const ANY_SPECULATION = anyOf(SPECULATION_MARKERS);

/** Whether text passes on hearsay ("there are rumors that", "reportedly", "allegedly"). */
export const hasRumourMarker = (text: string): boolean => ANY_RUMOUR.test(text.toLowerCase());
