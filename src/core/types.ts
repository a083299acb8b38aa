// The data model of Document JSON v1 (see README "Output contract") and the internal layers
// that stages hand to each other. Every span is half-open, in UTF-16 code units, into the
// document's source `text`.

export interface Span {
  start: number;
  end: number;
}

export type Severity = 'fatal' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  stage: string;
  code: string;
  message: string;
  start?: number;
  end?: number;
}

export interface Origin {
  outlet: string;
  evidence: Span;
}

export interface Meta {
  title?: string;
  url?: string;
  outlet?: string;
  byline?: string;
  /** YYYY-MM-DD or full ISO 8601: the anchor for relative dates. */
  published?: string;
  language?: string;
  origin?: Origin;
  /** Where the document came from: a file path, "stdin", "file.jsonl:12". */
  input?: string;
}

// ------------------------------------------------------------------ public layers

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'NORP' | 'EVENT' | 'LAW' | 'PRODUCT' | 'WORK';
export type MentionKind = 'name' | 'nominal' | 'pronoun' | 'metonym';

export interface Mention extends Span {
  kind: MentionKind;
}

export interface Role {
  title: string;
  of?: string;
  evidence: Span;
}

export interface Geo {
  lat: number;
  lon: number;
  geonameid?: number;
  country?: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  country?: string;
  sector?: string;
  roles?: Role[];
  kb?: string;
  geo?: Geo;
  mentions: Mention[];
}

export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export type Modality = 'asserted' | 'attributed' | 'rumored' | 'speculative' | 'planned' | 'hypothetical' | 'negated';

export interface EventTime {
  value: string;
  span?: Span;
}

export interface Event {
  id: string;
  type: PloverType;
  mode?: string;
  context?: string[];
  cameo?: string;
  sentence: number;
  trigger: Span;
  source: string[];
  target: string[];
  place?: string;
  time?: EventTime;
  modality: Modality;
  attribution?: string;
  confidence: number;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed' | 'according-to';

export interface Quote {
  id: string;
  kind: QuoteKind;
  speaker: string | null;
  source: Span | null;
  cue: Span;
  content: Span;
  date?: string;
  /** The cue ascribes a goal, not a saying: a plan ("plans to visit") or a wish ("wants passage"). */
  intent?: 'plan' | 'wish';
}

/**
 * Whose voice a sentence speaks in:
 * - `asserted`: the author states it as fact
 * - `reported`: it mostly carries what someone else said (a quote's content or its cue)
 * - `rumored`: hearsay with no owner ("there are rumors that", "reportedly")
 * - `speculative`: the author's inference or opinion ("obviously", "would probably", "nonsense")
 * - `question`: the author asks
 */
export type Voice = 'asserted' | 'reported' | 'rumored' | 'speculative' | 'question';

export interface SentenceVoice {
  sentence: number;
  voice: Voice;
  /** The words that gave the sentence its voice (absent for plain assertions). */
  cue?: Span & { text: string };
  /** The quote that makes the sentence reported or rumoured speech. */
  quote?: string;
}

export interface Change {
  from: number | null;
  to: number | null;
  factor: number | null;
  direction: 'up' | 'down' | 'same' | null;
}

/**
 * How a stated figure is hedged or bounded; the words are not part of the quantity's span.
 * - `about`: an approximation ("about", "around", "roughly", "approximately", "some", "an estimated", "~", "or so")
 * - `nearly`: close to it from below ("nearly", "almost", "close to", "just under")
 * - `more-than`: above it ("more than", "over", "above", "in excess of", "upwards of")
 * - `less-than`: below it ("less than", "fewer than", "under", "below")
 * - `at-least`: it or more ("at least", "no less than", "a minimum of", "or more")
 * - `at-most`: it or less ("at most", "no more than", "a maximum of", "or less")
 * - `up-to`: a ceiling that may be reached ("up to", "as many as", "as much as")
 */
export type QuantityQualifier = 'about' | 'nearly' | 'more-than' | 'less-than' | 'at-least' | 'at-most' | 'up-to';

/**
 * A stated figure. `change` conventions: "from 96% to 10%" puts from/to on the later figure;
 * "grew by 5%" / "rose 5%" / "up 5%" makes the figure itself the amount of the change (from and
 * to stay null, `direction` says which way); "doubled", "tripled", "halved" and "fivefold" are
 * figures of their own whose `factor` is the multiplier (and whose value is that factor).
 */
export interface Quantity extends Span {
  value: number;
  unit?: string;
  per?: string;
  measure?: Span;
  change?: Change;
  time?: string;
  /** Quote id when the figure is inside someone's quote content. */
  attribution?: string;
  qualifier?: QuantityQualifier;
}

export type Granularity = 'day' | 'week' | 'time' | 'month' | 'season' | 'quarter' | 'year' | 'decade' | 'duration' | 'set' | 'ref';

export interface Time extends Span {
  value: string;
  granularity: Granularity;
}

export interface Insert extends Span {
  label: string;
  attachedTo: Span | null;
}

// ------------------------------------------------------------------ internal layers

/** What a stretch of the text is: the author's body text, or something around it. */
export type ZoneRole = 'body' | 'headline' | 'caption' | 'credit' | 'origin';

export interface Paragraph extends Span {
  role: ZoneRole;
}

export interface Sentence extends Span {
  paragraph: number;
}

export interface Token extends Span {
  /** The token as the clean view reads it (inserts removed). */
  text: string;
  pos: string;
  lemma: string;
  sentence: number;
  /** True when whitespace precedes the token in the clean view. */
  space: boolean;
}

/** The text as every stage after `inserts` reads it: editorial inserts removed, with maps back. */
export interface CleanView {
  readonly text: string;
  /** Clean offset -> source offset. */
  toSource(offset: number): number;
  /** Source offset -> clean offset (an offset inside a removed stretch maps to where it was removed). */
  toClean(offset: number): number;
  /** A clean-view span as a source span. */
  sourceSpan(start: number, end: number): Span;
}

export interface Layers {
  inserts: Insert[];
  view: CleanView;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  times: Time[];
  quantities: Quantity[];
  quotes: Quote[];
  events: Event[];
  voices: SentenceVoice[];
}

export type LayerName = keyof Layers;
