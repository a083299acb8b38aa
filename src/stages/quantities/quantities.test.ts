import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Quantity } from '../../core/types.js';
import { createPipeline } from '../../pipeline/default.js';
import { entitiesStage } from '../entities/index.js';
import { insertsStage } from '../inserts/index.js';
import { originStage } from '../origin/index.js';
import { quotesStage } from '../quotes/index.js';
import { segmentStage } from '../segment/index.js';
import { timesStage } from '../times/index.js';
import { quantitiesStage } from './index.js';

const pipeline = createPipeline({ stages: [insertsStage, originStage, segmentStage, entitiesStage, timesStage, quotesStage, quantitiesStage], rethrow: true });

interface Seen {
  text: string;
  q: Quantity;
  measure?: string;
}

function analyse(text: string): Seen[] {
  const doc = pipeline.analyze(text, { published: '2024-03-07' });
  return (doc.layers.quantities ?? []).map((q) => ({
    text: doc.text.slice(q.start, q.end),
    q,
    measure: q.measure ? doc.text.slice(q.measure.start, q.measure.end) : undefined,
  }));
}

function one(text: string, figure: string): Seen {
  const found = analyse(text).filter((s) => s.text === figure);
  assert.equal(found.length, 1, `expected one quantity "${figure}" in ${JSON.stringify(text)}, got ${JSON.stringify(analyse(text).map((s) => s.text))}`);
  return found[0];
}

const values = (text: string): Array<[string, number, string | undefined]> => analyse(text).map((s) => [s.text, s.q.value, s.q.unit]);

describe('quantities: changes', () => {
  it('reads "decreased from 96% to 10%" as two figures, the later one carrying the change', () => {
    const got = analyse('Its share decreased from 96% to 10%.');
    assert.deepEqual(got.map((s) => [s.text, s.q.value, s.q.unit]), [['96%', 96, '%'], ['10%', 10, '%']]);
    assert.equal(got[0].q.change, undefined);
    assert.deepEqual(got[1].q.change, { from: 96, to: 10, factor: null, direction: 'down' });
  });

  it('reads through editorial inserts and gives the measured noun phrase', () => {
    const text = 'According to him, over the past four years, Russia (*aggressor country)’s share in military-technical cooperation in Armenia has decreased from 96% to 10%.';
    const got = analyse(text);
    assert.deepEqual(got.map((s) => s.text), ['96%', '10%']);
    assert.equal(got[1].measure, 'Russia (*aggressor country)’s share in military-technical cooperation');
    assert.equal(got[0].measure, got[1].measure);
  });

  it('gives a unit stated once to both figures of "from 9 million to 15 million tons"', () => {
    const got = analyse('The capacity of the western corridor should grow from 9 million to 15 million tons.');
    assert.deepEqual(got.map((s) => [s.text, s.q.value, s.q.unit]), [['9 million', 9e6, 't'], ['15 million tons', 15e6, 't']]);
    assert.deepEqual(got[1].q.change, { from: 9e6, to: 15e6, factor: null, direction: 'up' });
    assert.equal(got[1].measure, 'capacity of the western corridor');
  });

  it('reads "grown fivefold" as a factor', () => {
    const q = one('On its border, states continue to develop checkpoints – carrying capacity has already grown fivefold.', 'fivefold');
    assert.equal(q.q.value, 5);
    assert.equal(q.q.unit, undefined);
    assert.deepEqual(q.q.change, { from: null, to: null, factor: 5, direction: 'up' });
    assert.equal(q.measure, 'carrying capacity');
  });

  it('links "to B (from A in YEAR)" and the times the figures refer to; years are not figures', () => {
    const text = 'By 2030, the transportation of Russian goods along the North-South corridor should increase to 32 million tons (from 17 million tons in 2022).';
    const got = analyse(text);
    assert.deepEqual(got.map((s) => s.text), ['32 million tons', '17 million tons']);
    assert.deepEqual(got[0].q.change, { from: 17e6, to: 32e6, factor: null, direction: 'up' });
    assert.equal(got[0].q.time, '2030');
    assert.equal(got[1].q.time, '2022');
    assert.equal(got[0].measure, 'transportation of Russian goods');
    assert.equal(got[1].q.change, undefined);
  });

  it('reads changes stated by an amount or by a doubling', () => {
    const got = analyse('Profits rose 9 per cent to $165 million. Exports doubled to $4 billion.');
    const byText = new Map(got.map((s) => [s.text, s.q]));
    assert.equal(byText.get('9 per cent')?.change?.direction, 'up');
    assert.deepEqual(byText.get('$165 million')?.change, { from: null, to: 165e6, factor: null, direction: 'up' });
    assert.deepEqual(byText.get('$4 billion')?.change, { from: null, to: 4e9, factor: 2, direction: 'up' });
  });
});

