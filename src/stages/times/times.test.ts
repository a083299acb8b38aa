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

test('a date without a year stays on the side of the anchor its tense points to', () => {
  assert.equal(valueOf('Colonel Collins will be named commander for a mission in December.', 'December', '1998-03-04'), '1998-12');
  assert.equal(valueOf('In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.', 'Jan. 31', '1989-10-31'), '1989-01-31');
  assert.equal(valueOf('In January, American Medical brought in a new chief executive.', 'January', '1989-10-27'), '1989-01');
  // "would" and "may" look ahead; "would have" looks back
  assert.equal(valueOf('The dividend would be paid on a still unspecified date in January.', 'January', '1989-10-26'), '1990-01');
  assert.equal(valueOf('The talks would have ended in January.', 'January', '1989-10-26'), '1989-01');
});

test('the reported quarter is the one the document names', () => {
  const pub = '1989-10-26';
  const text = 'Sun earned $5.2 million in the fiscal first quarter. Sales for the quarter rose 39% from $388.5 million a year earlier. In the 1988 period, it earned $20.6 million.';
  assert.deepEqual(times(text, pub), [['the fiscal first quarter', '1989-Q1'], ['the quarter', '1989-Q1'], ['a year earlier', '1988-Q1'], ['the 1988 period', '1988-Q1']]);
  assert.equal(valueOf('Dominion earned C$5 million for the fiscal-first quarter ended Sept. 30.', 'the fiscal-first quarter', pub), '1989-Q1');
  // one quarter among others ("after a flat second quarter") and forecasts do not move it
  const other = 'Kimberly-Clark posted a gain in third-quarter net income. After a flat second quarter, it attributed the rise to prices. Charges were taken in the year-earlier period.';
  assert.equal(valueOf(other, 'the year-earlier period', pub), '1988-Q3');
  assert.equal(valueOf('Third-quarter profit fell. The loss will deepen in the fourth quarter. The latest period included a gain.', 'The latest period', pub), '1989-Q3');
});

test('comparisons with last year in a quarterly report', () => {
  const pub = '1989-11-01';
  assert.equal(valueOf('Net loss was $8.1 million for the third quarter, against net income of $1.8 million for the corresponding period last year.', 'the corresponding period last year', pub), '1988-Q3');
  assert.equal(valueOf('Third-quarter sales fell. U.K. sales for last year\'s quarter were about $3 million.', "last year's quarter", pub), '1988-Q3');
  assert.equal(valueOf('Columbia lost money in the third quarter. For the quarter a year ago, it earned $16.3 million.', 'the quarter a year ago', '1989-10-26'), '1988-Q3');
  // after figures for months of the year, "a year earlier" is the year before
  const months = 'Third-quarter net rose. Net for the nine months was $254 million, up 56% from $163 million a year earlier. In the 1988 period, sales were lower.';
  assert.equal(valueOf(months, 'a year earlier', '1989-10-26'), '1988');
  assert.equal(valueOf(months, 'the 1988 period', '1989-10-26'), '1988');
});

test('"that year", "the following month": counted from the last time the text named', () => {
  const pub = '1998-04-18';
  assert.equal(valueOf('On May 22, 1995, Farkas was made a general, and the following year he was appointed attache.', 'the following year', pub), '1996');
  assert.equal(valueOf('He fled to Florida in June 1998 and returned to Cuba later that year.', 'later that year', '2000-01-28'), '1998');
  assert.equal(valueOf('In March 1989 it rejected an offer. The following month, the company put itself up for sale.', 'The following month', '1989-10-27'), '1989-04');
  assert.equal(valueOf('He was shot on Oct. 23, 1998. Earlier that day, the family sent a fax.', 'Earlier that day', '1999-10-24'), '1998-10-23');
  assert.equal(valueOf('He appeared in court on Feb. 22, 2000, and again the next morning.', 'the next morning', '2000-02-24'), '2000-02-23TMO');
  // with nothing named before, "that year" has no value and "the following year" counts from the anchor
  assert.deepEqual(times('That year was hard.', pub), []);
  assert.equal(valueOf('Sales will rise the following year.', 'the following year', pub), '1999');
});

