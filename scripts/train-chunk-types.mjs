#!/usr/bin/env node
// Trains the entity stage's chunk-type classifier (an averaged perceptron) on WikiGold
// (CC-BY 4.0: Balasuriya, Ringland, Nothman, Murphy and Curran 2009), and writes
// models/chunk-types.json. Only WikiGold is learned from: evaluate on the dev sets, never train on them.
//
//   npm run build && node scripts/train-chunk-types.mjs [--train ../shared/eval/train/wikigold.jsonl] [--epochs 12]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createPipeline } from '../dist/pipeline/default.js';
import { insertsStage } from '../dist/stages/inserts/index.js';
import { originStage } from '../dist/stages/origin/index.js';
import { segmentStage } from '../dist/stages/segment/index.js';
import { recognise } from '../dist/stages/entities/recognise.js';
import { sentenceRanges } from '../dist/stages/entities/ranges.js';
import { train, predict } from '../dist/stages/entities/perceptron.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { train: { type: 'string', default: path.join(ROOT, '../shared/eval/train/wikigold.jsonl') }, epochs: { type: 'string', default: '12' }, out: { type: 'string', default: path.join(ROOT, 'models/chunk-types.json') } } });

const TYPE = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };
const docs = fs.readFileSync(values.train, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const pipeline = createPipeline({ stages: [insertsStage, originStage, segmentStage] });
const examples = [];
for (const g of docs) {
  const doc = pipeline.analyze(g.text, {}, g.id);
  const { tokens, sentences, paragraphs } = doc.layers;
  const ranges = sentenceRanges(tokens, sentences, paragraphs);
  const golds = (g.entities ?? []).filter((e) => TYPE[e.type]);
  recognise({
    tokens, ranges, kb: pipeline.ctx.kb,
    record(features, first, last) {
      const start = tokens[first].start;
      const end = tokens[last].end;
      // the gold name this chunk is (exactly, or mostly): its type; no overlap: not a name
      let label = 'O';
      let best = 0;
      for (const e of golds) {
        const ov = Math.min(end, e.end) - Math.max(start, e.start);
        if (ov > best && ov >= 0.5 * (end - start)) {
          best = ov;
          label = TYPE[e.type];
        }
      }
      examples.push({ features, label });
    },
  });
}
const labels = ['PER', 'ORG', 'LOC', 'MISC', 'O'];
const counts = Object.fromEntries(labels.map((l) => [l, examples.filter((e) => e.label === l).length]));
// held-out check inside WikiGold: train on 80%, test on 20%, then train on all
const cut = Math.floor(examples.length * 0.8);
const probe = train(examples.slice(0, cut), labels, Number(values.epochs));
const test = examples.slice(cut);
const acc = test.filter((e) => predict(probe, e.features).label === e.label).length / test.length;
const model = train(examples, labels, Number(values.epochs));
fs.mkdirSync(path.dirname(values.out), { recursive: true });
fs.writeFileSync(values.out, JSON.stringify({ ...model, source: 'WikiGold (CC-BY 4.0)', examples: examples.length }));
console.log(`chunks: ${examples.length} ${JSON.stringify(counts)}; held-out 20% accuracy ${acc.toFixed(3)}; features ${Object.keys(model.weights).length}; wrote ${path.relative(ROOT, values.out)} (${(fs.statSync(values.out).size / 1024).toFixed(0)} KiB)`);
