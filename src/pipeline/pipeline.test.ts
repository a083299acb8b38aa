import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc } from '../core/doc.js';
import { SiftError } from '../core/errors.js';
import { defaultKnowledge } from '../kb/index.js';
import { insertsStage } from '../stages/inserts/index.js';
import { originStage } from '../stages/origin/index.js';
import { segmentStage } from '../stages/segment/index.js';
import { defineStage } from './define-stage.js';
import { createPipeline, DEFAULT_STAGES } from './default.js';
import { makePlan } from './plan.js';
import { runPlan } from './run.js';

test('the default plan is valid', () => {
  assert.equal(makePlan(DEFAULT_STAGES).stages.length, DEFAULT_STAGES.length);
});

test('a plan with unmet requirements is refused, listing every problem', () => {
  const err = (() => {
    try {
      makePlan([segmentStage, insertsStage, insertsStage]);
    } catch (e) {
      return e as SiftError;
    }
    throw new Error('no error');
  })();
  assert.ok(err instanceof SiftError);
  assert.equal(err.code, 'plan-unmet');
  assert.match(err.message, /"segment" requires "view", "paragraphs"/);
  assert.match(err.message, /"inserts" appears twice/);
  assert.match(err.message, /layer "inserts" is produced by both/);
});

const boom = defineStage({
  name: 'boom',
  version: 1,
  requires: ['view'],
  produces: ['paragraphs'],
  run() {
    throw new Error('kaput');
  },
});

test('a failing stage becomes a fatal diagnostic; stages that need its layer are skipped', () => {
  const plan = makePlan([insertsStage, boom, segmentStage]);
  const doc = runPlan(plan, createDoc('Hello there.'), { kb: defaultKnowledge(), options: {} });
  assert.deepEqual(doc.diagnostics.map((d) => [d.severity, d.stage, d.code]), [
    ['fatal', 'boom', 'stage-failed'],
    ['warning', 'segment', 'stage-skipped'],
  ]);
  assert.match(doc.diagnostics[0].message, /kaput/);
  assert.ok(doc.layers.inserts, 'earlier layers are kept');
  assert.equal(doc.layers.sentences, undefined);
});

test('in tests a failing stage re-throws', () => {
  const p = createPipeline({ stages: [insertsStage, boom], rethrow: true });
  assert.throws(() => p.analyze('Hello.'), /kaput/);
});

test('Docs are immutable and each stage adds layers to a new Doc', () => {
  const p = createPipeline({ stages: [insertsStage, originStage], rethrow: true });
  const before = createDoc('A text.');
  const after = p.run(before);
  assert.notEqual(before, after);
  assert.deepEqual(Object.keys(before.layers), []);
  assert.deepEqual(Object.keys(after.layers).sort(), ['inserts', 'paragraphs', 'view']);
  assert.throws(() => {
    (after as { text: string }).text = 'x';
  }, TypeError);
});
