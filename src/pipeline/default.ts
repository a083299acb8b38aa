import { createDoc, type Doc } from '../core/doc.js';
import type { Meta } from '../core/types.js';
import { defaultKnowledge, Knowledge, type ActorRecord } from '../kb/index.js';
import { entitiesStage } from '../stages/entities/index.js';
import { eventsStage } from '../stages/events/index.js';
import { insertsStage } from '../stages/inserts/index.js';
import { originStage } from '../stages/origin/index.js';
import { quantitiesStage } from '../stages/quantities/index.js';
import { quotesStage } from '../stages/quotes/index.js';
import { segmentStage } from '../stages/segment/index.js';
import { timesStage } from '../stages/times/index.js';
import { voiceStage } from '../stages/voice/index.js';
import type { Stage, StageContext } from './define-stage.js';
import { makePlan, type Plan } from './plan.js';
import { runPlan, type RunOptions } from './run.js';

/** The stages of a full analysis, in order. */
export const DEFAULT_STAGES: readonly Stage[] = [
  insertsStage,
  originStage,
  segmentStage,
  entitiesStage,
  timesStage,
  quotesStage,
  voiceStage,
  quantitiesStage,
  eventsStage,
];

export interface PipelineOptions extends RunOptions {
  stages?: readonly Stage[];
  actors?: ActorRecord[];
  options?: Record<string, unknown>;
}

export interface Pipeline {
  readonly plan: Plan;
  readonly ctx: StageContext;
  run(doc: Doc): Doc;
  analyze(text: string, meta?: Meta, id?: string): Doc;
}

/** A checked, frozen pipeline. */
export function createPipeline(opts: PipelineOptions = {}): Pipeline {
  const plan = makePlan(opts.stages ?? DEFAULT_STAGES);
  const kb = opts.actors?.length ? new Knowledge(opts.actors) : defaultKnowledge();
  const ctx: StageContext = Object.freeze({ kb, options: Object.freeze({ ...(opts.options ?? {}) }) });
  const run = (doc: Doc) => runPlan(plan, doc, ctx, opts);
  return Object.freeze({ plan, ctx, run, analyze: (text: string, meta?: Meta, id?: string) => run(createDoc(text, meta, id)) });
}