describe('quantities: units, rates and money', () => {
  it('reads a counted rate denominator: "per thousand cubic meters", "per 1,000 cubic meters"', () => {
    const spelled = one('Prices fell from 1,200 euros to 450 euros per thousand cubic meters.', '450 euros per thousand cubic meters');
    assert.equal(spelled.q.unit, 'EUR');
    assert.equal(spelled.q.per, '1000 m3');
    assert.equal(spelled.q.change?.from, 1200);
    // the denominator is no figure of its own
    assert.deepEqual(values('Gas costs $300 per 1,000 cubic meters.'), [['$300 per 1,000 cubic meters', 300, 'USD']]);
  });

  it('normalises units and reads rates', () => {
    const q = one('It is planned to carry out 30 million tons of cargo per year.', '30 million tons');
    assert.equal(q.q.value, 30e6);
    assert.equal(q.q.unit, 't');
    assert.equal(q.q.per, 'year');
    assert.equal(q.measure, 'cargo');
    assert.deepEqual(values('The point is at 1,500,000 kilometres (930,000 mi) from Earth.'), [['1,500,000 kilometres', 1.5e6, 'km'], ['930,000 mi', 930000, 'mi']]);
    assert.deepEqual(values('At 200 kilometres per hour the engine reaches 800 degrees Celsius.'), [['200 kilometres per hour', 200, 'km/h'], ['800 degrees Celsius', 800, '°C']]);
    assert.deepEqual(values('Italy covers 301,338 km2 (116,347 sq mi).'), [['301,338 km2', 301338, 'km2'], ['116,347 sq mi', 116347, 'mi2']]);
    assert.equal(one('Workers earn $12 an hour.', '$12 an hour').q.per, 'h');
  });

  it('reads money with ISO 4217 codes', () => {
    assert.deepEqual(values('The deal is worth $5 billion.'), [['$5 billion', 5e9, 'USD']]);
    assert.deepEqual(values('It raised €3.5bn and £10m.'), [['€3.5bn', 3.5e9, 'EUR'], ['£10m', 1e7, 'GBP']]);
    assert.deepEqual(values('The budget is 5 million rubles.'), [['5 million rubles', 5e6, 'RUB']]);
    assert.deepEqual(values('Armenia spent 50 billion drams on it.'), [['50 billion drams', 5e10, 'AMD']]);
    assert.deepEqual(values('I spent 20 million pounds on this!'), [['20 million pounds', 2e7, 'GBP']]);
    assert.deepEqual(values('It weighs no more than 2,000 pounds.'), [['2,000 pounds', 2000, 'lb']]);
    assert.deepEqual(values('That account revenue target is US$ 1MM.'), [['US$ 1MM', 1e6, 'USD']]);
  });

  it('reads percentages', () => {
    assert.deepEqual(values('Twelve percent said no, 24 per cent yes and 5% did not know.'), [['Twelve percent', 12, '%'], ['24 per cent', 24, '%'], ['5%', 5, '%']]);
  });

  it('reads ranges as one figure and coordinated figures as several sharing a unit', () => {
    assert.deepEqual(values('I want 3 to 4 L of wine.'), [['3 to 4 L', 3.5, 'L']]);
    assert.deepEqual(values('They were given between 44 and 50 mg ethanol.'), [['44 and 50 mg', 47, 'mg']]);
    assert.deepEqual(values('They were given 45 and 50 mg ethanol.'), [['45', 45, 'mg'], ['50 mg', 50, 'mg']]);
    assert.deepEqual(values('Google holds 10-15 exabytes of data.'), [['10-15 exabytes', 12.5, 'EB']]);
    assert.deepEqual(values('It will cost $5-6 billion.'), [['$5-6 billion', 5.5e9, 'USD']]);
    assert.deepEqual(values('Clinton beats Trump by 46 percent to 42 percent.'), [['46 percent', 46, '%'], ['42 percent', 42, '%']]);
  });
});

