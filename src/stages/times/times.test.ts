import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../../core/doc.js';
import { createPipeline } from '../../pipeline/default.js';
import { insertsStage } from '../inserts/index.js';
import { originStage } from '../origin/index.js';
import { segmentStage } from '../segment/index.js';
import { durationValue, parseAmount, parseYearWords } from './lexicon.js';
import { timesStage } from './index.js';

const pipeline = createPipeline({ stages: [insertsStage, originStage, segmentStage, timesStage], rethrow: true });

/** The times of a text as [surface text, value] pairs, in text order. */
function times(text: string, published: string | null = '2024-03-07'): Array<[string, string]> {
  const doc: Doc = pipeline.analyze(text, published ? { published } : {});
  return doc.layers.times!.map((t) => [doc.text.slice(t.start, t.end), t.value]);
}

/** The value given to `expr` in `text` (which must contain it once as a time). */
function valueOf(text: string, expr: string, published: string | null = '2024-03-07'): string | undefined {
  return times(text, published).find(([s]) => s === expr)?.[1];
}

test('explicit dates in the common written forms', () => {
  assert.deepEqual(times('On September 3, 2023, the prime minister spoke.'), [['September 3, 2023', '2023-09-03']]);
  assert.deepEqual(times('The talks began on 3 September 2023 in Paris.'), [['3 September 2023', '2023-09-03']]);
  assert.deepEqual(times('It was signed on 2023-09-03.'), [['2023-09-03', '2023-09-03']]);
  assert.deepEqual(times('It was signed on 09/03/2023.'), [['09/03/2023', '2023-09-03']]);
  assert.deepEqual(times('It was signed on 25.12.2022.'), [['25.12.2022', '2022-12-25']]);
  assert.deepEqual(times('He came to Baku in November 2022, and left.'), [['November 2022', '2022-11']]);
  assert.deepEqual(times('The deal of Friday, Oct. 23, 1998 held.'), [['Friday, Oct. 23, 1998', '1998-10-23']]);
  assert.deepEqual(times('They met on the 4th of July, 1995.'), [['the 4th of July, 1995', '1995-07-04']]);
});

test('seasons: "last fall", "this summer", a season with its year', () => {
  assert.deepEqual(times('Last fall an agreement was concluded.'), [['Last fall', '2023-FA']]);
  assert.deepEqual(times('Yerevan intends to leave the CSTO this summer.'), [['this summer', '2024-SU']]);
  assert.equal(valueOf('The offensive came in the spring of 2022.', 'the spring of 2022'), '2022-SP');
  assert.equal(valueOf('Prices will fall next winter.', 'next winter'), '2024-WI');
  // "fall" the verb is no season
  assert.deepEqual(times('Prices fall when demand drops.'), []);
});

test('bare months are placed by the tense of their clause', () => {
  assert.deepEqual(times('In January, a roadmap for economic interaction was approved.'), [['January', '2024-01']]);
  assert.deepEqual(times('In January the new plant will open.', '2024-06-10'), [['January', '2025-01']]);
  assert.equal(valueOf('The company was founded last April.', 'last April'), '2023-04');
  assert.equal(valueOf('The vote will be held in mid-November.', 'mid-November'), '2024-11');
  // "May" the modal verb and "April" the first name are not months
  assert.deepEqual(times('They may decide to leave.'), []);
  assert.deepEqual(times('Reporter April Ryan asked a question.'), []);
});

test('prepositions and verb groups that point a date backwards or forwards', () => {
  // "since" looks back even in the present perfect; "is scheduled to" looks ahead (2024-04-15 is a Monday)
  assert.equal(valueOf('The tariff has not changed since January.', 'January', '2025-10-07'), '2025-01');
  assert.equal(valueOf('On Tuesday he is scheduled to hold talks.', 'Tuesday', '2024-04-15'), '2024-04-16');
  assert.equal(valueOf('The deadline was extended until 9 a.m. Tuesday.', '9 a.m. Tuesday', '2024-04-15'), '2024-04-16T09:00');
});

test('dates without a year take the nearest year, leaning with the tense', () => {
  assert.equal(valueOf('The dividend is payable Dec. 15 to holders of record.', 'Dec. 15', '1989-10-26'), '1989-12-15');
  assert.equal(valueOf('He was shot on Oct. 23 at his home.', 'Oct. 23', '1999-04-19'), '1998-10-23');
});

