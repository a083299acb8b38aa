import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CorpusEvent } from '../store/store.js';
import { actorCode, actorKey, splitActorCode } from './actors.js';
import { cameoFacts, chooseEvent, eventDate, mergeKey } from './events.js';
import { GDELT_EVENT_COLUMNS, gdeltEventRow, gdeltTimestamp } from './gdelt.js';
import { bands, signature, similarity, words } from './near-duplicates.js';
import { normMeasure, seriesKey } from './series.js';

test('actor keys: kb ids across articles, else type and normalised name', () => {
  assert.equal(actorKey({ kb: 'country:ARM', type: 'GPE', name: 'Armenia' }), 'kb:country:ARM');
  assert.equal(actorKey({ type: 'PERSON', name: 'Nikol  Pashinyán' }), 'PERSON:nikol pashinyan');
  assert.equal(actorCode({ country: 'ARM', sector: 'GOV' }), 'ARMGOV');
  assert.equal(actorCode({ kb: 'actor:PSEREBHMS' }), 'PSEREBHMS');
  assert.equal(actorCode({ country: 'IGO', sector: 'IGO' }), 'IGO');
  assert.deepEqual(splitActorCode('PSEREBHMS'), { countryCode: 'PSE', knownGroupCode: 'HMS', types: ['REB'] });
  assert.deepEqual(splitActorCode('GOV'), { countryCode: '', knownGroupCode: '', types: ['GOV'] });
});

test('events: CAMEO facts, dates, merge keys and the date window', () => {
  assert.deepEqual(cameoFacts('0431', 'CONSULT'), { eventCode: '0431', baseCode: '043', rootCode: '04', quadClass: 1, goldstein: 2.8 });
  assert.equal(cameoFacts(undefined, 'ASSAULT').quadClass, 4);
  assert.equal(eventDate({ time: { value: '2024-03-02' } }, '2024-03-05'), '2024-03-02');
  assert.equal(eventDate({ time: { value: '2024-FA' } }, '2024-03-05'), '2024-03-05');
  assert.equal(mergeKey('CONSULT', ['b', 'a', 'a'], ['c'], 'x'), 'CONSULT|a,b|c');
  assert.equal(mergeKey('CONSULT', [], [], 'doc#v1'), 'solo|doc#v1');
  const cands = [{ id: 1, day: 100, placeActor: null }, { id: 2, day: 103, placeActor: 7 }];
  assert.equal(chooseEvent(cands, 102, 7)?.id, 2);
  assert.equal(chooseEvent(cands, 101, null)?.id, 1);
  assert.equal(chooseEvent(cands, 110, null), null);
  assert.equal(chooseEvent([{ id: 3, day: 100, placeActor: 5 }], 100, 6), null);
});

test('near-copies: inserts removed, a few words changed still similar, other texts not', () => {
  const a = 'The ministry said on Monday that the new border crossing between the two countries would open next spring after years of negotiations and repeated delays over funding and customs rules. Local traders welcomed the decision, saying the closure had cost them customers, while the opposition asked who would pay for the new road and the customs post.';
  const b = a.replace('Monday', 'Tuesday').replace('spring', 'summer').replace('two countries', 'two countries (*aggressor country)');
  const insert = b.indexOf('(*aggressor country)');
  assert.deepEqual(words('Hello (*x) world', [{ start: 6, end: 10 }]), ['hello', 'world']);
  const sa = signature(a);
  const sb = signature(b, [{ start: insert, end: insert + '(*aggressor country)'.length }]);
  assert.ok(similarity(sa, sb) > 0.6, `similar: ${similarity(sa, sb)}`);
  assert.ok(bands(sa).some((x) => bands(sb).includes(x)));
  assert.ok(similarity(sa, signature('Chile and Peru agreed to reopen the northern border crossing for trucks after a month of talks in Lima.')) < 0.2);
});

test('series keys: the measure without determiners, with unit and rate', () => {
  assert.equal(normMeasure("the country's inflation rate"), "country's inflation rate");
  assert.equal(seriesKey('The inflation', '%', undefined), 'inflation|%|');
  assert.equal(seriesKey('   ', '%', undefined), null);
});

test('GDELT rows: 61 columns, dates and codes in place', () => {
  const e: CorpusEvent = {
    id: 7, type: 'CONSULT', cameo: '042', baseCode: '042', rootCode: '04', quadClass: 1, goldstein: 1.9, mode: 'visit', date: '2024-03-05',
    source: [{ id: 1, name: 'Armenia', type: 'GPE', code: 'ARM', country: 'ARM', sector: null, kb: 'country:ARM', geo: { lat: 40, lon: 45 } }],
    target: [{ id: 2, name: 'Emmanuel Macron', type: 'PERSON', code: 'FRAGOV', country: 'FRA', sector: 'GOV', kb: null, geo: null }],
    place: null, isRoot: true, numMentions: 3, numSources: 2, numArticles: 3, firstSeen: '2024-03-05T10:11:12.000Z', sourceUrl: 'https://x.example/a\tb', mentions: [],
  };
  const row = gdeltEventRow(e).split('\t');
  assert.equal(row.length, GDELT_EVENT_COLUMNS.length);
  const at = (c: (typeof GDELT_EVENT_COLUMNS)[number]) => row[GDELT_EVENT_COLUMNS.indexOf(c)];
  assert.equal(at('SQLDATE'), '20240305');
  assert.equal(at('FractionDate'), '2024.2603'); // (3 * 30 + 5) / 365
  assert.equal(at('Actor1Code'), 'ARM');
  assert.equal(at('Actor2Name'), 'EMMANUEL MACRON');
  assert.equal(at('Actor2CountryCode'), 'FRA');
  assert.equal(at('Actor2Type1Code'), 'GOV');
  assert.equal(at('EventCode'), '042');
  assert.equal(at('IsRootEvent'), '1');
  assert.equal(at('Actor1Geo_Type'), '1');
  assert.equal(at('Actor1Geo_Lat'), '40');
  assert.equal(at('DATEADDED'), '20240305101112');
  assert.equal(at('SOURCEURL'), 'https://x.example/a b');
  assert.equal(gdeltTimestamp('2024-03-05'), '20240305000000');
});
