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

test('no sentence break after a title, inside a party tag, before a closing mark or a lower-case continuation', () => {
  const text =
    'Sens. Tom Aldana and Rita Moy spoke first. Reps. Ann Lee (D-N.Y.) and Bo Hart (R-Calif.) endorsed him. “That is a problem,” said Rep. Jo Dunn (D-S.C.), a whip. ' +
    "''We are not leaving.'' Mr. Ruiz said: ''The vote is over.'' Pres. Kagame spoke. He lives in Tacoma, Wash. It rained.";
  const doc = analyzeUpTo(text, 'segment');
  assert.deepEqual(doc.layers.sentences!.map((s) => slice(doc, s)), [
    'Sens. Tom Aldana and Rita Moy spoke first.',
    'Reps. Ann Lee (D-N.Y.) and Bo Hart (R-Calif.) endorsed him.',
    '“That is a problem,” said Rep. Jo Dunn (D-S.C.), a whip.',
    "''We are not leaving.''",
    "Mr. Ruiz said: ''The vote is over.''",
    'Pres. Kagame spoke.',
    'He lives in Tacoma, Wash.',
    'It rained.',
  ]);
});

test('an outlet web name glued by a full stop is one sentence; a careless missing space still breaks', () => {
  const doc = analyzeUpTo('Baku, however, insists that the talks go on, News.Az reports. The war ended.It was over.', 'segment');
  assert.deepEqual(doc.layers.sentences!.map((s) => slice(doc, s)), [
    'Baku, however, insists that the talks go on, News.Az reports.',
    'The war ended.',
    'It was over.',
  ]);
});

test('a word with letters outside Latin-1 is one token, whatever wink cuts it into', () => {
  const text = 'Trains from Toruń reached Łódź and Košice late. Gdańsk waited.';
  const doc = analyzeUpTo(text, 'segment');
  const words = doc.layers.tokens!.map((t) => t.text);
  for (const w of ['Toruń', 'Łódź', 'Košice', 'Gdańsk']) assert.ok(words.includes(w), `${w} in ${words.join(' | ')}`);
  assert.equal(doc.layers.tokens!.find((t) => t.text === 'Łódź')!.pos, 'PROPN');
  for (const t of doc.layers.tokens!) assert.equal(slice(doc, t), t.text);
  assert.deepEqual(doc.layers.sentences!.map((s) => slice(doc, s)), ['Trains from Toruń reached Łódź and Košice late.', 'Gdańsk waited.']);
});
