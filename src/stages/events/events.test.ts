import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../../core/doc.js';
import { analyzeUpTo, slice } from '../../test-support/pipeline.js';

const run = (text: string) => analyzeUpTo(text, undefined, { published: '2024-05-02' });
/** Events as "TYPE SRC>TGT modality trigger" with country codes. */
const coded = (doc: Doc) => {
  const ents = new Map(doc.layers.entities!.map((e) => [e.id, e]));
  const c = (ids: string[]) => ids.map((id) => ents.get(id)?.country ?? '?').join('+');
  return doc.layers.events!.map((v) => `${v.type} ${c(v.source)}>${c(v.target)} ${v.modality} ${slice(doc, v.trigger)}`);
};

test('a visit: the visitor is the actor, the host the recipient, mode visit', () => {
  const doc = run('Georgian Prime Minister Irakli Kobakhidze visited Azerbaijan on Monday.');
  assert.deepEqual(coded(doc), ['CONSULT GEO>AZE asserted visited']);
  const v = doc.layers.events![0];
  assert.equal(v.mode, 'visit');
  assert.equal(v.cameo, '042');
});

test('a passive with an agent: "was criticised by France"', () => {
  const doc = run('Azerbaijan was criticized by France over the elections.');
  assert.deepEqual(coded(doc), ['ACCUSE FRA>AZE asserted criticized']);
});

test('leaving an alliance is a SANCTION on the organisation', () => {
  const doc = run('Armenia will leave the CSTO next year.');
  assert.deepEqual(coded(doc), ['SANCTION ARM>IGO planned leave']);
});

test('modality: negated, hypothetical, rumoured, speculative', () => {
  assert.deepEqual(coded(run('Turkey did not sign the deal with Greece.')), ['SUPPORT TUR>GRC negated sign']);
  const ifClause = coded(run('If talks fail, Serbia would impose sanctions on Kosovo.'));
  assert.ok(ifClause.some((e) => /^SANCTION SRB>\S* hypothetical impose$/.test(e)), ifClause.join('; '));
  assert.deepEqual(coded(run('There are rumours that Hungary blocked the sanctions against Russia.')).map((s) => s.split(' ').slice(0, 1).concat(s.split(' ')[2])), [['SANCTION', 'rumored']]);
  assert.deepEqual(coded(run('Obviously, Poland discussed the matter with Lithuania.')), ['CONSULT POL>LTU speculative discussed']);
});

test('time and place are attached from the sentence', () => {
  const doc = run('Chinese troops attacked positions in Ladakh on 3 May 2023.');
  const v = doc.layers.events![0];
  assert.equal(v.type, 'ASSAULT');
  if (doc.layers.times!.length) assert.equal(v.time?.value, '2023-05-03');
});

test('no event without a trigger; statements are not events', () => {
  assert.deepEqual(coded(run('The weather in Baku was warm and the markets were calm.')), []);
});

test('coordinated actors and recipients give one event per pair', () => {
  assert.deepEqual(coded(run('France and Germany condemned Russia on Monday.')).sort(), ['ACCUSE DEU>RUS asserted condemned', 'ACCUSE FRA>RUS asserted condemned']);
  const met = coded(run('Poland and Lithuania met on Tuesday.')).sort();
  assert.deepEqual(met, ['CONSULT LTU>POL asserted met', 'CONSULT POL>LTU asserted met']);
});

test('a group noun heading the subject takes its country: "soldiers from Turkey"', () => {
  const ev = coded(run('Soldiers from Turkey attacked positions in Syria.'));
  assert.ok(ev.some((e) => /^ASSAULT TUR>/.test(e)), ev.join('; '));
});

test('a reduced relative gives way to the main verb', () => {
  const ev = coded(run('Israel on Wednesday released a mayor from Nablus, a Hamas member jailed a year ago.'));
  assert.deepEqual(ev.map((e) => e.split(' ')[0]), ['RETREAT']);
});

test('a governing verb codes the event: "agreed to lift sanctions" is AGREE, "wants to attack" THREATEN', () => {
  assert.deepEqual(coded(run('Canada agreed to lift the sanctions on Iran.')).map((e) => e.split(' ')[0]), ['AGREE']);
  assert.deepEqual(coded(run('Turkey wants to attack Syria.')).map((e) => e.split(' ').slice(0, 2).join(' ')), ['THREATEN TUR>SYR']);
});

test('a passive without an agent: the subject is the recipient', () => {
  const ev = coded(run('Ten Russian soldiers were killed in the east.'));
  assert.ok(ev.every((e) => !/^ASSAULT RUS>/.test(e)), ev.join('; '));
});

test('a nominal visit takes its host from the visit it continues; pronouns stand for names', () => {
  const ev = coded(run('The visit to Azerbaijan was made by Russian Prime Minister Mikhail Mishustin. Mishustin’s visit is a sign of change.'));
  assert.deepEqual(ev.map((e) => e.split(' ').slice(0, 2).join(' ')), ['CONSULT RUS>AZE', 'CONSULT RUS>AZE']);
});
