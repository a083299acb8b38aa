import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeUpTo, slice } from '../../test-support/pipeline.js';

test('a credit line naming the first publisher becomes meta.origin with evidence', () => {
  const text = 'Ministers met in Oslo on Monday.\nDetails – in the material of the correspondent of The Baltic Courier.\nThe talks went on.';
  const doc = analyzeUpTo(text, 'origin');
  assert.equal(doc.meta.origin?.outlet, 'The Baltic Courier');
  assert.equal(slice(doc, doc.meta.origin!.evidence), 'Details – in the material of the correspondent of The Baltic Courier.');
  assert.deepEqual(doc.layers.paragraphs!.map((p) => p.role), ['body', 'origin', 'body']);
});

test('other credit forms', () => {
  for (const [line, outlet] of [
    ['This article was originally published by Nordic Wire.', 'Nordic Wire'],
    ['Republished with permission from The Harbour Times.', 'The Harbour Times'],
    ['Source: Caspian Daily', 'Caspian Daily'],
  ]) {
    const doc = analyzeUpTo(`The vote was held.\n${line}`, 'origin');
    assert.equal(doc.meta.origin?.outlet, outlet, line);
  }
});

test('photo captions, headlines and body text are told apart', () => {
  const text = 'Border talks resume\nThe two delegations met in Tbilisi.\nThe ministers in Tbilisi. Photo: https://img.example.org/2024/03/0567_1920x0.jpg\nThey agreed to meet again.';
  const doc = analyzeUpTo(text, 'origin');
  assert.deepEqual(doc.layers.paragraphs!.map((p) => p.role), ['headline', 'body', 'caption', 'body']);
  assert.equal(doc.meta.origin, undefined);
});