test('weekdays: the past days of the week, unless the clause looks ahead', () => {
  // 2024-03-07 is a Thursday
  assert.equal(valueOf('The minister said on Tuesday that talks had failed.', 'Tuesday'), '2024-03-05');
  assert.equal(valueOf('The minister said Thursday that talks had failed.', 'Thursday'), '2024-03-07');
  assert.equal(valueOf('The delegation will arrive on Monday.', 'Monday'), '2024-03-11');
  assert.equal(valueOf('The deadline was extended until Tuesday.', 'Tuesday'), '2024-03-12');
  assert.equal(valueOf('They met last Friday.', 'last Friday'), '2024-03-01');
  assert.equal(valueOf('Talks resumed Wednesday night.', 'Wednesday night'), '2024-03-06TNI');
  assert.equal(valueOf('The vote will be held at 3 p.m. Friday.', '3 p.m. Friday'), '2024-03-08T15:00');
});

test('years: bare years in date-like contexts, ranges as two dates', () => {
  assert.deepEqual(times('By 2030, transport should grow (from 17 million tons in 2022).'), [['2030', '2030'], ['2022', '2022']]);
  assert.deepEqual(times('A roadmap until 2026 was approved.'), [['2026', '2026']]);
  assert.deepEqual(times('The Baku Declaration of 2022 sets the route.'), [['2022', '2022']]);
  assert.deepEqual(times('The 2021-2022 season was long.'), [['2021', '2021'], ['2022', '2022']]);
  assert.deepEqual(times('Output rose in 1998-99.'), [['1998', '1998'], ['99', '1999']]);
  assert.deepEqual(times('The plan was adopted in fiscal 1989.'), [['fiscal 1989', '1989']]);
  assert.deepEqual(times('Sales fell in the 1990s.'), [['1990s', '199']]);
  assert.deepEqual(times('They left in nineteen ninety-six.'), [['nineteen ninety-six', '1996']]);
});

test('numbers that are quantities, ordinals, names or codes are not years', () => {
  assert.deepEqual(times('The corridor will carry 2030 tons of cargo.'), []);
  assert.deepEqual(times('Some 2,000 people and 1999 soldiers were there.'), []);
  assert.deepEqual(times('They stationed troops at the 102nd base.'), []);
  assert.deepEqual(times('The Vision 2030 programme was launched.'), []);
  assert.deepEqual(times('The index closed at 2082.1 points.'), []);
  assert.deepEqual(times('Call flight 1984 or room 2010 for details.'), []);
});

test('relative dates against the publication date', () => {
  assert.deepEqual(times('A few days ago, they announced the purchase.'), [['A few days ago', 'PAST_REF']]);
  assert.deepEqual(times('They announced it three days ago.'), [['three days ago', '2024-03-04']]);
  assert.equal(valueOf('Profits rose last year.', 'last year'), '2023');
  assert.equal(valueOf('Profits will rise next year.', 'next year'), '2025');
  assert.equal(valueOf('Output fell last month.', 'last month'), '2024-02');
  assert.equal(valueOf('They met last week.', 'last week'), '2024-W09');
  assert.equal(valueOf('Results were reported yesterday.', 'yesterday'), '2024-03-06');
  assert.equal(valueOf('The plan is due by the end of the year.', 'the end of the year'), '2024');
  assert.equal(valueOf('Sales grew earlier this year.', 'earlier this year'), '2024');
  assert.equal(valueOf('The news came over the weekend.', 'the weekend'), '2024-W09-WE');
});

test('durations, including "the past four years" and fractions', () => {
  assert.deepEqual(times('According to him, over the past four years, the share has fallen.'), [['the past four years', 'P4Y']]);
  assert.equal(valueOf('It took the past year and a half.', 'the past year and a half'), 'P18M');
  assert.equal(valueOf('They lived there for 2 1/2 years.', '2 1/2 years'), 'P2Y6M');
  assert.equal(valueOf('The flight took 16 hours.', '16 hours'), 'PT16H');
  assert.equal(valueOf('After a 16-hour flight she landed.', '16-hour'), 'PT16H');
  assert.equal(valueOf('The war lasted nearly two years.', 'nearly two years'), 'P2Y');
  assert.equal(valueOf('Sales fell in the first nine months.', 'the first nine months'), 'P9M');
  assert.equal(valueOf('He stayed for several weeks.', 'several weeks'), 'PXW');
  assert.equal(valueOf('The conflict has lasted decades.', 'decades'), 'PXDE');
  // an age is not a duration here
  assert.deepEqual(times('A 6-year-old boy was rescued.'), []);
});

test('references to the present, the past and the future', () => {
  assert.deepEqual(times('Today Yerevan is negotiating the supply of weapons.'), [['Today', 'PRESENT_REF']]);
  assert.deepEqual(times('Today the minister said the talks had failed.'), [['Today', '2024-03-07']]);
  assert.equal(valueOf('The industry has changed in recent years.', 'recent years'), 'PAST_REF');
  assert.equal(valueOf('Prices have recently risen.', 'recently'), 'PAST_REF');
  assert.equal(valueOf('The company currently employs 40 people.', 'currently'), 'PRESENT_REF');
  assert.equal(valueOf('Until now, nothing was done.', 'now'), 'PRESENT_REF');
  assert.equal(valueOf('Nothing will change in the near future.', 'the near future'), 'FUTURE_REF');
});