test('weekdays: plans, possessives and the past perfect', () => {
  // 2000-01-07 is a Friday; 1999-05-07 a Friday; 2000-04-05 a Wednesday
  assert.equal(valueOf('Protesters planned a large demonstration in Little Havana on Saturday.', 'Saturday', '2000-01-07'), '2000-01-08');
  assert.equal(valueOf('The team planned to leave Nairobi on Thursday.', 'Thursday', '1998-09-30'), '1998-10-01');
  assert.equal(valueOf('She has scheduled a news conference Thursday.', 'Thursday', '1999-05-05'), '1999-05-06');
  assert.equal(valueOf('A memorial service planned at the university for Saturday was canceled.', 'Saturday', '1999-10-24'), '1999-10-23');
  assert.equal(valueOf('Until Thursday, they had not called Kopp a suspect.', 'Thursday', '1999-05-07'), '1999-05-06');
  assert.equal(valueOf("Relatives said they would look for ways to get around Wednesday's ruling.", 'Wednesday', '2000-01-07'), '2000-01-05');
  assert.equal(valueOf('The father would be traveling to the United States Thursday.', 'Thursday', '2000-04-05'), '2000-04-06');
});

test('"now": the clause\'s own temporal adverb, not a discourse "now"', () => {
  // inside the clause: after the subject, after an auxiliary, closing it
  assert.equal(valueOf('Iraq now controls 20 percent of the world\'s oil.', 'now'), 'PRESENT_REF');
  assert.equal(valueOf('Syrian troops are now part of a multinational force.', 'now'), 'PRESENT_REF');
  assert.equal(valueOf('The carrier is now patrolling the Gulf.', 'now'), 'PRESENT_REF');
  assert.equal(valueOf('She estimates they are worth only half that now.', 'now'), 'PRESENT_REF');
  assert.equal(valueOf('Aqaba is its only outlet now that a noose has tightened.', 'now'), 'PRESENT_REF');
  // opening a sentence or clause, or between "be" and an adjective: not tagged
  assert.deepEqual(times('Now it looks even more confrontational towards Russia.'), []);
  assert.deepEqual(times('He did not burn bridges, now the trend of his policy has become visible.'), []);
  assert.deepEqual(times('But the geopolitical risks are now too great.'), []);
  assert.deepEqual(times('The latter, like the Russian Federation, now has a lot of other problems.'), []);
  assert.deepEqual(times('But now we are going back to New York.'), []);
  assert.deepEqual(times('To speculate on the threat to Yerevan – just now.'), []);
});

test('the past, the near term, today\'s, daily', () => {
  assert.equal(valueOf('In the past, Russia has often claimed that Ukraine owed it money.', 'the past'), 'PAST_REF');
  assert.equal(valueOf('They report hate crimes more accurately than they have in the past.', 'the past'), 'PAST_REF');
  assert.equal(valueOf('Funds lost money in the past two weeks.', 'the past two weeks'), 'P2W');
  // a verbless aside compares states
  assert.deepEqual(times('The trend of his policy (so obvious in the past) is visible.'), []);
  assert.equal(valueOf('We do not minimize the challenges of the near term.', 'the near term'), 'FUTURE_REF');
  assert.equal(valueOf("The offer, advertised in today's editions, expires.", 'today', '1989-11-02'), '1989-11-02');
  assert.deepEqual(times("It applies to fathers only in today's world."), []);
  assert.equal(valueOf('We are investigating leads on a daily basis.', 'daily'), 'P1D');
});

test('two days of one month, prefixed years, clock times in words, numbered weeks, quarters on a year', () => {
  assert.deepEqual(times('The summit will be held on April 24 and 25.', '1999-02-10'), [['April 24', '1999-04-24'], ['25', '1999-04-25']]);
  assert.equal(valueOf('The post-1959 politics split families.', 'post-1959', '2000-02-24'), '1959');
  assert.equal(valueOf('The father will leave at 4 in the morning.', '4 in the morning', '2000-04-05'), '2000-04-05T04:00');
  assert.equal(valueOf('We met at eight in the evening.', 'eight in the evening'), '2024-03-07T20:00');
  assert.equal(valueOf('Show sales in week 31.', 'week 31', '2018-07-02'), '2018-W31');
  assert.equal(valueOf('The sales went up during 2017-Q1.', '2017-Q1'), '2017-Q1');
  assert.equal(valueOf('He will take a one and a quarter year gap.', 'one and a quarter year'), 'P1.25Y');
  // a clock time near a day in its sentence takes that day (1998-08-08 is a Saturday)
  assert.deepEqual(times('The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.', '1998-08-08'), [['10:35 a.m.', '1998-08-07T10:35'], ['Friday', '1998-08-07']]);
});

