// Regression gate on the seed article: each layer's figure, scored by the shared scorer, must not
// drop below the floor reached so far. Floors only go up.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { toDocumentJson } from '../output/document-json.js';
import { createPipeline } from '../pipeline/default.js';

const FLOORS: Record<string, [string[], number]> = {
  inserts: [['inserts', 'exact', 'f1'], 1.0],
  entities: [['entities', 'exact', 'f1'], 0.99],
  times: [['times', 'value', 'f1'], 0.91],
  quantities: [['quantities', 'valueMatched', 'f1'], 1.0],
  quotes: [['quotes', 'content', 'f1'], 1.0],
  quoteSources: [['quotes', 'sourceAccuracy'], 1.0],
  events: [['events', 'type', 'f1'], 0.97],
  eventsFull: [['events', 'full', 'f1'], 0.97],
  // modality right on matched events, as a count: the accuracy's denominator grows with every new match
  eventsModalityCorrect: [['events', 'modalityCorrect'], 17],
};

const shared = path.resolve(process.cwd(), '../shared/eval');
const goldFile = path.join(shared, 'dev/seed.jsonl');
const available = fs.existsSync(goldFile);

test('seed: every layer at or above its floor', { skip: !available && !process.env.CI ? `no ${goldFile} on this machine` : false }, async () => {
  assert.ok(available, `${goldFile} is missing: CI needs ../shared beside the checkout`);
  const scorer = await import(pathToFileURL(path.join(shared, 'score.mjs')).href);
  const golds = scorer.readJsonl(goldFile, 'gold');
  const pipeline = createPipeline();
  const preds = golds.map((g: { id: string; text: string; published?: string }) => JSON.parse(JSON.stringify(toDocumentJson(pipeline.analyze(g.text, { published: g.published }, g.id)))));
  const res = scorer.score(golds, preds);
  const ev = res.layers.events;
  if (ev) ev.modalityCorrect = Math.round(ev.modalityAccuracy * ev.modalityN);
  const below: string[] = [];
  for (const [layer, [keys, floor]] of Object.entries(FLOORS)) {
    let x: unknown = res.layers;
    for (const k of keys) x = (x as Record<string, unknown>)?.[k];
    if (typeof x !== 'number' || x < floor) below.push(`${layer}: ${keys.join('.')} = ${x} < floor ${floor}`);
  }
  assert.deepEqual(below, []);
});
