#!/usr/bin/env node
// Trains the entity stage's chunk-type classifier (an averaged perceptron) on WikiGold
// (CC-BY 4.0: Balasuriya, Ringland, Nothman, Murphy and Curran 2009), and writes
// models/chunk-types.json. Only WikiGold is learned from: evaluate on the dev sets, never train on them.
//
//   npm run build && node scripts/train-chunk-types.mjs [--train ../shared/eval/train/wikigold.jsonl] [--epochs 12] [--build dist]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { train: { type: 'string', default: path.join(ROOT, '../shared/eval/train/wikigold.jsonl') }, epochs: { type: 'string', default: '12' }, out: { type: 'string', default: path.join(ROOT, 'models/chunk-types.json') }, build: { type: 'string', default: 'dist' } } });
// the compiled project to train with (dist/ after `npm run build`, or a private tsc --outDir)
const load = (rel) => import(pathToFileURL(path.resolve(ROOT, values.build, rel)).href);
const { createPipeline } = await load('pipeline/default.js');
const { insertsStage } = await load('stages/inserts/index.js');
const { originStage } = await load('stages/origin/index.js');
const { segmentStage } = await load('stages/segment/index.js');
const { recognise } = await load('stages/entities/recognise.js');
const { sentenceRanges } = await load('stages/entities/ranges.js');
const { train, predict } = await load('stages/entities/perceptron.js');

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
// WikiGold is small, so one perceptron depends on the order it sees the examples in: average several
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const bagged = (exs) => {
  const models = SEEDS.map((seed) => train(exs, labels, Number(values.epochs), seed));
  const weights = {};
  for (const m of models) for (const [f, w] of Object.entries(m.weights)) {
    const acc = (weights[f] ??= labels.map(() => 0));
    w.forEach((x, i) => (acc[i] += x / models.length));
  }
  for (const w of Object.values(weights)) w.forEach((x, i) => (w[i] = Math.round(x * 1000) / 1000));
  return { labels, weights };
};
const probe = bagged(examples.slice(0, cut));
const test = examples.slice(cut);
const acc = test.filter((e) => predict(probe, e.features).label === e.label).length / test.length;
// confusion on the held-out part: gold label -> predicted label counts
const confusion = Object.fromEntries(labels.map((l) => [l, Object.fromEntries(labels.map((m) => [m, 0]))]));
for (const e of test) confusion[e.label][predict(probe, e.features).label]++;
if (process.env.VERBOSE) console.table(confusion);
const model = bagged(examples);
fs.mkdirSync(path.dirname(values.out), { recursive: true });
fs.writeFileSync(values.out, JSON.stringify({ ...model, source: 'WikiGold (CC-BY 4.0)', examples: examples.length }));
console.log(`chunks: ${examples.length} ${JSON.stringify(counts)}; held-out 20% accuracy ${acc.toFixed(3)}; features ${Object.keys(model.weights).length}; wrote ${path.relative(ROOT, values.out)} (${(fs.statSync(values.out).size / 1024).toFixed(0)} KiB)`);
