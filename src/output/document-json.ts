import type { Doc } from '../core/doc.js';
import type { Diagnostic, Entity, Event, Insert, Meta, Quantity, Quote, SentenceVoice, Span, Time, Voice } from '../core/types.js';

/** A sentence with its voice (when the voice stage ran): whose words it speaks, and the words that show it. */
export interface SentenceJson extends Span {
  voice?: Voice;
  voiceCue?: SentenceVoice['cue'];
  quote?: string;
}

/** Document JSON v1: the public output. */
export interface DocumentJson {
  schema: 'sift/document@1';
  id: string;
  text: string;
  meta: Meta;
  sentences: SentenceJson[];
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
    sentences: (l.sentences ?? []).map((s, i) => {
      const v = l.voices?.[i];
      const out: SentenceJson = { start: s.start, end: s.end };
      if (v) {
        out.voice = v.voice;
        if (v.cue) out.voiceCue = v.cue;
        if (v.quote) out.quote = v.quote;
      }
      return out;
    }),
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