describe('quantities: numbers written out', () => {
  it('reads number words, fractions and multipliers', () => {
    assert.deepEqual(values('I want a hundred and two of those.'), [['a hundred and two', 102, undefined]]);
    assert.deepEqual(values('They walked two and a half miles.'), [['two and a half miles', 2.5, 'mi']]);
    assert.deepEqual(values('Twenty-five people came, and half a dozen left.'), [['Twenty-five', 25, undefined], ['half a dozen', 6, undefined]]);
    assert.deepEqual(values('There are five and a half million fish in this lake.'), [['five and a half million', 5.5e6, undefined]]);
    const thirds = one('I would like two thirds of the cake.', 'two thirds');
    assert.ok(Math.abs(thirds.q.value - 2 / 3) < 1e-12);
    assert.deepEqual(values('The total is three lakh crore.'), [['three lakh crore', 3e12, undefined]]);
  });

  it('counts things, with what is counted as the measure', () => {
    const q = one('The army deployed three radars near the border.', 'three');
    assert.equal(q.q.value, 3);
    assert.equal(q.q.unit, undefined);
    assert.equal(q.measure, 'radars');
  });

  it('reads numerals in their written forms', () => {
    assert.deepEqual(values('The door is 2 1/2 in thick.'), [['2 1/2 in', 2.5, 'in']]);
    assert.deepEqual(values('Light oscillates at 4e14 Hz.'), [['4e14 Hz', 4e14, 'Hz']]);
    assert.deepEqual(values('The population is 1 414 021 100.'), [['1 414 021 100', 1414021100, undefined]]);
    assert.deepEqual(values('Temperatures ranged from -18 °C to -34 °C.'), [['-18 °C to -34 °C', -26, '°C']]);
  });
});

describe('quantities: what is not a quantity', () => {
  it('skips years, dates, ordinals, times of day and codes', () => {
    assert.deepEqual(values('On September 3, 2023, troops at the 102nd base in Gyumri were put on alert at 2 pm.'), []);
    assert.deepEqual(values('F-16 jets and COVID-19 cases were discussed in 2022 and on 5/17/2018.'), []);
    assert.deepEqual(values('A roadmap until 2026 was approved in January.'), []);
    assert.deepEqual(values('Call +1-222-333-4444 or write to info@example.com.'), []);
  });

  it('skips deictic durations but keeps measured ones', () => {
    assert.deepEqual(values('Over the past four years prices rose.'), []);
    assert.deepEqual(values('The battery failed after three days.'), [['three days', 3, 'day']]);
  });

  it('skips pronoun "one" and parties re-identified by a count', () => {
    assert.deepEqual(values('This project is one of the priorities.'), []);
    assert.deepEqual(values('The two countries signed a deal.'), []);
    assert.deepEqual(values('Which one do you prefer?'), []);
  });

  it('skips house numbers, phone numbers and numbered labels', () => {
    assert.deepEqual(values('Darryl Warden, 44, of 2517 Memphis St., was arrested in the 3200 block of North Avenue.'), [['44', 44, undefined]]);
    assert.deepEqual(values('For details call 692-7040 or see page 12 and Article 5.'), []);
  });

  it('tells "one" the pronoun from "one" the number', () => {
    assert.deepEqual(values('Gains held for one to two years are taxed.'), [['one to two years', 1.5, 'year']]);
    assert.deepEqual(values('Let us try one last time.'), [['one', 1, undefined]]);
  });

  it('reads no figures in photo captions', () => {
    const text = [
      'Mikhail Mishustin completed his visit to Baku with 30 agreements.',
      'Ilham Aliyev and Mikhail Mishustin in Baku. Photo: https://cdnn1.img.sputnik.az/img/07e6/02/16/439474293_0:0:2663:1498_1920x0_80_0_0_4fee6af76ae47c099906ee4c3addfd67.jpg',
      'The Russian Prime Minister came to Azerbaijan in November 2022.',
    ].join('\n');
    assert.deepEqual(values(text), [['30', 30, undefined]]);
  });
});

