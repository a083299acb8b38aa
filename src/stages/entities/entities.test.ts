import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../../core/doc.js';
import type { Entity } from '../../core/types.js';
import { analyzeUpTo, slice } from '../../test-support/pipeline.js';

const run = (text: string) => analyzeUpTo(text, 'entities', { published: '2024-05-02' });
const byName = (doc: Doc, name: string): Entity => {
  const e = doc.layers.entities!.find((x) => x.name === name);
  assert.ok(e, `no entity "${name}" in ${doc.layers.entities!.map((x) => x.name).join(', ')}`);
  return e;
};
const names = (doc: Doc, e: Entity) => e.mentions.map((m) => `${slice(doc, m)}/${m.kind}`);

test('titles are roles, not names; the nationality before them is a NORP and gives the country', () => {
  const doc = run('Georgian Foreign Minister Nino Beridze met Chinese President Li Wen in Tbilisi. Beridze said the talks were useful.');
  const nino = byName(doc, 'Nino Beridze');
  assert.equal(nino.type, 'PERSON');
  assert.equal(nino.country, 'GEO');
  assert.equal(nino.sector, 'GOV');
  assert.deepEqual(nino.roles!.map((r) => [r.title, slice(doc, r.evidence)]), [['Foreign Minister', 'Georgian Foreign Minister']]);
  assert.deepEqual(names(doc, nino), ['Nino Beridze/name', 'Beridze/name']);
  assert.equal(byName(doc, 'Li Wen').country, 'CHN');
  assert.equal(byName(doc, 'Georgian').type, 'NORP');
});

test('"Title of Organisation Person": the organisation and the person are split', () => {
  const doc = run('The statement came from the Secretary of the National Security Council of Moldova Ion Rusu on Tuesday.');
  const org = byName(doc, 'National Security Council of Moldova');
  assert.equal(org.type, 'ORG');
  assert.equal(org.country, 'MDA');
  const ion = byName(doc, 'Ion Rusu');
  assert.equal(ion.country, 'MDA');
  assert.equal(ion.roles![0].title, 'Secretary');
  assert.equal(ion.roles![0].of, org.id);
});

test('a capital standing for its government is a metonym of the state; used as a place it stays a place', () => {
  const doc = run('Tbilisi intends to join the alliance, officials said. Protesters gathered in Tbilisi on Friday.');
  const georgia = byName(doc, 'Georgia');
  assert.deepEqual(names(doc, georgia), ['Tbilisi/metonym']);
  const city = doc.layers.entities!.find((e) => e.type === 'GPE' && e.mentions.some((m) => m.kind === 'name' && slice(doc, m) === 'Tbilisi'))!;
  assert.ok(city.geo && Math.abs(city.geo.lat - 41.69) < 0.2 && Math.abs(city.geo.lon - 44.83) < 0.2, JSON.stringify(city.geo));
  assert.equal(city.country, 'GEO');
});

test('seats of power stand for states', () => {
  const doc = run('The Kremlin said the talks would continue.');
  assert.deepEqual(names(doc, byName(doc, 'Russia')), ['Kremlin/metonym']);
});

test('organisations: acronyms and full names are one IGO; national bodies get their country', () => {
  const doc = run('The European Union warned Minsk. The EU also said the Belarusian Defense Ministry and the Armed Forces of Belarus were on alert.');
  const eu = byName(doc, 'European Union');
  assert.equal(eu.country, 'IGO');
  assert.deepEqual(names(doc, eu), ['European Union/name', 'EU/name']);
  assert.equal(byName(doc, 'Belarusian Defense Ministry').country, 'BLR');
  assert.equal(byName(doc, 'Belarusian Defense Ministry').sector, 'MIL');
  assert.equal(byName(doc, 'Armed Forces of Belarus').country, 'BLR');
});

test('facilities, laws, regions and compound groups', () => {
  const doc = run('Cargo moved through Batumi port and the 12th base, under the Tbilisi Accord, toward the Black Sea; Turkish-Georgian trade grew.');
  assert.equal(byName(doc, 'Batumi port').type, 'FAC');
  assert.equal(byName(doc, '12th base').type, 'FAC');
  assert.equal(byName(doc, 'Tbilisi Accord').type, 'LAW');
  assert.equal(byName(doc, 'Black Sea').type, 'LOC');
  assert.equal(byName(doc, 'Turkish-Georgian').type, 'NORP');
});

test('sentence-initial capitals and headlines make no junk', () => {
  const doc = run('Obviously the plan failed.\nJoint exercises began on Monday.\nMeanwhile Chisinau waited.');
  assert.deepEqual(doc.layers.entities!.map((e) => e.name), ['Moldova']);
});

test('places resolve to coordinates with the article as context', () => {
  const doc = run('French police searched homes in Paris and Lyon after the vote in France.');
  const paris = byName(doc, 'Paris');
  assert.equal(paris.geo?.country, 'FRA');
  assert.ok(Math.abs(paris.geo!.lat - 48.85) < 0.2);
});

test('a title-only reference is a nominal mention of the person holding it', () => {
  const doc = run('Armenian Prime Minister Nikol Pashinyan spoke on Monday. Later the Armenian prime minister left.');
  const p = byName(doc, 'Nikol Pashinyan');
  assert.deepEqual(names(doc, p), ['Nikol Pashinyan/name', 'the Armenian prime minister/nominal']);
});

test('"the organization" refers back to the organisation named just before', () => {
  const doc = run('Serbia left the Central European Free Trade Agreement and joined the CSTO. Later it suspended its role in the organization.');
  const csto = byName(doc, 'Collective Security Treaty Organization');
  assert.deepEqual(names(doc, csto), ['CSTO/name', 'the organization/nominal']);
});
