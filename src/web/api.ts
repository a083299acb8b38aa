// The Sift API, as the UI uses it. Types are the parts of the JSON the views read.
export interface Span { start: number; end: number }
export interface Entity { id: string; type: string; name: string; country?: string; kb?: string; roles?: Array<{ title: string; of?: string; evidence: Span }>; geo?: { lat: number; lon: number }; mentions: Array<Span & { kind: string }> }
export interface DocEvent { id: string; type: string; mode?: string; cameo?: string; sentence: number; trigger: Span; source: string[]; target: string[]; place?: string; time?: { value: string; span?: Span }; modality: string; attribution?: string; confidence: number }
export interface Quote { id: string; kind: string; speaker: string | null; source: Span | null; cue: Span; content: Span; date?: string }
export interface Quantity extends Span { value: number; unit?: string; per?: string; measure?: Span; change?: { from: number | null; to: number | null; direction: string | null }; time?: string; attribution?: string }
export interface Time extends Span { value: string; granularity: string }
export interface Insert extends Span { label: string; attachedTo: Span | null }
export interface Doc {
  schema: string; id: string; text: string;
  meta: { title?: string; url?: string; outlet?: string; published?: string; byline?: string; origin?: { outlet: string; evidence: Span } };
  sentences: Array<Span & { voice?: string; voiceCue?: Span & { text: string }; quote?: string }>; paragraphs: Array<Span & { role: string }>;
  entities: Entity[]; events: DocEvent[]; quotes: Quote[]; quantities: Quantity[]; times: Time[]; inserts: Insert[];
  diagnostics: Array<{ severity: string; stage: string; message: string }>;
}
export interface ActorRef { id: number; name: string; type: string; code: string | null; country: string | null; kb: string | null; geo: { lat: number; lon: number } | null }
export interface CorpusActor extends ActorRef { key: string; names: Array<{ name: string; count: number }>; mentions: number; articles: number }
export interface Mention { article: string; title: string | null; url: string | null; outlet: string | null; published: string | null; trigger: Span; triggerText: string | null; modality: string }
export interface CorpusEvent { id: number; type: string; cameo: string | null; goldstein: number | null; quadClass: number | null; date: string | null; source: ActorRef[]; target: ActorRef[]; place: ActorRef | null; numMentions: number; numArticles: number; mentions: Mention[] }
export interface CorpusQuote { id: number; article: string; published: string | null; outlet: string | null; kind: string; speaker: ActorRef | null; speakerName: string | null; cue: string | null; content: string }
export interface Series { id: number; measure: string; unit: string | null; per: string | null; points: Array<{ value: number; unit: string | null; time: string | null; published: string | null; article: string; outlet: string | null; saidBy: string | null }> }
export interface Network { nodes: ActorRef[]; edges: Array<{ source: number; target: number; events: number; mentions: number; goldstein: number | null; types: string[] }> }
export interface DocumentSummary { id: string; title: string | null; outlet: string | null; published: string | null; events: number; entities: number; quotes: number; quantities: number }
export interface ActorPage { entity: CorpusActor; titles: Array<{ title: string; articles: number; evidence: { article: string; text: string } }>; roles: Record<string, { asSource: number; asTarget: number; asPlace: number }>; events: CorpusEvent[]; quotes: CorpusQuote[]; places: Array<{ place: ActorRef; events: number }> }

export class ApiProblem extends Error {}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiProblem(body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

export const qs = (params: Record<string, string | number | undefined>) => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
};

export const api = {
  health: () => call<{ counts: Record<string, number>; version: string; store: string }>('/api/health'),
  documents: () => call<DocumentSummary[]>('/api/documents?limit=500'),
  document: (id: string) => call<Doc>(`/api/documents/${encodeURIComponent(id)}`),
  analyze: (body: { text: string; published?: string; title?: string }) => call<Doc>('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  events: (f: Record<string, string | number | undefined>) => call<CorpusEvent[]>(`/api/events${qs(f)}`),
  entities: (f: Record<string, string | number | undefined>) => call<CorpusActor[]>(`/api/entities${qs(f)}`),
  actor: (id: string) => call<ActorPage>(`/api/entities/${encodeURIComponent(id)}`),
  timeline: (f: Record<string, string | number | undefined> = {}) => call<Array<{ date: string; events: number; mentions: number }>>(`/api/timeline${qs(f)}`),
  series: (f: Record<string, string | number | undefined> = {}) => call<Series[]>(`/api/series${qs(f)}`),
  network: (f: Record<string, string | number | undefined> = {}) => call<Network>(`/api/network${qs(f)}`),
  search: (q: string) => call<Array<{ article: string; title: string | null; outlet: string | null; published: string | null; snippet: string }>>(`/api/search${qs({ q })}`),
};
