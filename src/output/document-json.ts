import type { Doc } from '../core/doc.js';
import type { Diagnostic, Entity, Event, Insert, Meta, Quantity, Quote, Span, Time } from '../core/types.js';

/** Document JSON v1: the public output. */
export interface DocumentJson {
  schema: 'sift/document@1';
  id: string;
  text: string;
  meta: Meta;
  sentences: Span[];
  paragraphs: Array<Span & { role: string }>;
  entities: Entity[];
  events: Event[];
  quotes: Quote[];
  quantities: Quantity[];
  times: Time[];
  inserts: Insert[];
  diagnostics: Diagnostic[];
}

export function toDocumentJson(doc: Doc): DocumentJson {
  const l = doc.layers;
  return {
    schema: 'sift/document@1',
    id: doc.id,
    text: doc.text,
    meta: { ...doc.meta },
    sentences: (l.sentences ?? []).map((s) => ({ start: s.start, end: s.end })),
    paragraphs: (l.paragraphs ?? []).map((p) => ({ start: p.start, end: p.end, role: p.role })),
    entities: l.entities ?? [],
    events: l.events ?? [],
    quotes: l.quotes ?? [],
    quantities: l.quantities ?? [],
    times: l.times ?? [],
    inserts: l.inserts ?? [],
    diagnostics: [...doc.diagnostics],
  };
}
