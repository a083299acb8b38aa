import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeUpTo, slice } from '../../test-support/pipeline.js';
import { detectInserts } from './detect.js';

test('asterisk markers are inserts, from ( to ), attached to the word before', () => {
  const text = 'Talks with Iran (*rogue state) stalled, and Lavrov (*war criminal) left.';
  const ins = detectInserts(text);
  assert.deepEqual(ins.map((i) => text.slice(i.start, i.end)), ['(*rogue state)', '(*war criminal)']);
  assert.deepEqual(ins.map((i) => i.label), ['rogue state', 'war criminal']);
  assert.deepEqual(ins.map((i) => (i.attachedTo ? text.slice(i.attachedTo.start, i.attachedTo.end) : null)), ['Iran', 'Lavrov']);
});

test('editor notes in brackets are inserts', () => {
  const text = 'The minister [Editor’s note: since dismissed] spoke. He said so (ed.).';
  const ins = detectInserts(text.replace('’', "'"));
  assert.equal(ins.length, 2);
});

test('a lower-case label repeated after names is an insert; ordinary asides are not', () => {
  const text = 'Moscow (occupier) said. Then Moscow (occupier) left. Moscow (occupier) again. The plan (as announced) failed. The NATO (North Atlantic Treaty Organization) summit. Prices rose (by 5%).';
  const ins = detectInserts(text);
  assert.deepEqual(ins.map((i) => text.slice(i.start, i.end)), ['(occupier)', '(occupier)', '(occupier)']);
});

test('later stages read the text as if inserts were absent, with offsets into the original', () => {
  const text = 'Russia (*aggressor country)’s share fell. Russia (*aggressor country) said.';
  const doc = analyzeUpTo(text, 'entities');
  assert.equal(doc.layers.view!.text, 'Russia’s share fell. Russia said.');
  const russia = doc.layers.entities!.find((e) => e.name === 'Russia')!;
  assert.deepEqual(russia.mentions.map((m) => slice(doc, m)), ['Russia', 'Russia']);
  for (const t of doc.layers.tokens!) assert.ok(!slice(doc, t).includes('(*') || slice(doc, t).length > t.text.length);
  assert.ok(doc.layers.sentences!.every((s) => !slice(doc, s).startsWith(' ')));
});
