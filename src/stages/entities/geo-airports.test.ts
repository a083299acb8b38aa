import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../../core/doc.js';
import type { Entity } from '../../core/types.js';
import { defaultKnowledge } from '../../kb/index.js';
import { airportKey } from '../../kb/airports.js';
import { analyzeUpTo } from '../../test-support/pipeline.js';

const run = (text: string) => analyzeUpTo(text, 'entities', { published: '2024-05-02' });
const byName = (doc: Doc, name: string): Entity => {
  const e = doc.layers.entities!.find((x) => x.name === name);
  assert.ok(e, `no entity "${name}" in ${doc.layers.entities!.map((x) => x.name).join(', ')}`);
  return e;
};

test('an airport is known by its name with or without the generic words', () => {
  assert.equal(airportKey('Zvartnots International Airport'), airportKey('Zvartnots airport'));
  const kb = defaultKnowledge();
  const [evn] = kb.airports('Zvartnots airport');
  assert.equal(evn?.country2, 'AM');
  assert.ok(Math.abs(evn.lat - 40.15) < 0.1 && Math.abs(evn.lon - 44.4) < 0.1, JSON.stringify(evn));
  assert.deepEqual(kb.airports('International Airport'), [], 'the generic words alone name no airport');
});

test('an airport named in an article is placed at the airport and gets its country', () => {
  const doc = run('Flights from Zvartnots airport resumed on Monday. Later a plane from Yerevan landed at Ben Gurion International Airport.');
  const evn = byName(doc, 'Zvartnots airport');
  assert.equal(evn.country, 'ARM');
  assert.ok(evn.geo && Math.abs(evn.geo.lat - 40.15) < 0.1, JSON.stringify(evn.geo));
  assert.equal(byName(doc, 'Ben Gurion International Airport').country, 'ISR');
});

test('a town is not taken for the airport named after it', () => {
  const doc = run('A new school opened in Yerevan on Monday.');
  const yerevan = byName(doc, 'Yerevan');
  // the city's point, not Zvartnots' (12 km west) or any airport's
  assert.ok(yerevan.geo && Math.abs(yerevan.geo.lon - 44.51) < 0.05, JSON.stringify(yerevan.geo));
});

test('a facility named after its town lies at the town; a street named after a city does not', () => {
  const doc = run('Floodwater reached the Sukkur barrage in Pakistan on Monday. Later a fire broke out at 6016 Dublin Road.');
  const barrage = byName(doc, 'Sukkur barrage');
  assert.equal(barrage.country, 'PAK');
  assert.ok(barrage.geo && Math.abs(barrage.geo.lat - 27.7) < 0.3, JSON.stringify(barrage.geo));
  const road = doc.layers.entities!.find((x) => x.name === 'Dublin Road');
  assert.ok(!road?.geo || road.geo.country !== 'IRL', JSON.stringify(road?.geo));
});
