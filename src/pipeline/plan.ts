import { ErrorCodes, SiftError } from '../core/errors.js';
import type { LayerName } from '../core/types.js';
import type { Stage } from './define-stage.js';

export interface Plan {
  readonly stages: readonly Stage[];
}

/**
 * Checks, before anything runs, that every stage's requirements are produced by an earlier
 * stage and that no layer is produced twice. Lists every problem at once.
 */
export function makePlan(stages: readonly Stage[]): Plan {
  const produced = new Map<LayerName, string>();
  const problems: string[] = [];
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) problems.push(`stage "${stage.name}" appears twice`);
    names.add(stage.name);
    const missing = stage.requires.filter((l) => !produced.has(l));
    if (missing.length) problems.push(`stage "${stage.name}" requires ${missing.map((m) => `"${m}"`).join(', ')}, which no earlier stage produces`);
    for (const l of stage.produces) {
      const by = produced.get(l);
      if (by) problems.push(`layer "${l}" is produced by both "${by}" and "${stage.name}"`);
      else produced.set(l, stage.name);
    }
  }
  if (problems.length) throw new SiftError(ErrorCodes.PLAN_UNMET, `the pipeline cannot run:\n  - ${problems.join('\n  - ')}`);
  return Object.freeze({ stages: Object.freeze([...stages]) });
}
