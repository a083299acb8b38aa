import type { Doc } from '../core/doc.js';
import type { Diagnostic, LayerName, Layers, Meta } from '../core/types.js';
import type { Knowledge } from '../kb/index.js';

/** Everything a stage may consult besides the Doc. */
export interface StageContext {
  readonly kb: Knowledge;
  readonly options: Readonly<Record<string, unknown>>;
}

/** What a stage returns: the layers it produces, and optionally diagnostics and meta fields. */
export interface StageOutput {
  layers: Partial<Layers>;
  diagnostics?: Diagnostic[];
  meta?: Meta;
}

export interface Stage {
  /** Registered name, e.g. "entities". */
  readonly name: string;
  /** Bumped whenever output changes for the same input. */
  readonly version: number;
  readonly requires: readonly LayerName[];
  readonly produces: readonly LayerName[];
  run(doc: Doc, ctx: StageContext): StageOutput;
}

/** Declares a stage; freezes it so a pipeline cannot change under you. */
export function defineStage(stage: Stage): Stage {
  if (!stage.produces.length) throw new Error(`stage ${stage.name} produces nothing`);
  return Object.freeze({ ...stage, requires: Object.freeze([...stage.requires]), produces: Object.freeze([...stage.produces]) });
}
