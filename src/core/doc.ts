import { createHash } from 'node:crypto';
import type { Diagnostic, LayerName, Layers, Meta } from './types.js';

/** One article: its source text, what is known about it, and the layers stages have produced. Never mutated. */
export interface Doc {
  readonly id: string;
  readonly text: string;
  readonly meta: Readonly<Meta>;
  readonly layers: Readonly<Partial<Layers>>;
  readonly diagnostics: readonly Diagnostic[];
}

/** A stable id for a text without one: the first 16 hex digits of its SHA-256. */
export function contentId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export function createDoc(text: string, meta: Meta = {}, id?: string): Doc {
  return Object.freeze({
    id: id ?? contentId(text),
    text,
    meta: Object.freeze({ language: 'en', ...meta }),
    layers: Object.freeze({}),
    diagnostics: Object.freeze([]) as readonly Diagnostic[],
  });
}

/** A new Doc with `layers` added (or replaced) and `diagnostics` appended. */
export function withLayers(doc: Doc, layers: Partial<Layers>, diagnostics: readonly Diagnostic[] = [], meta?: Meta): Doc {
  return Object.freeze({
    ...doc,
    meta: meta ? Object.freeze({ ...doc.meta, ...meta }) : doc.meta,
    layers: Object.freeze({ ...doc.layers, ...layers }),
    diagnostics: diagnostics.length ? Object.freeze([...doc.diagnostics, ...diagnostics]) : doc.diagnostics,
  });
}

/** A layer a stage declared it requires; throws a clear error if the plan was bypassed. */
export function need<K extends LayerName>(doc: Doc, name: K): Layers[K] {
  const layer = doc.layers[name];
  if (layer === undefined) throw new Error(`layer "${name}" is missing: the stage was run without the stage that produces it`);
  return layer as Layers[K];
}
