// The corpus store: one interface, two implementations (SQLite, PostgreSQL), one contract test
// suite (store.contract.ts) that both pass.
import type { Meta, Span } from '../core/types.js';
import type { DocumentJson } from '../output/document-json.js';

/** What happened to one article written to the store. */
export type PutStatus = 'added' | 'near-copy' | 'unchanged';

export interface PutResult {
  status: PutStatus;
  /** The stored article's id (a revision of an id already taken by another text gets `id@hash`). */
  id: string;
  /** For a near-copy: the original it is linked to. */
  duplicateOf?: string;
  similarity?: number;
}

/** An article waiting in the ingest queue. */
export interface QueueItem {
  contentHash: string;
  input: string;
  article: { id?: string; text: string; meta: Meta };
}

export interface Job extends QueueItem {
  jobId: number;
  attempts: number;
}

export interface JobOutcome extends Partial<Omit<PutResult, 'status'>> {
  jobId: number;
  input: string;
  status: PutStatus | 'failed';
  error?: string;
}

export interface QueueStats {
  pending: number;
  done: number;
  failed: number;
  total: number;
}

export interface Counts {
  articles: number;
  nearCopies: number;
  actors: number;
  events: number;
  mentions: number;
  quotes: number;
  series: number;
  points: number;
}

/** Filters shared by the queries and exports. Dates are YYYY-MM-DD, inclusive. */
export interface Filter {
  /** Actor code ("USA" matches USA, USAGOV, …), kb id, or name (any variant). */
  actor?: string;
  /** PLOVER type (CONSULT) or CAMEO code prefix (04, 042). */
  type?: string;
  since?: string;
  until?: string;
  /** Place: code or name, as for actor. */
  place?: string;
  outlet?: string;
  modality?: string;
  /** Words: quote contents, series measures. */
  text?: string;
  limit?: number;
}

export interface ActorRef {
  id: number;
  name: string;
  type: string;
  code: string | null;
  country: string | null;
  sector: string | null;
  kb: string | null;
  geo: { lat: number; lon: number; geonameid?: number } | null;
}

export interface CorpusActor extends ActorRef {
  key: string;
  names: Array<{ name: string; count: number }>;
  mentions: number;
  articles: number;
  firstSeen: string;
}

export interface EventMention {
  article: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  /** Index into the article's sentences (SentenceID in GDELT is this + 1). */
  sentence: number | null;
  trigger: Span;
  triggerText: string | null;
  actor1Offset: number | null;
  actor2Offset: number | null;
  modality: string;
  confidence: number | null;
  isRoot: boolean;
  docLength: number;
  ingested: string;
}

export interface CorpusEvent {
  id: number;
  type: string;
  cameo: string | null;
  baseCode: string | null;
  rootCode: string | null;
  quadClass: number | null;
  goldstein: number | null;
  mode: string | null;
  date: string | null;
  source: ActorRef[];
  target: ActorRef[];
  place: ActorRef | null;
  isRoot: boolean;
  numMentions: number;
  numSources: number;
  numArticles: number;
  firstSeen: string;
  sourceUrl: string | null;
  mentions: EventMention[];
}

export interface CorpusQuote {
  id: number;
  article: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  date: string | null;
  kind: string;
  speaker: ActorRef | null;
  speakerName: string | null;
  cue: string | null;
  content: string;
  spans: { source: Span | null; cue: Span; content: Span };
}

export interface SeriesPoint {
  value: number;
  unit: string | null;
  time: string | null;
  saidBy: string | null;
  saidByActor: number | null;
  article: string;
  outlet: string | null;
  published: string | null;
  measure: string | null;
  span: Span;
}

export interface Series {
  id: number;
  measure: string;
  unit: string | null;
  per: string | null;
  points: SeriesPoint[];
}

export interface SearchHit {
  article: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  snippet: string;
  rank: number;
}

export interface TimelineBucket {
  date: string;
  events: number;
  mentions: number;
}

export interface Network {
  nodes: ActorRef[];
  edges: Array<{ source: number; target: number; events: number; mentions: number; goldstein: number | null; types: string[] }>;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Where it is (a path, or the URL without its password). */
  readonly location: string;
  schemaVersion(): Promise<number>;
  close(): Promise<void>;

  // -- writing
  /** One analysed article, with everything derived from it, in one transaction. */
  putDocument(doc: DocumentJson): Promise<PutResult>;

  // -- the ingest queue (shared by every worker, on every machine)
  /** Adds articles not seen before (by content hash); failed ones go back to pending. */
  enqueue(items: readonly QueueItem[]): Promise<{ added: number; known: number }>;
  /**
   * Claims the next pending article, runs `analyse` on it and stores the result, exactly once:
   * null when nothing is left to claim. A worker that dies leaves its claim to be retried.
   */
  processNext(worker: string, analyse: (job: Job) => Promise<DocumentJson>): Promise<JobOutcome | null>;
  queueStats(): Promise<QueueStats>;

  // -- reading
  counts(): Promise<Counts>;
  getDocument(id: string): Promise<DocumentJson | null>;
  events(filter?: Filter): Promise<CorpusEvent[]>;
  entities(filter?: Filter): Promise<CorpusActor[]>;
  quotes(filter?: Filter): Promise<CorpusQuote[]>;
  series(filter?: Filter): Promise<Series[]>;
  search(query: string, filter?: Filter): Promise<SearchHit[]>;
  timeline(filter?: Filter): Promise<TimelineBucket[]>;
  network(filter?: Filter): Promise<Network>;
  /** Every matching event (with mentions) in id order, page by page: exports. */
  eachEvent(filter?: Filter): AsyncGenerator<CorpusEvent>;
  eachDocument(): AsyncGenerator<DocumentJson>;
  /** Problems: articles whose derived rows do not match their document, events whose counts do not match their mentions. Empty when sound. */
  checkIntegrity(): Promise<string[]>;
}