test('weeks and times of day have granularities of their own', () => {
  const doc = pipeline.analyze('They met last week. They spoke on Tuesday at 3 p.m., and again this morning.', { published: '2024-03-07' });
  assert.deepEqual(doc.layers.times!.map((t) => [t.value, t.granularity]), [['2024-W09', 'week'], ['2024-03-05T15:00', 'time'], ['2024-03-07TMO', 'time']]);
});

test('sets: "every year", "each Monday", "weekly", "annually" (but not the rate of a figure)', () => {
  const doc = pipeline.analyze('The summit is held every year. We meet each Monday and report weekly; fees are paid annually.', { published: '2024-03-07' });
  assert.deepEqual(doc.layers.times!.map((t) => [doc.text.slice(t.start, t.end), t.value, t.granularity]), [
    ['every year', 'P1Y', 'set'], ['each Monday', 'XXXX-WXX-1', 'set'], ['weekly', 'P1W', 'set'], ['annually', 'P1Y', 'set'],
  ]);
  assert.equal(valueOf('They meet every two weeks.', 'every two weeks'), 'P2W');
  assert.equal(valueOf('She visits twice a month.', 'twice a month'), 'P1M');
  assert.deepEqual(times('Revenue should rise 8.5% annually. The plant makes 10,000 units annually.'), []);
});

test('ranges: "2021-2022" is two years, "from March to May" two months', () => {
  assert.deepEqual(times('The 2021-2022 season was hard.'), [['2021', '2021'], ['2022', '2022']]);
  assert.deepEqual(times('The 1998-99 budget passed.'), [['1998', '1998'], ['99', '1999']]);
  assert.deepEqual(times('Talks ran from March to May.', '2024-06-10'), [['March', '2024-03'], ['May', '2024-05']]);
  assert.deepEqual(times('The exhibition runs from 3 March to 5 May 2024.'), [['3 March', '2024-03-03'], ['5 May 2024', '2024-05-05']]);
});

test('the fast recogniser (gates, word-start check done in code) finds exactly what every rule as written finds', async () => {
  const { recognise } = await import('./recognise.js');
  const { Scan } = await import('./scan.js');
  const texts = [
    'On September 3, 2023, at 10:35 a.m. (0735 GMT) Friday, the prime minister spoke about the 1990s and the third quarter of 1989.',
    'Three days ago, nearly two years after the war, they met every other Friday; twice a month; the next day; the weekend; now.',
    'xMonday 2021-2022 FY2024 mid-1990 19th century Q3 2019 the year-ago quarter 4 in the morning noon 8 o\'clock 3h 30 min.',
    'Christmas Eve, New Year’s Day, last fall, this summer, in the spring of 2022, late yesterday, the day after tomorrow, ſunday.',
    'He was 𝐀2023 and é2023, since 1998-99; in week 31 of 2018; 20161016; Sep-23-2020; 2015-03; the past four years.',
  ];
  const doc = pipeline.analyze(texts.join('\n\n'), { published: '2024-03-07' });
  const toks = doc.layers.tokens!;
  for (const para of doc.layers.paragraphs!) {
    const own = toks.filter((t) => t.start >= para.start && t.end <= para.end)
      .map((t) => ({ start: t.start - para.start, end: t.end - para.start, text: t.text, lower: t.text.toLowerCase(), pos: t.pos, lemma: t.lemma, sentence: t.sentence }));
    const text = doc.text.slice(para.start, para.end);
    assert.deepEqual(recognise(new Scan(text, own), true), recognise(new Scan(text, own), false), text);
    assert.ok(recognise(new Scan(text, own)).length > 0, text);
  }
});
