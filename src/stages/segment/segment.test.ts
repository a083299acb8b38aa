import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeUpTo, slice } from '../../test-support/pipeline.js';

test('sentences never cross paragraphs, and every token slices to its text', () => {
  const text = 'Leaders Meet In Geneva\nThe U.S. envoy arrived on Monday. He met Dr. Smith at 10 a.m.\n\nTalks ended.';
  const doc = analyzeUpTo(text, 'segment');
  const sentences = doc.layers.sentences!.map((s) => slice(doc, s));
  assert.deepEqual(sentences, ['Leaders Meet In Geneva', 'The U.S. envoy arrived on Monday.', 'He met Dr. Smith at 10 a.m.', 'Talks ended.']);
  for (const t of doc.layers.tokens!) assert.equal(slice(doc, t), t.text);
  const arrived = doc.layers.tokens!.find((t) => t.text === 'arrived')!;
  assert.equal(arrived.pos, 'VERB');
  assert.equal(arrived.lemma, 'arrive');
});
