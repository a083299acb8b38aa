import { withLayers, type Doc } from '../core/doc.js';
import { ErrorCodes } from '../core/errors.js';
import type { LayerName } from '../core/types.js';
import type { Plan } from './plan.js';
import type { StageContext } from './define-stage.js';

export interface RunOptions {
  /** Re-throw a stage's exception instead of recording it (tests). */
  rethrow?: boolean;
  /** Called after each stage with its wall time in milliseconds (benchmarks). */
  onStage?: (name: string, ms: number) => void;
}

/**
 * Runs the plan on one Doc. A stage that throws becomes a `fatal` diagnostic on this document;
 * the stages that needed its layers are skipped with a note, the others still run.
 */
export function runPlan(plan: Plan, doc: Doc, ctx: StageContext, opts: RunOptions = {}): Doc {
  const failed = new Set<LayerName>();
  for (const stage of plan.stages) {
    const blocked = stage.requires.filter((l) => failed.has(l));
    if (blocked.length) {
      stage.produces.forEach((l) => failed.add(l));
      doc = withLayers(doc, {}, [{ severity: 'warning', stage: stage.name, code: ErrorCodes.STAGE_SKIPPED, message: `skipped: ${blocked.join(', ')} missing after an earlier failure` }]);
      continue;
    }
    const t0 = opts.onStage ? performance.now() : 0;
    try {
      const out = stage.run(doc, ctx);
      const missing = stage.produces.filter((l) => out.layers[l] === undefined);
      if (missing.length) throw new Error(`stage did not produce ${missing.join(', ')}`);
      doc = withLayers(doc, out.layers, out.diagnostics ?? [], out.meta);
    } catch (err) {
      if (opts.rethrow) throw err;
      stage.produces.forEach((l) => failed.add(l));
      const message = err instanceof Error ? err.message : String(err);
      doc = withLayers(doc, {}, [{ severity: 'fatal', stage: stage.name, code: ErrorCodes.STAGE_FAILED, message: `${stage.name}@${stage.version} failed: ${message}` }]);
    }
    if (opts.onStage) opts.onStage(stage.name, performance.now() - t0);
  }
  return doc;
}