test('quarters and financial reporting periods', () => {
  const pub = '1989-10-26';
  assert.equal(valueOf('Third-quarter profit rose 19%.', 'Third-quarter', pub), '1989-Q3');
  assert.equal(valueOf('It expects a loss in the fourth quarter.', 'the fourth quarter', pub), '1989-Q4');
  assert.equal(valueOf('It expects a profit in the first quarter.', 'the first quarter', pub), '1990-Q1');
  assert.equal(valueOf('Third-quarter net rose to $5 million from $3 million a year ago.', 'a year ago', pub), '1988-Q3');
  assert.equal(valueOf('In the year-earlier quarter, it lost money. Third-quarter sales rose.', 'the year-earlier quarter', pub), '1988-Q3');
  assert.equal(valueOf('The unit was sold a year ago.', 'a year ago', pub), '1988');
});

test('sets', () => {
  assert.equal(valueOf('The ferry leaves every Monday.', 'every Monday'), 'XXXX-WXX-1');
  assert.equal(valueOf('The ferry leaves every day.', 'every day'), 'P1D');
  assert.equal(valueOf('They meet once a week.', 'once a week'), 'P1W');
  assert.equal(valueOf('Rallies are held daily in the square.', 'daily'), 'P1D');
  const doc = pipeline.analyze('The ferry leaves every Monday.', { published: '2024-03-07' });
  assert.equal(doc.layers.times![0].granularity, 'set');
});

test('granularity follows the value', () => {
  const doc = pipeline.analyze('In November 2022 and on 3 September 2023, over the past four years, and in 2026, last fall and today.', { published: '2024-03-07' });
  assert.deepEqual(doc.layers.times!.map((t) => t.granularity), ['month', 'day', 'duration', 'year', 'season', 'day']);
});

test('without a publication date: absolute dates only, relative ones unresolved', () => {
  assert.deepEqual(times('On September 3, 2023 they met. Last fall a deal was concluded in January.', null), [
    ['September 3, 2023', '2023-09-03'], ['Last fall', 'XXXX-FA'], ['January', 'XXXX-01'],
  ]);
  assert.deepEqual(times('A few days ago they said it would happen next year; yesterday they denied it.', null), [
    ['A few days ago', 'PAST_REF'], ['next year', 'FUTURE_REF'], ['yesterday', 'PAST_REF'],
  ]);
  assert.deepEqual(times('The talks resumed on Friday.', null), [['Friday', 'XXXX-WXX-5']]);
});

test('title-case headlines and names', () => {
  assert.deepEqual(times('Talks Resume This Week in Geneva\nThe talks resumed.'), [['This Week', '2024-W10']]);
  assert.deepEqual(times('He watched 60 Minutes on CBS, then This Week on ABC.'), []);
  assert.deepEqual(times('The Good Friday Agreement was signed in 1998.'), [['1998', '1998']]);
});

test('captions and credit lines are not read; body text is, in source offsets', () => {
  const text = 'Talks resumed in 2022.\nIlham Aliyev in Baku. Photo: https://img.example.az/img/07e6/02/16/439474293_2023_1920x0.jpg\nThe next round is set for 2025.';
  const doc = pipeline.analyze(text, { published: '2024-03-07' });
  assert.deepEqual(doc.layers.times!.map((t) => [doc.text.slice(t.start, t.end), t.value]), [['2022', '2022'], ['2025', '2025']]);
});

test('editorial inserts are skipped and spans stay in source offsets', () => {
  const text = 'Russia (*aggressor country) said on September 3, 2023 that it would wait.';
  const doc = pipeline.analyze(text, { published: '2024-03-07' });
  assert.deepEqual(doc.layers.times!.map((t) => [doc.text.slice(t.start, t.end), t.value]), [['September 3, 2023', '2023-09-03']]);
});

test('word tables', () => {
  assert.equal(parseAmount('twenty-four'), 24);
  assert.equal(parseAmount('a few'), 'X');
  assert.equal(parseAmount('2 1/2'), 2.5);
  assert.equal(parseYearWords('two thousand and fifteen'), 2015);
  assert.equal(parseYearWords('nineteen oh five'), 1905);
  assert.equal(durationValue(1.5, 'year'), 'P18M');
  assert.equal(durationValue(1.5, 'minute'), 'PT1M30S');
  assert.equal(durationValue(3.5, 'year', 'decimal'), 'P3.5Y');
  assert.equal(durationValue(1, 'decade'), 'P10Y');
  assert.equal(durationValue('X', 'decade'), 'PXDE');
});
