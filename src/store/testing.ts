// Helpers for the store's tests and benchmarks: PostgreSQL test servers, hand-made documents,
// and synthetic articles. Not used by the product.
import pg from 'pg';
import type { Entity, Event, Quantity, Quote } from '../core/types.js';
import type { DocumentJson } from '../output/document-json.js';

/** The PostgreSQL server tests use: $SIFT_TEST_PG, else this documented default. */
export const DEFAULT_TEST_PG = 'postgres://sift:sift@127.0.0.1:5432/sift_test';

export function pgTestUrl(): { url: string; explicit: boolean } {
  const env = process.env.SIFT_TEST_PG;
  return env ? { url: env, explicit: true } : { url: DEFAULT_TEST_PG, explicit: false };
}

/** Null when the server answers; else why not. */
export async function pgUnreachable(url: string): Promise<string | null> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  c.on('error', () => undefined);
  try {
    await c.connect();
    await c.query('SELECT 1');
    return null;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** The same database with a new, empty schema of its own (dropped by dropPgSchema). */
export function freshPgUrl(base: string, prefix = 'sift_test'): string {
  const u = new URL(base);
  u.searchParams.set('schema', `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`);
  return u.href;
}

export async function dropPgSchema(url: string): Promise<void> {
  const u = new URL(url);
  const schema = u.searchParams.get('schema');
  if (!schema || schema === 'public') return;
  u.searchParams.delete('schema');
  const c = new pg.Client({ connectionString: u.href });
  c.on('error', () => undefined);
  try {
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await c.end().catch(() => undefined);
  }
}

// ------------------------------------------------------------------ hand-made documents

export interface DocSpec {
  id: string;
  text: string;
  published?: string;
  outlet?: string;
  url?: string;
  title?: string;
  /** Mentions: every occurrence of `name` (or of each `also` variant) in the text. */
  entities?: Array<Partial<Entity> & { id: string; name: string; type: Entity['type']; also?: string[] }>;
  events?: Array<Omit<Partial<Event>, 'trigger'> & { type: Event['type']; trigger: string; source?: string[]; target?: string[]; nth?: number }>;
  quotes?: Array<{ speaker: string | null; source?: string; cue: string; content: string; kind?: Quote['kind'] }>;
  quantities?: Array<{ figure: string; value: number; unit?: string; measure?: string; attribution?: string; time?: string }>;
  inserts?: string[];
}

function spanOf(text: string, s: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(s, at + 1);
    if (at < 0) throw new Error(`makeDoc: "${s}" (#${nth + 1}) is not in the text`);
  }
  return { start: at, end: at + s.length };
}

/** A Document JSON built by hand, every span found in the text: what a store test needs, without the pipeline. */
export function makeDoc(spec: DocSpec): DocumentJson {
  const { text } = spec;
  const sentences = [...text.matchAll(/[^.!?\n]+[.!?]?/g)].filter((m) => m[0].trim()).map((m) => {
    const lead = m[0].length - m[0].trimStart().length;
    return { start: m.index! + lead, end: m.index! + m[0].trimEnd().length };
  });
  const sentenceOf = (pos: number) => Math.max(0, sentences.findIndex((s) => pos >= s.start && pos < s.end));
  const entities: Entity[] = (spec.entities ?? []).map(({ also, ...e }) => {
    const mentions = [];
    for (const n of [e.name, ...(also ?? [])]) {
      let at = text.indexOf(n);
      while (at >= 0) {
        mentions.push({ start: at, end: at + n.length, kind: 'name' as const });
        at = text.indexOf(n, at + n.length);
      }
    }
    return { ...e, mentions: mentions.sort((a, b) => a.start - b.start) } as Entity;
  });
  const events: Event[] = (spec.events ?? []).map((e, i) => {
    const trigger = spanOf(text, e.trigger, e.nth ?? 0);
    const { nth: _nth, ...rest } = e;
    return { id: `v${i + 1}`, modality: 'asserted', confidence: 0.8, sentence: sentenceOf(trigger.start), ...rest, source: e.source ?? [], target: e.target ?? [], trigger } as Event;
  });
  const quotes: Quote[] = (spec.quotes ?? []).map((q, i) => ({
    id: `q${i + 1}`,
    kind: q.kind ?? 'indirect',
    speaker: q.speaker,
    source: q.source ? spanOf(text, q.source) : null,
    cue: spanOf(text, q.cue),
    content: spanOf(text, q.content),
  }));
  const quantities: Quantity[] = (spec.quantities ?? []).map((n) => ({
    ...spanOf(text, n.figure),
    value: n.value,
    ...(n.unit ? { unit: n.unit } : {}),
    ...(n.measure ? { measure: spanOf(text, n.measure) } : {}),
    ...(n.attribution ? { attribution: n.attribution } : {}),
    ...(n.time ? { time: n.time } : {}),
  }));
  return {
    schema: 'sift/document@1',
    id: spec.id,
    text,
    meta: {
      language: 'en',
      ...(spec.title ? { title: spec.title } : {}),
      ...(spec.url ? { url: spec.url } : {}),
      ...(spec.outlet ? { outlet: spec.outlet } : {}),
      ...(spec.published ? { published: spec.published } : {}),
    },
    sentences,
    paragraphs: [{ start: 0, end: text.length, role: 'body' }],
    entities,
    events,
    quotes,
    quantities,
    times: [],
    inserts: (spec.inserts ?? []).map((s) => ({ ...spanOf(text, s), label: s.replace(/^\(\*?|\)$/g, ''), attachedTo: null })),
    diagnostics: [],
  };
}

