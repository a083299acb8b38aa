import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../../core/doc.js';
import type { Voice } from '../../core/types.js';
import { createPipeline } from '../../pipeline/default.js';
import { toDocumentJson } from '../../output/document-json.js';
import { entitiesStage } from '../entities/index.js';
import { insertsStage } from '../inserts/index.js';
import { originStage } from '../origin/index.js';
import { quotesStage } from '../quotes/index.js';
import { segmentStage } from '../segment/index.js';
import { timesStage } from '../times/index.js';
import { voiceStage } from './index.js';

const pipeline = createPipeline({ stages: [insertsStage, originStage, segmentStage, entitiesStage, timesStage, quotesStage, voiceStage], rethrow: true });

/** Each sentence's text with its voice and the words that showed it. */
function voices(text: string): Array<{ sentence: string; voice: Voice; cue?: string; quote?: string }> {
  const doc: Doc = pipeline.analyze(text, { published: '2024-03-07' });
  const sentences = doc.layers.sentences ?? [];
  return (doc.layers.voices ?? []).map((v) => ({ sentence: text.slice(sentences[v.sentence].start, sentences[v.sentence].end), voice: v.voice, cue: v.cue?.text, quote: v.quote }));
}

test('plain reporting is the author asserting', () => {
  const [v] = voices('The Georgian parliament approved the budget on Tuesday.');
  assert.equal(v.voice, 'asserted');
  assert.equal(v.cue, undefined);
});

test('a sentence carrying what someone said is reported speech, linked to the quote', () => {
  const out = voices('The finance minister said that the deficit would shrink next year. Markets rose.');
  assert.deepEqual(out.map((v) => v.voice), ['reported', 'asserted']);
  assert.equal(out[0].cue, 'said');
  assert.match(out[0].quote ?? '', /^q/);
});

test('hedges and judgements in the author\'s own words make a sentence speculative', () => {
  const out = voices('Obviously, the talks are about weapons. The minister would probably not object. This plan is absurd.');
  assert.deepEqual(out.map((v) => [v.voice, v.cue]), [['speculative', 'Obviously'], ['speculative', 'would probably'], ['speculative', 'absurd']]);
});

test('the writer\'s own asides ("it should be noted that", "let us recall that") are assertions, not reports', () => {
  const vs = voices('It should be noted that the Kremlin has not commented. Let us recall that the ceasefire was signed in 2020. Armenia should leave the alliance.');
  assert.deepEqual(vs.map((v) => v.voice), ['asserted', 'asserted', 'speculative']);
});

test('a sentence the author credits to an outlet ("As reported by X, ...") is reported', () => {
  const [v] = voices('As reported by the Moldovan edition Newsmaker, the government has already approved a plan.');
  assert.equal(v.voice, 'reported');
  assert.equal(v.cue, 'As reported by');
});

test('markers inside a quote belong to the speaker, not the author', () => {
  const [v] = voices('"This is obviously nonsense," the spokesman said.');
  assert.equal(v.voice, 'reported');
});

test('a plan or wish ascribed to someone is the author stating it, not reported speech', () => {
  const [v] = voices('Baku wants unimpeded passage through the corridor.');
  assert.equal(v.voice, 'asserted');
});

test('hearsay with no owner is rumour', () => {
  const out = voices('There are rumors that the president intends to resign. The ship was reportedly hit by a drone.');
  assert.deepEqual(out.map((v) => v.voice), ['rumored', 'rumored']);
  assert.equal(out[1].cue, 'reportedly');
});

test('the author asking is a question; a quoted question is reported', () => {
  const [first, ...rest] = voices('Who will pay for the bridge? "Who will pay?" the mayor asked.');
  assert.equal(first.voice, 'question');
  // the segmenter may split the quoted question from its cue: every piece is still reported
  assert.ok(rest.length >= 1 && rest.every((v) => v.voice === 'reported'), JSON.stringify(rest));
});

test('Document JSON carries the voice on each sentence, with its cue and quote', () => {
  const text = 'Obviously, the deal is dead. The envoy said the talks had failed.';
  const json = toDocumentJson(pipeline.analyze(text));
  assert.equal(json.sentences.length, 2);
  assert.equal(json.sentences[0].voice, 'speculative');
  assert.deepEqual(json.sentences[0].voiceCue && text.slice(json.sentences[0].voiceCue.start, json.sentences[0].voiceCue.end), 'Obviously');
  assert.equal(json.sentences[1].voice, 'reported');
  assert.ok(json.quotes.some((q) => q.id === json.sentences[1].quote));
});

test('editorial inserts do not shift the cue offsets', () => {
  const text = 'Russia (*aggressor country) probably wants the base back.';
  const json = toDocumentJson(createPipeline({ rethrow: true }).analyze(text));
  const cue = json.sentences[0].voiceCue;
  assert.equal(json.sentences[0].voice, 'speculative');
  assert.equal(cue && text.slice(cue.start, cue.end), 'probably');
});
