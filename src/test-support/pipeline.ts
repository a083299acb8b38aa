import type { Doc } from '../core/doc.js';
import type { Meta } from '../core/types.js';
import type { Stage } from '../pipeline/define-stage.js';
import { createPipeline, DEFAULT_STAGES } from '../pipeline/default.js';

/** Runs the stages up to and including `upTo` (all by default) on a text, re-throwing stage errors. */
export function analyzeUpTo(text: string, upTo?: string, meta: Meta = {}): Doc {
  const end = upTo ? DEFAULT_STAGES.findIndex((s) => s.name === upTo) : DEFAULT_STAGES.length - 1;
  if (end < 0) throw new Error(`no stage named ${upTo}`);
  const stages: Stage[] = DEFAULT_STAGES.slice(0, end + 1);
  return createPipeline({ stages, rethrow: true }).analyze(text, meta);
}

/** The text of a span. */
export const slice = (doc: Doc, s: { start: number; end: number }) => doc.text.slice(s.start, s.end);