// ------------------------------------------------------------------ synthetic articles

/** mulberry32: a small seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['Armenia', 'Azerbaijan', 'Georgia', 'France', 'Germany', 'Poland', 'Lithuania', 'Turkey', 'Iran', 'Kenya', 'Chile', 'Peru', 'Japan', 'India', 'Brazil', 'Canada'];
const CITIES = ['Yerevan', 'Baku', 'Tbilisi', 'Paris', 'Berlin', 'Warsaw', 'Vilnius', 'Ankara', 'Nairobi', 'Lima'];
const PEOPLE = ['Anna Keller', 'Marek Nowak', 'Ruben Sargsyan', 'Leyla Aliyeva', 'Pierre Martin', 'Sofia Rossi', 'Kenji Sato', 'Amina Odhiambo'];
const FRAMES = [
  (a: string, b: string, c: string) => `${a} and ${b} signed a trade agreement in ${c} on Monday.`,
  (a: string, b: string) => `The foreign minister of ${a} visited ${b} to discuss energy cooperation.`,
  (a: string, b: string) => `${a} accused ${b} of violating the ceasefire along the border.`,
  (a: string, b: string) => `${a} announced new sanctions against ${b} after the talks collapsed.`,
  (a: string, b: string) => `Officials in ${a} said exports to ${b} rose by 12 percent last year.`,
  (a: string, b: string, c: string) => `Protesters gathered in ${c} to demand that ${a} cut ties with ${b}.`,
  (a: string, b: string) => `${a} will host a summit with ${b} next month, the ministry said.`,
  (a: string, b: string) => `Analysts expect ${a} to increase military aid to ${b}.`,
];

/** n short, distinct news-like articles (JSONL-ready), the same for the same seed. */
export function syntheticArticles(n: number, seed = 7): Array<{ id: string; text: string; published: string; outlet: string }> {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const out = [];
  for (let i = 0; i < n; i++) {
    const a = pick(COUNTRIES);
    let b = pick(COUNTRIES);
    if (b === a) b = COUNTRIES[(COUNTRIES.indexOf(a) + 1) % COUNTRIES.length];
    const lines = [`${a} and ${b}: report ${i + 1}`];
    const k = 3 + Math.floor(rnd() * 4);
    for (let s = 0; s < k; s++) lines.push(pick(FRAMES)(rnd() < 0.5 ? a : b, rnd() < 0.5 ? b : pick(COUNTRIES), pick(CITIES)));
    lines.push(`${pick(PEOPLE)} said the talks in ${pick(CITIES)} were "constructive" and that ${i + 17} delegates took part.`);
    const day = 1 + Math.floor(rnd() * 28);
    out.push({ id: `syn-${String(i + 1).padStart(5, '0')}`, text: lines.join('\n\n'), published: `2024-03-${String(day).padStart(2, '0')}`, outlet: pick(['Wire One', 'Daily Two', 'Courier Three']) });
  }
  return out;
}