describe('quantities: qualifiers', () => {
  const qualifiers = (text: string): Array<[string, string | undefined]> => analyse(text).map((s) => [s.text, s.q.qualifier]);

  it('keeps the hedge or bound as a qualifier, outside the span', () => {
    assert.deepEqual(qualifiers('About 40 people were hurt and more than 100,000 fled.'), [['40', 'about'], ['100,000', 'more-than']]);
    assert.deepEqual(qualifiers('At least 8 died and up to 15 are missing.'), [['8', 'at-least'], ['15', 'up-to']]);
    assert.deepEqual(qualifiers('Almost 300 soldiers, roughly 20 tanks and some 300 vehicles.'), [['300', 'nearly'], ['20', 'about'], ['300', 'about']]);
    assert.deepEqual(qualifiers('It costs over $5 billion, fewer than 50 jobs, no more than 2%, 40 or more.'),
      [['$5 billion', 'more-than'], ['50', 'less-than'], ['2%', 'at-most'], ['40', 'at-least']]);
  });

  it('reads a change through the qualifier: "rose nearly 10%", "by about 5%"', () => {
    const q = one('Prices rose nearly 10%.', '10%');
    assert.equal(q.q.qualifier, 'nearly');
    assert.deepEqual(q.q.change, { from: null, to: null, factor: null, direction: 'up' });
    assert.equal(one('Exports fell by about 5% last year.', '5%').q.change?.direction, 'down');
  });

  it('leaves prepositions alone: "went up to", "talked about", "fought over"', () => {
    assert.deepEqual(qualifiers('Prices went up to 15%.'), [['15%', undefined]]);
    assert.deepEqual(qualifiers('He talked about 5 issues.'), [['5', undefined]]);
    assert.deepEqual(qualifiers('They fought over 3 islands.'), [['3', undefined]]);
  });
});

describe('quantities: amounts and factors of change', () => {
  it('"grew by 5%": the figure is the amount of the change', () => {
    const q = one('Sales grew by 5% last year.', '5%');
    assert.equal(q.q.value, 5);
    assert.deepEqual(q.q.change, { from: null, to: null, factor: null, direction: 'up' });
    assert.equal(q.measure, 'Sales');
  });

  it('"doubled", "halved" without a figure are figures of their own with a factor', () => {
    const got = analyse('Output was halved last year and profits more than doubled.');
    assert.deepEqual(got.map((s) => [s.text, s.q.value, s.q.change?.factor, s.q.change?.direction, s.measure, s.q.qualifier]),
      [['halved', 0.5, 0.5, 'down', 'Output', undefined], ['doubled', 2, 2, 'up', 'profits', 'more-than']]);
    assert.equal(one('The plan would halve emissions by 2030.', 'halve').measure, 'emissions');
  });

  it('a factor verb with its figure puts the factor on that figure only', () => {
    const got = analyse('Imports tripled to $4 billion.');
    assert.deepEqual(got.map((s) => s.text), ['$4 billion']);
    assert.deepEqual(got[0].q.change, { from: null, to: 4e9, factor: 3, direction: 'up' });
    assert.deepEqual(analyse('He faces a double standard.'), []);
  });
});

describe('quantities: attribution', () => {
  it('gives figures inside a quote the quote id, and others none', () => {
    const doc = pipeline.analyze('"We lost about 300 tanks," the minister said. The army has 500 tanks.', { published: '2024-03-07' });
    const quotes = doc.layers.quotes!;
    assert.equal(quotes.length, 1);
    const got = doc.layers.quantities!.map((q) => [doc.text.slice(q.start, q.end), q.attribution]);
    assert.deepEqual(got, [['300', quotes[0].id], ['500', undefined]]);
  });

  it('runs after quotes in the default pipeline', () => {
    const names = createPipeline().plan.stages.map((s) => s.name);
    assert.ok(names.indexOf('quotes') < names.indexOf('quantities'));
    assert.ok(names.indexOf('quantities') < names.indexOf('events'));
  });
});
