import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, withLayers, type Doc } from '../../core/doc.js';
import type { Entity, Quote } from '../../core/types.js';
import { lexiconCue } from './cues.js';
import { createPipeline } from '../../pipeline/default.js';
import { insertsStage } from '../inserts/index.js';
import { originStage } from '../origin/index.js';
import { segmentStage } from '../segment/index.js';
import { entitiesStage } from '../entities/index.js';
import { timesStage } from '../times/index.js';
import { quotesStage } from './index.js';

const full = createPipeline({ stages: [insertsStage, originStage, segmentStage, entitiesStage, timesStage, quotesStage], rethrow: true });
const early = createPipeline({ stages: [insertsStage, originStage, segmentStage], rethrow: true });

function analyze(text: string): { doc: Doc; quotes: Quote[] } {
  const doc = full.analyze(text, { published: '2024-03-07' });
  return { doc, quotes: doc.layers.quotes ?? [] };
}

/** Runs only the quotes stage on a doc segmented by the real stages, with hand-made entities and times. */
function quotesOnly(text: string, entities?: Entity[], times: NonNullable<Doc['layers']['times']> = []): { doc: Doc; quotes: Quote[] } {
  let doc = early.run(createDoc(text));
  doc = withLayers(doc, entities ? { entities, times } : { times });
  const out = quotesStage.run(doc, full.ctx);
  return { doc, quotes: out.layers.quotes ?? [] };
}

const words = (doc: Doc, s: { start: number; end: number } | null | undefined): string | null => (s ? doc.text.slice(s.start, s.end) : null);

function only(quotes: Quote[], cue: string, doc: Doc): Quote {
  const found = quotes.filter((q) => words(doc, q.cue) === cue);
  assert.equal(found.length, 1, `one quote with cue "${cue}", got ${JSON.stringify(quotes.map((q) => words(doc, q.cue)))}`);
  return found[0];
}

test('direct quote with the cue after it', () => {
  const { doc, quotes } = analyze('The talks went on all day.\n\n“We will not give up the airport,” said Armen Grigoryan. “The letter has been sent.”');
  assert.equal(quotes.length, 2);
  const [a, b] = quotes;
  assert.equal(a.kind, 'direct');
  assert.equal(words(doc, a.content), '“We will not give up the airport,”');
  assert.equal(words(doc, a.source), 'Armen Grigoryan');
  assert.equal(words(doc, a.cue), 'said');
  // the quotation that follows goes on with the same speaker and cue
  assert.equal(words(doc, b.content), '“The letter has been sent.”');
  assert.deepEqual(b.source, a.source);
  assert.deepEqual(b.cue, a.cue);
});

test('direct quote introduced by a colon, and one running over two paragraphs', () => {
  const { doc, quotes } = analyze('The minister said: “We are ready to talk.”\n\nHe continued:\n\n“First paragraph of the answer.\n\n“Second paragraph of the answer.”');
  const first = only(quotes, 'said', doc);
  assert.equal(first.kind, 'direct');
  assert.equal(words(doc, first.source), 'The minister');
  assert.equal(words(doc, first.content), '“We are ready to talk.”');
  const long = only(quotes, 'continued', doc);
  assert.equal(long.kind, 'direct');
  assert.equal(words(doc, long.source), 'He');
  assert.match(words(doc, long.content)!, /^“First paragraph[\s\S]*Second paragraph of the answer\.”$/);
});

test('indirect quote keeps a leading "that"; the date comes from the sentence', () => {
  const text = 'For example, on September 3, 2023, Armenian Prime Minister Nikol Pashinyan stated that it was a strategic mistake to rely solely on Russia.';
  const at = text.indexOf('September 3, 2023');
  const { doc, quotes } = quotesOnly(text, undefined, [{ start: at, end: at + 'September 3, 2023'.length, value: '2023-09-03', granularity: 'day' }]);
  const q = only(quotes, 'stated', doc);
  assert.equal(q.kind, 'indirect');
  assert.equal(words(doc, q.source), 'Armenian Prime Minister Nikol Pashinyan');
  assert.equal(words(doc, q.content), 'that it was a strategic mistake to rely solely on Russia');
  assert.equal(q.date, '2023-09-03');
});

test('reported speech with the cue after it, and "told" with an addressee', () => {
  const { doc, quotes } = analyze('The campaign changed course to avoid the doctors, a source said. Smith told reporters on Thursday that the plan had failed.');
  const a = only(quotes, 'said', doc);
  assert.equal(words(doc, a.content), 'The campaign changed course to avoid the doctors');
  assert.equal(words(doc, a.source), 'a source');
  const b = only(quotes, 'told', doc);
  assert.equal(words(doc, b.content), 'that the plan had failed');
  assert.equal(words(doc, b.source), 'Smith');
});

test('a quotation split by its cue is one quote per fragment', () => {
  const { doc, quotes } = analyze('The letter, she said, was sent on Monday.');
  assert.equal(quotes.length, 2);
  assert.deepEqual(quotes.map((q) => words(doc, q.content)), ['The letter', 'was sent on Monday']);
  assert.deepEqual(quotes[0].source, quotes[1].source);
  assert.deepEqual(quotes[0].cue, quotes[1].cue);
  assert.equal(words(doc, quotes[0].source), 'she');
});

test('according to, before and after the content', () => {
  const { doc, quotes } = analyze('According to him, the share of Russian arms has decreased from 96% to 10%. Prices rose sharply, according to the central bank.');
  assert.equal(quotes.length, 2);
  assert.ok(quotes.every((q) => q.kind === 'according-to'));
  assert.equal(words(doc, quotes[0].source), 'him');
  assert.equal(words(doc, quotes[0].content), 'the share of Russian arms has decreased from 96% to 10%');
  assert.equal(words(doc, quotes[1].source), 'the central bank');
  assert.equal(words(doc, quotes[1].content), 'Prices rose sharply');
});

test('"This was told by X": the content is the sentence before', () => {
  const { doc, quotes } = analyze('Armenia sent an official letter to Russia to stop the border guards. This was told by the Secretary of the Security Council Armen Grigoryan.');
  const q = only(quotes, 'told', doc);
  assert.equal(words(doc, q.content), 'Armenia sent an official letter to Russia to stop the border guards');
  assert.equal(words(doc, q.source), 'the Secretary of the Security Council Armen Grigoryan');
});

test('"This was said by X in an interview": where and when may follow; an attribution in the sentence before stays', () => {
  const { doc, quotes } = analyze(
    'The deputy minister, in turn, stated that the report was written by people who had never been to Georgia. This was said by Deputy Prime Minister Levan Davitashvili in an interview with Imedi TV.',
  );
  const passive = only(quotes, 'said', doc);
  assert.equal(words(doc, passive.source), 'Deputy Prime Minister Levan Davitashvili');
  assert.equal(words(doc, passive.content), 'The deputy minister, in turn, stated that the report was written by people who had never been to Georgia');
  const stated = only(quotes, 'stated', doc);
  // the adverbial between commas is not part of who spoke
  assert.equal(words(doc, stated.source), 'The deputy minister');
  assert.equal(words(doc, stated.content), 'that the report was written by people who had never been to Georgia');
  // more than where and when after the name: not this pattern
  const other = analyze('Armenia sent a letter. This was said by Armen Grigoryan, who added that more would follow.');
  assert.ok(!other.quotes.some((q) => words(other.doc, q.content) === 'Armenia sent a letter'));
});

test('a person named only as the possessor is not the speaker: "Kobakhidze\'s deputy said"', () => {
  const { doc, quotes } = analyze("Prime Minister Irakli Kobakhidze spoke first. Kobakhidze's deputy said that the law would stay.");
  const q = only(quotes, 'said', doc);
  assert.equal(words(doc, q.source), "Kobakhidze's deputy");
  assert.equal(q.speaker, null);
});

test('an outlet crediting itself is no quote, and leaves the attribution inside its sentence alone', () => {
  const { doc, quotes } = analyze('Moscow, for its part, believes that the West is pushing Russia out of the region, News.Az reports.');
  assert.equal(quotes.length, 1);
  assert.equal(words(doc, quotes[0].cue), 'believes');
  assert.equal(words(doc, quotes[0].source), 'Moscow');
  assert.equal(words(doc, quotes[0].content), 'that the West is pushing Russia out of the region');
  assert.equal(doc.layers.entities!.find((e) => e.id === quotes[0].speaker)?.name, 'Russia');
});

test('a noun cue heading the subject: its content ends where the sentence\'s own verb begins', () => {
  const { doc, quotes } = analyze("The diplomat's warning that the window of opportunity was closing was echoed by Washington. The report's claim that prices rose sharply last year has been disputed.");
  assert.deepEqual(quotes.map((q) => words(doc, q.content)), ['that the window of opportunity was closing', 'that prices rose sharply last year']);
});

test('"as X put it": the rest of the sentence, or the part before, is the speaker\'s wording', () => {
  const { doc, quotes } = analyze('Alexander Lukashenko spoke on Friday. As he put it, Belarus “has its own war to avoid.” The war is a trap for everyone, as one diplomat put it. He put it on the table.');
  assert.deepEqual(
    quotes.map((q) => [words(doc, q.source), words(doc, q.cue), words(doc, q.content)]),
    [
      ['he', 'put it', 'Belarus “has its own war to avoid.”'],
      ['one diplomat', 'put it', 'The war is a trap for everyone'],
    ],
  );
  assert.equal(doc.layers.entities!.find((e) => e.id === quotes[0].speaker)?.name, 'Alexander Lukashenko');
});

test('"As reported by X, ..." and "..., as stated by X.": the rest of the sentence, or the part before, is X\'s report', () => {
  const { doc, quotes } = analyze('As reported by the Moldovan edition Newsmaker, the government has already approved a plan. The plan was approved, as stated by the minister. As expected by many, the plan failed.');
  assert.deepEqual(
    quotes.map((q) => [words(doc, q.source), words(doc, q.cue), words(doc, q.content)]),
    [
      ['the Moldovan edition Newsmaker', 'As reported by', 'the government has already approved a plan'],
      ['the minister', 'as stated by', 'The plan was approved'],
    ],
  );
});

test('a saying inside an if-clause does not take the main clause; the attribution between commas does', () => {
  const { doc, quotes } = analyze('If Lukashenko agreed, experts say, the war would spread to the north. When he announced the deal, the crowd cheered.');
  assert.deepEqual(
    quotes.map((q) => [words(doc, q.source), words(doc, q.cue), words(doc, q.content)]),
    [
      ['experts', 'say', 'If Lukashenko agreed'],
      ['experts', 'say', 'the war would spread to the north'],
    ],
  );
});

test('a quotation left open across paragraphs belongs to the speaker named where it goes on, before or after', () => {
  const { doc, quotes } = analyze(
    'Alexander Lukashenko spoke on Friday.\n\n“We have enough problems at home. Our task is to protect our own land.\n\n“Nobody will drag us anywhere,” he continued.\n\n“Our army is for defense,” Lukashenko said. “It will stay home.\n\n“Let the others fight.”\n\nThe minister left.',
  );
  assert.deepEqual(
    quotes.map((q) => [words(doc, q.source), words(doc, q.cue), words(doc, q.content)]),
    [
      ['he', 'continued', '“We have enough problems at home. Our task is to protect our own land'],
      ['he', 'continued', '“Nobody will drag us anywhere,”'],
      ['Lukashenko', 'said', '“Our army is for defense,”'],
      ['Lukashenko', 'said', '“It will stay home'],
      ['Lukashenko', 'said', '“Let the others fight.”'],
    ],
  );
  assert.ok(quotes.every((q) => doc.layers.entities!.find((e) => e.id === q.speaker)?.name === 'Alexander Lukashenko'));
});

test('"citing sources" says whom a report relies on: no quote of its own, and the that-clause after it is the content', () => {
  const { doc, quotes } = analyze(
    'The newspaper Kommersant writes, citing sources in the government, that the contract has been signed. The deal was signed, Reuters reported, citing two sources familiar with the matter. The senator attacked the plan, citing low wages.',
  );
  assert.deepEqual(
    quotes.map((q) => [words(doc, q.source), words(doc, q.cue), words(doc, q.content)]),
    [
      ['The newspaper Kommersant', 'writes', 'that the contract has been signed'],
      ['Reuters', 'reported', 'The deal was signed'],
      ['The senator', 'attacked', 'the plan'],
      ['The senator', 'citing', 'low wages'],
    ],
  );
});

test('"did not rule out that" takes a that-clause like "say"', () => {
  const { doc, quotes } = analyze('Gabrielius Landsbergis spoke in Vilnius. He did not rule out that Lithuania would ask NATO to strengthen its presence.');
  const q = only(quotes, 'rule out', doc);
  assert.equal(words(doc, q.content), 'that Lithuania would ask NATO to strengthen its presence');
  assert.equal(doc.layers.entities!.find((e) => e.id === q.speaker)?.name, 'Gabrielius Landsbergis');
});

test('"official Baku, in turn, claims that": a capital for its government, with a present form the tagger reads as a noun', () => {
  const { doc, quotes } = analyze('Official Baku, in turn, claims that the road was promised in 2020. Yerevan, however, insists that it was not.');
  assert.deepEqual(
    quotes.map((q) => [words(doc, q.source), words(doc, q.cue), words(doc, q.content), doc.layers.entities!.find((e) => e.id === q.speaker)?.name]),
    [
      ['Official Baku', 'claims', 'that the road was promised in 2020', 'Azerbaijan'],
      ['Yerevan', 'insists', 'that it was not', 'Armenia'],
    ],
  );
});

test('"In the opinion of experts," names the experts; "in his view" the possessor', () => {
  const { doc, quotes } = analyze('Ararat Mirzoyan met his counterpart. In the opinion of experts, the region needs new routes. In his view, the talks went well.');
  assert.deepEqual(
    quotes.map((q) => [words(doc, q.source), words(doc, q.cue), words(doc, q.content)]),
    [
      ['experts', 'In the opinion of', 'the region needs new routes'],
      ['his', 'In his view', 'the talks went well'],
    ],
  );
  assert.equal(doc.layers.entities!.find((e) => e.id === quotes[1].speaker)?.name, 'Ararat Mirzoyan');
});

test('the writer\'s asides are no attributions: "Let us recall that", "It should be noted that"', () => {
  const { doc, quotes } = analyze(
    'Let us recall that the ceasefire was signed in 2020. It should be noted that the Kremlin has not commented. It has to be said that nobody came. It was noted that the envoy had left. It has been reported that the talks failed.',
  );
  assert.deepEqual(quotes.map((q) => [words(doc, q.cue), words(doc, q.content)]), [
    ['It was noted', 'that the envoy had left'],
    ['It has been reported', 'that the talks failed'],
  ]);
});

test('an office named without its title resolves to its holder, of the country named: "the Armenian premier", "the head of state"', () => {
  const { doc, quotes } = analyze(
    'Armenian Prime Minister Nikol Pashinyan spoke on Thursday, while Azerbaijani President Ilham Aliyev was in Ankara. The Armenian premier said that the peace agenda had no alternative. The head of the Armenian government noted that Yerevan was ready. The Azerbaijani leader responded from Turkey. The head of state stressed that Baku would not make concessions.',
  );
  const who = (cue: string) => doc.layers.entities!.find((e) => e.id === only(quotes, cue, doc).speaker)?.name;
  assert.equal(who('said'), 'Nikol Pashinyan');
  assert.equal(who('noted'), 'Nikol Pashinyan');
  assert.equal(who('stressed'), 'Ilham Aliyev');
});

test('a dateline is neither source nor content; a place after a preposition in the source is not the speaker', () => {
  const { doc, quotes } = analyze(
    "TBILISI – Georgia's Interior Ministry denied reports that police had detained journalists.\n\nIts correspondent in the South Caucasus, reached by phone, said she had not been detained.\n\nKYIV – Three drones were shot down overnight, the air force said.",
  );
  assert.deepEqual(
    quotes.map((q) => [words(doc, q.source), words(doc, q.content)]),
    [
      ["Georgia's Interior Ministry", 'reports that police had detained journalists'],
      ['Its correspondent in the South Caucasus, reached by phone', 'she had not been detained'],
      ['the air force', 'Three drones were shot down overnight'],
    ],
  );
  assert.equal(quotes[1].speaker, null);
});

test('no subject across an object pronoun, and no saying in a participle phrase that describes a noun', () => {
  const { doc, quotes } = analyze(
    'The ministry summoned the envoy and handed him a note demanding that Kabul punish those responsible. The first stage, expected in 2029, is designed for 600,000 containers. The new line, announced last year, will open in May.',
  );
  assert.deepEqual(quotes.map((q) => [words(doc, q.source), words(doc, q.cue), words(doc, q.content)]), [['a note', 'demanding', 'that Kabul punish those responsible']]);
});

test('a verb of thinking set off by commas holds the words around it: "His leverage, they believe, is ..."', () => {
  const { doc, quotes } = analyze('The senator met his aides on Monday. His leverage, they believe, is not going anywhere. As many Democrats believe, the race is over.');
  assert.deepEqual(
    quotes.filter((q) => words(doc, q.cue) === 'believe' && words(doc, q.source) === 'they').map((q) => words(doc, q.content)),
    ['His leverage', 'is not going anywhere'],
  );
});

test('"the Russian side", "the Armenian authorities" speak for the state the article names; "Armenian officials" stay a group', () => {
  const { doc, quotes } = analyze('Russia and Armenia held talks. The Russian side said that it was concerned. The Armenian authorities said that the talks were useful. Armenian officials said that more talks would follow.');
  const name = (q: Quote) => doc.layers.entities!.find((e) => e.id === q.speaker)?.name;
  assert.deepEqual(quotes.map(name), ['Russia', 'Armenia', 'Armenian']);
});

test('anonymous attributions have no source', () => {
  const { doc, quotes } = analyze('There are rumors that Yerevan intends to leave the CSTO this summer. Its details were not disclosed, but it was reported that it was aimed at trade.');
  assert.equal(quotes.length, 2);
  assert.equal(words(doc, quotes[0].cue), 'There are rumors');
  assert.equal(words(doc, quotes[0].content), 'that Yerevan intends to leave the CSTO this summer');
  assert.equal(quotes[0].source, null);
  assert.equal(words(doc, quotes[1].cue), 'it was reported');
  assert.equal(words(doc, quotes[1].content), 'that it was aimed at trade');
  assert.equal(quotes[1].source, null);
  assert.equal(quotes[1].speaker, null);
  // where the rumours go round is not who spreads them
  const placed = analyze('Meanwhile, there are rumors in Tbilisi that the government is preparing a reshuffle.');
  assert.equal(placed.quotes.length, 1);
  assert.equal(words(placed.doc, placed.quotes[0].cue), 'there are rumors');
  assert.equal(words(placed.doc, placed.quotes[0].content), 'that the government is preparing a reshuffle');
  assert.equal(placed.quotes[0].source, null);
});

test('noun cues: "statements by X that" and "statements heard from X about"', () => {
  const { doc, quotes } = analyze(
    'This is discussed against the background of statements by Armenian politicians that Azerbaijan is preparing a new war. Over the past time, statements have been constantly heard from Yerevan about the fallacy of the course.',
  );
  assert.equal(quotes.length, 2);
  assert.equal(words(doc, quotes[0].cue), 'statements');
  assert.equal(words(doc, quotes[0].source), 'Armenian politicians');
  assert.equal(words(doc, quotes[0].content), 'that Azerbaijan is preparing a new war');
  assert.equal(words(doc, quotes[1].cue), 'statements have been constantly heard');
  assert.equal(words(doc, quotes[1].source), 'Yerevan');
  assert.equal(words(doc, quotes[1].content), 'about the fallacy of the course');
});

test('a noun phrase as content, and "quoted X as saying"', () => {
  const { doc, quotes } = analyze('More recently, French President Emmanuel Macron called for consideration of the introduction of NATO troops into Ukraine. Reuters quoted the minister as saying that the talks had failed.');
  const a = only(quotes, 'called for', doc);
  assert.equal(words(doc, a.content), 'consideration of the introduction of NATO troops into Ukraine');
  assert.equal(words(doc, a.source), 'French President Emmanuel Macron');
  assert.equal(quotes.length, 2);
  const b = quotes[1];
  assert.equal(words(doc, b.source), 'the minister');
  assert.equal(words(doc, b.content), 'that the talks had failed');
});

test('mixed quotes and speaker labels', () => {
  const { doc, quotes } = analyze('Pence said the tweet was only “to mock” Hillary Clinton.\n\nWALLACE: Why would Trump do that?');
  const a = only(quotes, 'said', doc);
  assert.equal(a.kind, 'mixed');
  assert.equal(words(doc, a.content), 'the tweet was only “to mock” Hillary Clinton');
  const b = only(quotes, ':', doc);
  assert.equal(words(doc, b.source), 'WALLACE');
  assert.equal(words(doc, b.content), 'Why would Trump do that?');
});

test('not quotes: scare quotes, announcing a purchase, an outlet crediting itself', () => {
  const { quotes } = analyze(
    'Among the projects that were discussed “in public” is the corridor. A few days ago, they announced the purchase of howitzers. The ministry opened a new office in Baku, News.Az reports.',
  );
  assert.deepEqual(quotes, []);
});

test('content spans keep the editorial inserts they cover', () => {
  const { doc, quotes } = analyze('Lavrov (*international criminal) warned his counterpart that Russia (*aggressor country) will listen to Azerbaijan.');
  const q = only(quotes, 'warned', doc);
  assert.equal(words(doc, q.content), 'that Russia (*aggressor country) will listen to Azerbaijan');
  assert.equal(words(doc, q.source), 'Lavrov');
});

test('speakers: names, pronouns and "who" resolve to entities', () => {
  const text = 'Armen Grigoryan met the press. He said that the talks failed. The ministry, which said it was ready, sent a note. Later Grigoryan told reporters that he would resign.';
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const entities: Entity[] = [
    { id: 'e1', type: 'PERSON', name: 'Armen Grigoryan', mentions: [{ start: at('Armen Grigoryan'), end: at('Armen Grigoryan') + 15, kind: 'name' }, { start: at('Grigoryan told'), end: at('Grigoryan told') + 9, kind: 'name' }] },
    { id: 'e2', type: 'ORG', name: 'ministry', mentions: [{ start: at('The ministry'), end: at('The ministry') + 12, kind: 'nominal' }] },
  ];
  const { doc, quotes } = quotesOnly(text, entities);
  // "He said" and "which said": both "said"; pick by source
  const bySource = new Map(quotes.map((q) => [words(doc, q.source), q]));
  assert.equal(bySource.get('He')?.speaker, 'e1');
  assert.equal(bySource.get('Grigoryan')?.speaker, 'e1');
  assert.equal(bySource.get('which')?.speaker, 'e2');
});

test('works without an entities layer', () => {
  const { doc, quotes } = quotesOnly('“We are ready,” he said.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].speaker, null);
  assert.equal(words(doc, quotes[0].source), 'he');
});

test('relative clauses: "who said" names the speaker by its antecedent; "which X said" has a gap', () => {
  const { doc, quotes } = analyze('The new rules, which officials said will take effect next month, were published. Sen. Amy Klobuchar, who sponsored the act, said the rules were unjust.');
  // two pieces, as PolNeAR has them: the relative pronoun standing for what was said, and the gap's clause
  const gap = quotes.filter((q) => words(doc, q.source) === 'officials');
  assert.deepEqual(gap.map((q) => words(doc, q.content)), ['which', 'will take effect next month']);
  assert.ok(gap.every((q) => words(doc, q.cue) === 'said'));
  const app = quotes.find((q) => words(doc, q.content) === 'the rules were unjust');
  assert.equal(words(doc, app?.source), 'Sen. Amy Klobuchar, who sponsored the act');
});

test('questions, naming verbs and credits after a dash', () => {
  const { doc, quotes } = analyze('Asked about the wall, Trump said Mexico would pay.\n\nClinton called the agreement “a historic step forward” in the fight.\n\n“Maybe we can build a wall around him.” ― Steve Quinlan');
  const asked = only(quotes, 'Asked', doc);
  assert.equal(words(doc, asked.content), 'about the wall');
  assert.equal(asked.source, null);
  const said = only(quotes, 'said', doc);
  assert.equal(words(doc, said.content), 'Mexico would pay');
  const called = only(quotes, 'called', doc);
  assert.equal(words(doc, called.content), 'the agreement “a historic step forward” in the fight');
  const credit = only(quotes, '―', doc);
  assert.equal(credit.kind, 'direct');
  assert.equal(words(doc, credit.source), 'Steve Quinlan');
  assert.equal(words(doc, credit.content), '“Maybe we can build a wall around him.”');
});

test('"I think" is a belief of the one speaking; a name that looks like a verb is no cue', () => {
  const { doc, quotes } = analyze('The interview ran long.\n\nA: I think the plan is a mistake. Hope Hicks did not respond to messages.');
  assert.equal(quotes.length, 1);
  assert.equal(words(doc, quotes[0].source), 'I');
  assert.equal(words(doc, quotes[0].content), 'the plan is a mistake');
});

test('attitude verbs take their object as content: endorse, criticize ... for, decline to', () => {
  const { doc, quotes } = analyze('The race tightened.\n\nGovernor Mike Pence endorsed the plan to cut taxes. Senator Ted Cruz criticized Obama for proposing new gun rules. The campaign declined to comment.');
  assert.equal(words(doc, only(quotes, 'endorsed', doc).content), 'the plan to cut taxes');
  assert.equal(words(doc, only(quotes, 'criticized', doc).content), 'Obama for proposing new gun rules');
  assert.equal(words(doc, only(quotes, 'declined', doc).content), 'to comment');
});

test('an evaluation whose object is a bare name is not a quote; desires and passives are not either', () => {
  const { doc, quotes } = analyze('The talks went on.\n\nThe Macron administration previously criticized Azerbaijan about the past elections. Moscow intends to reason with Yerevan. Security cooperation is being discussed, including arms sales.');
  assert.deepEqual(quotes.map((q) => words(doc, q.cue)), []);
});

test('seem / be expected: subject and predicate are two pieces with no source', () => {
  const { doc, quotes } = analyze('The vote is near.\n\nEnthusiasm for Clinton appears to have plummeted since 2008. The tribunal is expected to rule soon on the case.');
  const seem = quotes.filter((q) => words(doc, q.cue) === 'appears').map((q) => words(doc, q.content));
  assert.deepEqual(seem, ['Enthusiasm for Clinton', 'to have plummeted since 2008']);
  const exp = quotes.filter((q) => words(doc, q.cue) === 'is expected');
  assert.deepEqual(exp.map((q) => words(doc, q.content)), ['The tribunal', 'to rule soon on the case']);
  assert.ok(exp.every((q) => q.source === null && q.speaker === null));
});

test('polls show: a present form the tagger reads as a noun, and an object without a verb', () => {
  const { doc, quotes } = analyze('The race is close.\n\nPolls show that majorities favor letting people stay. The survey shows voters fear higher taxes.');
  assert.equal(words(doc, only(quotes, 'show', doc).content), 'that majorities favor letting people stay');
  assert.equal(words(doc, only(quotes, 'show', doc).source), 'Polls');
  assert.equal(words(doc, only(quotes, 'shows', doc).content), 'voters fear higher taxes');
});

test('a sentence the segmenter breaks inside brackets, and "said that, if ..." with an aside', () => {
  const { doc, quotes } = analyze('The hearing was tense.\n\n“It’s a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday. He said that, if elected, he would leave such decisions to generals.');
  const moore = quotes.find((q) => words(doc, q.content) === '“It’s a dog whistle,”');
  assert.equal(words(doc, moore?.source), 'Rep. Gwen Moore (D-Wis.)');
  const aside = quotes.find((q) => words(doc, q.source) === 'He');
  assert.equal(words(doc, aside?.content), 'that, if elected, he would leave such decisions to generals');
});

test('an attribution inside reported content: embedded ones are dropped, coordinated ones cut the content', () => {
  const { doc, quotes } = analyze('The rally ended late.\n\nPate told Breitbart News he would support the governor in the fall. Trump said he would order a review of the defenses and warned against hackers from China.');
  assert.deepEqual(quotes.map((q) => words(doc, q.cue)), ['told', 'said', 'warned against']);
  assert.equal(words(doc, only(quotes, 'said', doc).content), 'he would order a review of the defenses');
  assert.equal(words(doc, only(quotes, 'warned against', doc).content), 'hackers from China');
});

test('"what X said was ...", "which X called “...”": the relative pronoun is a piece of its own', () => {
  const { doc, quotes } = analyze('The plan was debated.\n\nIt amounted to what the senators said was economic gerrymandering. Forbes put it at $2.9 billion, which Mr. Trump called “a disgrace.”');
  assert.deepEqual(quotes.filter((q) => words(doc, q.cue) === 'said').map((q) => words(doc, q.content)), ['what', 'was economic gerrymandering']);
  assert.deepEqual(quotes.filter((q) => words(doc, q.cue) === 'called').map((q) => words(doc, q.content)), ['which', '“a disgrace.”']);
});

test('desires take an infinitive or an object; in a relative clause they only say who is meant', () => {
  const { doc, quotes } = analyze('The board met on Monday.\n\nThe newspaper wants to preserve its non-endorsement policy. Voters who want to leave the union are few. The governor hopes to cut taxes. The mayor plans to run again.');
  assert.equal(words(doc, only(quotes, 'wants', doc).content), 'to preserve its non-endorsement policy');
  assert.equal(words(doc, only(quotes, 'hopes', doc).content), 'to cut taxes');
  assert.equal(words(doc, only(quotes, 'plans', doc).content), 'to run again');
  assert.equal(quotes.filter((q) => words(doc, q.cue) === 'want').length, 0);
});

test('passive construals and "reportedly": what is construed and how, with no source', () => {
  const { doc, quotes } = analyze('The primaries went on.\n\nShe won the contests known as Super Tuesday. The committee, which is seen as aligned with Clinton, responded. The Club for Growth is reportedly spending $1.5 million on ads.');
  assert.deepEqual(quotes.filter((q) => words(doc, q.cue) === 'known as').map((q) => words(doc, q.content)), ['the contests', 'Super Tuesday']);
  assert.deepEqual(quotes.filter((q) => words(doc, q.cue) === 'is seen as').map((q) => words(doc, q.content)), ['which', 'aligned with Clinton']);
  const rep = quotes.filter((q) => words(doc, q.cue) === 'reportedly');
  assert.deepEqual(rep.map((q) => words(doc, q.content)), ['The Club for Growth', 'spending $1.5 million on ads']);
  assert.ok(rep.every((q) => q.source === null));
});

test('a sentence reported from a poll or a point of view: "In the latest poll, ...", "In their eyes, ..."', () => {
  const { doc, quotes } = analyze('The race is close.\n\nIn the latest NBC News poll released Monday, Trump has a growing lead. In their eyes, the deal would require a total rebranding. In a statement, she said the race was over.');
  const poll = quotes.find((q) => words(doc, q.cue) === 'In' && words(doc, q.content) === 'Trump has a growing lead');
  assert.equal(words(doc, poll?.source), 'the latest NBC News poll released Monday');
  const eyes = quotes.find((q) => words(doc, q.content) === 'the deal would require a total rebranding');
  assert.equal(words(doc, eyes?.source), 'their');
  // the statement's sentence has its own reporting verb
  assert.equal(words(doc, only(quotes, 'said', doc).content), 'the race was over');
});

test('poll figures as sources, pro-forms as content, and "said this is ..." not read as a time', () => {
  const { doc, quotes } = analyze('The survey was released.\n\nOn social issues, 42% say they are liberal. But 61 percent say the same of Clinton. Many experts said this is just a rough patch.');
  assert.equal(words(doc, quotes.find((q) => words(doc, q.content) === 'they are liberal')?.source), '42%');
  assert.equal(words(doc, quotes.find((q) => words(doc, q.content) === 'the same of Clinton')?.source), '61 percent');
  assert.equal(words(doc, only(quotes, 'said', doc).content), 'this is just a rough patch');
});

test('saying verbs that take what was made known as a noun phrase; announcing an act is not one', () => {
  const { doc, quotes } = analyze('Markets were calm.\n\nThe company reported earnings of $8.42 a share. Hoenlein described the meeting with the president. The ministry announced the purchase of howitzers.');
  assert.equal(words(doc, only(quotes, 'reported', doc).content), 'earnings of $8.42 a share');
  assert.equal(words(doc, only(quotes, 'described', doc).content), 'the meeting with the president');
  assert.equal(quotes.filter((q) => words(doc, q.cue) === 'announced').length, 0);
});

test('construing verbs need "as"; a reduced "expected to" is a construal too', () => {
  const { doc, quotes } = analyze('The vote is near.\n\nMany Democrats see the deal as a trap. We will see the results tomorrow. It was a year expected to produce record turnout.');
  assert.equal(words(doc, only(quotes, 'see', doc).content), 'the deal as a trap');
  assert.equal(words(doc, only(quotes, 'see', doc).source), 'Many Democrats');
  assert.deepEqual(quotes.filter((q) => words(doc, q.cue) === 'expected').map((q) => words(doc, q.content)), ['a year', 'to produce record turnout']);
});

test('what follows "said" is content: "each year of ...", a name read as a verb, a concessive clause', () => {
  const { doc, quotes } = analyze('The study was released.\n\nHe said each year of school adds a tenth to income. The Times said Cook provided a written statement. She says despite all that, Obama was not influenced by donors.');
  assert.deepEqual(quotes.map((q) => words(doc, q.content)), [
    'each year of school adds a tenth to income',
    'Cook provided a written statement',
    'despite all that, Obama was not influenced by donors',
  ]);
});

test('a quotation before "she said and ...", and a description between the quotation and the name', () => {
  const { doc, quotes } = analyze('The rally ended.\n\n“I’m supporting Tom Selleck,” she said and quickly hung up. “She is a mother of three,” another friend, Mariam Emara told CNN. “She gave lectures.”');
  assert.equal(words(doc, only(quotes, 'said', doc).content), '“I’m supporting Tom Selleck,”');
  const told = quotes.filter((q) => words(doc, q.cue) === 'told');
  assert.deepEqual(told.map((q) => words(doc, q.content)), ['“She is a mother of three,”', '“She gave lectures.”']);
  assert.equal(words(doc, told[0].source), 'another friend, Mariam Emara');
});

test('a contracted "has" is not a passive, and a relative clause ends at its comma', () => {
  const { doc, quotes } = analyze('The debate went on.\n\nHe’s criticized the plan as a failure. Lindsey Graham, who has called for 20,000 troops, spoke last. It’s said by many that the plan failed.');
  assert.equal(words(doc, only(quotes, 'criticized', doc).content), 'the plan as a failure');
  assert.equal(words(doc, only(quotes, 'called for', doc).content), '20,000 troops');
});

test('"“A,” the judge said, according to the Post. “B.”": B goes on with the judge, the outlet stays according-to', () => {
  const { doc, quotes } = analyze('The case went on.\n\n“When does it stop?” the judge said, according to the Post. “This case is about the public’s right to know.” The hearing ended.');
  const acc = only(quotes, 'according to', doc);
  assert.equal(acc.kind, 'according-to');
  assert.equal(words(doc, acc.source), 'the Post');
  const said = quotes.filter((q) => words(doc, q.cue) === 'said').map((q) => words(doc, q.content));
  assert.deepEqual(said, ['“When does it stop?”', '“This case is about the public’s right to know.”']);
});

test('a present tense the tagger reads as a noun: "The Post reports that", "Six in 10 say"; nouns stay nouns', () => {
  const { doc, quotes } = analyze('The race tightened.\n\nThe New York Post reports that the governor skipped the vote. Six in 10 say he is decisive. Swing states remain close.');
  const reports = only(quotes, 'reports', doc);
  assert.equal(words(doc, reports.source), 'The New York Post');
  assert.equal(words(doc, reports.content), 'that the governor skipped the vote');
  const say = only(quotes, 'say', doc);
  assert.equal(words(doc, say.source), 'Six in 10');
  assert.equal(words(doc, say.content), 'he is decisive');
  assert.equal(quotes.length, 2);
});

test("quotation marks written '' with a quoted phrase inside, and a quotation closed by a full stop before its attribution", () => {
  const { doc, quotes } = analyze("The summit ended.\n\n''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said. ''It is all lies.''\n\n“Find the emails that are missing.” Trump said. The crowd cheered.");
  const putin = quotes.filter((q) => words(doc, q.source) === 'Mr. Putin').map((q) => words(doc, q.content));
  assert.deepEqual(putin, ["''We are told all the time, 'Kosovo is a special case,'''", "''It is all lies.''"]);
  const trump = quotes.find((q) => words(doc, q.source) === 'Trump');
  assert.equal(words(doc, trump?.content), '“Find the emails that are missing.”');
});

test('"said that, “...”", "said that." and an inverted source followed by "when"', () => {
  const { doc, quotes } = analyze('The night was long.\n\nTrump tweeted that, “At least you know I will be there!” His voice broke by the time he said that. “Anyone who refuses is a traitor,” said voter Dan Golvach when asked.');
  assert.equal(words(doc, only(quotes, 'tweeted', doc).content), 'that, “At least you know I will be there!”');
  const that = quotes.find((q) => words(doc, q.source) === 'he');
  assert.equal(words(doc, that?.content), 'that');
  const inverted = quotes.find((q) => words(doc, q.source) === 'voter Dan Golvach');
  assert.ok(inverted);
  assert.equal(words(doc, inverted.content), '“Anyone who refuses is a traitor,”');
});

test('hyphenated words: a compound inside a phrase, "so-called" and "self-described" labels, a modifier that is no cue', () => {
  const { doc, quotes } = analyze('The debate was over.\n\n“We do not pay candidates,” Zucker said during a talk with Editor-in-Chief Ben Smith hosted by the Paley Center. Sanders, a self-described democratic socialist, won the state. His oft-stated promise was a wall.');
  assert.equal(words(doc, only(quotes, 'said', doc).content), '“We do not pay candidates,”');
  const label = only(quotes, 'described', doc);
  assert.equal(label.source, null);
  assert.equal(words(doc, label.content), 'democratic socialist');
  assert.equal(quotes.filter((q) => words(doc, q.cue) === 'stated').length, 0);
});

test('after "said," a participle tells how it was said; an opening participle phrase can be what was said', () => {
  const { doc, quotes } = analyze('The show returns.\n\n“She would look at me,” Mr. Biden said, clutching the lectern. Bringing the show back three years later, he said, feels right.');
  const biden = quotes.filter((q) => words(doc, q.source) === 'Mr. Biden').map((q) => words(doc, q.content));
  assert.deepEqual(biden, ['“She would look at me,”']);
  const he = quotes.filter((q) => words(doc, q.source) === 'he').map((q) => words(doc, q.content));
  assert.deepEqual(he, ['Bringing the show back three years later', 'feels right']);
});

test('a show title after a possessive is where it was said, and a comma inside the title still separates', () => {
  const { doc, quotes } = analyze('Shays spoke.\n\nShays was for Kasich while the governor was running, he said Wednesday on MSNBC’s “Morning Joe.” “Kasich would be best,” Graham said on "Morning Joe," adding, “He has no chance.”');
  const he = quotes.filter((q) => words(doc, q.source) === 'he').map((q) => words(doc, q.content));
  assert.deepEqual(he, ['Shays was for Kasich while the governor was running']);
  const graham = quotes.filter((q) => words(doc, q.source) === 'Graham').map((q) => words(doc, q.content));
  assert.deepEqual(graham, ['“Kasich would be best,”', '“He has no chance.”']);
});

test('"X said, according to Y": the outlet reports the whole saying', () => {
  const { doc, quotes } = analyze('The suit was filed.\n\n“The committee understands,” spokesman Jamal Ware said in a statement according to The Blaze.');
  const acc = only(quotes, 'according to', doc);
  assert.equal(words(doc, acc.content), '“The committee understands,” spokesman Jamal Ware said in a statement');
  assert.equal(words(doc, only(quotes, 'said', doc).content), '“The committee understands,”');
});

test('nouns of saying, stance and intention after a possessor: "Trump’s claim that", "her promise to", "his attacks on"', () => {
  const { doc, quotes } = analyze('The campaign went on.\n\nVoters doubted Trump’s claim that he would win. They liked her promise to cut taxes. His attacks on the senator continued.');
  const claim = only(quotes, 'claim', doc);
  assert.equal(words(doc, claim.source), 'Trump');
  assert.equal(words(doc, claim.content), 'that he would win');
  assert.equal(words(doc, only(quotes, 'promise', doc).content), 'to cut taxes');
  const attacks = only(quotes, 'attacks on', doc);
  assert.equal(words(doc, attacks.source), 'His');
  assert.equal(words(doc, attacks.content), 'the senator');
});

test('light-verb phrases of saying: "made it clear that", "took issue with", "raised questions about"', () => {
  const { doc, quotes } = analyze('The hearing ended.\n\nThe senator made it clear Tuesday that she would vote against the bill. Sanders took issue with the ruling. Trump raised questions about the count.');
  assert.equal(words(doc, only(quotes, 'made it clear', doc).content), 'that she would vote against the bill');
  assert.equal(words(doc, only(quotes, 'took issue with', doc).content), 'the ruling');
  const raised = only(quotes, 'raised questions about', doc);
  assert.equal(words(doc, raised.source), 'Trump');
  assert.equal(words(doc, raised.content), 'the count');
});

test('a sign "reads" a quotation, one "announced his candidacy", one "asked X about Y"; a plain read is no cue', () => {
  const { doc, quotes } = analyze('The rally began.\n\nOne sign read, “Trump is disgusting.” Sanders announced his candidacy in May. The host asked Kasich about the path ahead. She read the report twice.');
  assert.equal(words(doc, only(quotes, 'read', doc).content), '“Trump is disgusting.”');
  assert.equal(words(doc, only(quotes, 'announced', doc).content), 'his candidacy in May');
  assert.equal(words(doc, only(quotes, 'asked', doc).content), 'about the path ahead');
});

test('a name, an age and a description between commas: the name heads the source', () => {
  const { doc, quotes } = analyze('Voters were split.\n\n“She has not been truthful,” Cecelia Purner, 67, a retired teacher in Allentown, Pa., said.');
  assert.equal(words(doc, quotes[0].source), 'Cecelia Purner, 67, a retired teacher in Allentown, Pa.');
});

test('after a quotation, what follows "told" is the audience: "told a crowd that the campaign estimated at 3,000"', () => {
  const { doc, quotes } = analyze('The rally was loud.\n\n“Labels are for soup cans,” the former president told a crowd that the campaign estimated at 3,000 people. “We are doing very well,” Sanders told Rolling Stone in late May.');
  const told = quotes.filter((q) => words(doc, q.cue) === 'told').map((q) => words(doc, q.content));
  assert.deepEqual(told, ['“Labels are for soup cans,”', '“We are doing very well,”']);
});

test('a name and a colon inside a sentence before a quotation; a gerund or "data" heading what shows', () => {
  const { doc, quotes } = analyze('Sanders surged.\n\nThe timing does not surprise Republican pollster Daron Shaw: “Lesser-known candidates get the biggest boost.” Exit polling showed that Clinton won every group. Data show that graduates earn more.');
  const colon = only(quotes, ':', doc);
  assert.equal(words(doc, colon.source), 'Republican pollster Daron Shaw');
  assert.equal(words(doc, colon.content), '“Lesser-known candidates get the biggest boost.”');
  assert.equal(words(doc, only(quotes, 'showed', doc).source), 'Exit polling');
  assert.equal(words(doc, only(quotes, 'show', doc).source), 'Data');
});

test('a source that begins inside a name takes the whole name, and the content gives those words back', () => {
  const { doc, quotes } = analyze('The roadmap was signed in Tashkent, the Uzbek Ministry of Investment, Industry and Trade said in a statement.');
  assert.equal(quotes.length, 1);
  assert.equal(words(doc, quotes[0].source), 'the Uzbek Ministry of Investment, Industry and Trade');
  assert.equal(words(doc, quotes[0].content), 'The roadmap was signed in Tashkent');
  assert.equal(doc.layers.entities!.find((e) => e.id === quotes[0].speaker)?.name, 'Uzbek Ministry of Investment, Industry and Trade');
});

test('a cue that ascribes a goal marks the quote with its intent; sayings carry none', () => {
  const { quotes } = analyze('The mayor plans to visit Busan. Baku wants unimpeded passage. The minister said the talks were useful.');
  assert.deepEqual(quotes.map((q) => q.intent ?? null), ['plan', 'wish', null]);
});

test('a sentence-initial name the tagger reads as a verb, an adverb opening the content, an auxiliary after an apposition', () => {
  const { doc, quotes } = analyze(
    'The audit ended.\n\nCook said Hartley stopped the practice in May. Ms. Ortiz said none of the other candidates were listed on the ballot. Mayor Pell, who has run the city since 2019, has said the budget will balance.',
  );
  const said = quotes.filter((q) => words(doc, q.cue) === 'said');
  assert.deepEqual(
    said.map((q) => [words(doc, q.source), words(doc, q.content)]),
    [
      ['Cook', 'Hartley stopped the practice in May'],
      ['Ms. Ortiz', 'none of the other candidates were listed on the ballot'],
      ['Mayor Pell, who has run the city since 2019', 'the budget will balance'],
    ],
  );
});

test('the object of an attitude ends where a new clause begins', () => {
  const { doc, quotes } = analyze('The vote neared.\n\nWhile business groups push for lower tariffs, the governor has rallied workers. A voter asked for a photo and the senator agreed.');
  assert.equal(words(doc, only(quotes, 'push for', doc).content), 'lower tariffs');
  assert.equal(words(doc, only(quotes, 'asked for', doc).content), 'a photo');
});

test('a light verb and a noun of saying: "made the observation that", "delivered a defense of", "voiced concerns about"', () => {
  const { doc, quotes } = analyze(
    'The hearing ran late.\n\nThe senator made the observation that the bill had no funding. Ms. Reyes delivered an impassioned defense of the program. Several mayors voiced concerns about the cost. The firm made a profit of $5 million.',
  );
  assert.equal(words(doc, only(quotes, 'made the observation', doc).content), 'that the bill had no funding');
  const defense = only(quotes, 'delivered an impassioned defense of', doc);
  assert.equal(words(doc, defense.source), 'Ms. Reyes');
  assert.equal(words(doc, defense.content), 'the program');
  assert.equal(words(doc, only(quotes, 'voiced concerns about', doc).content), 'the cost');
  assert.equal(quotes.filter((q) => /profit/.test(words(doc, q.cue) ?? '')).length, 0);
});

test('a progressive read as an adjective, and an attitude verb after a plural subject read as a noun', () => {
  const { doc, quotes } = analyze('The plan was unveiled.\n\nThe province is promising to build two new bridges. Most farmers in the three counties support expanding the canal. The campaign support staff grew.');
  const promising = only(quotes, 'promising', doc);
  assert.equal(words(doc, promising.source), 'The province');
  assert.equal(words(doc, promising.content), 'to build two new bridges');
  const support = only(quotes, 'support', doc);
  assert.match(words(doc, support.source)!, /farmers in the three counties$/);
  assert.equal(words(doc, support.content), 'expanding the canal');
});

test('the one told or asked is the subject of a passive: "I was told that", "was asked, “...”"', () => {
  const { doc, quotes } = analyze('The meeting was tense.\n\nI was told that the board would not meet again. The mayor was asked by reporters, “Will you run again?” She was asked to leave.');
  const told = only(quotes, 'was told', doc);
  assert.equal(told.source, null);
  assert.equal(words(doc, told.content), 'that the board would not meet again');
  const asked = only(quotes, 'was asked', doc);
  assert.equal(words(doc, asked.source), 'reporters');
  assert.equal(words(doc, asked.content), '“Will you run again?”');
});

test('a quotation after an attribution that closes its sentence goes on with the same speaker', () => {
  const { doc, quotes } = analyze('The court ruled.\n\nThe union will appeal the ruling, its lawyer, Dana Moss, says. “We have never lost a case like this one.” “Whatever happens next,” Moss notes.');
  const says = quotes.filter((q) => words(doc, q.cue) === 'says');
  assert.deepEqual(says.map((q) => words(doc, q.content)), ['The union will appeal the ruling', '“We have never lost a case like this one.”']);
  assert.equal(words(doc, only(quotes, 'notes', doc).source), 'Moss');
});

test('a reporting verb the tagger read as an adjective, an addressee before a clause, a source described by a participle', () => {
  const { doc, quotes } = analyze(
    'The deal closed.\n\nIn a call with analysts, chief executive Dana Read said the board had weighed the risks. The director of the fund, Ana Ruiz, told the AP her group never worked with him. “Nobody will stop us now!” wrote a man calling himself Pete.',
  );
  const said = only(quotes, 'said', doc);
  assert.equal(words(doc, said.source), 'chief executive Dana Read');
  assert.equal(words(doc, said.content), 'the board had weighed the risks');
  assert.equal(words(doc, only(quotes, 'told', doc).content), 'her group never worked with him');
  const wrote = only(quotes, 'wrote', doc);
  assert.equal(words(doc, wrote.source), 'a man');
  assert.equal(words(doc, wrote.content), '“Nobody will stop us now!”');
});

test('what is questioned, and an attitude of a plural subject before a bare noun object', () => {
  const { doc, quotes } = analyze('The poll was released.\n\nThe senator is questioning whether the agency followed the law. By a wide margin, Millennials support background checks for all buyers.');
  assert.equal(words(doc, only(quotes, 'questioning', doc).content), 'whether the agency followed the law');
  const support = only(quotes, 'support', doc);
  assert.equal(words(doc, support.source), 'Millennials');
  assert.equal(words(doc, support.content), 'background checks for all buyers');
});

test('a possessive noun of saying whose content follows a copula; a participle after "said" is how it was said', () => {
  const { doc, quotes } = analyze(
    'The debate ended.\n\nThe governor’s response was that the tax code rewards the wrong people. Her message was simple: the state must act. “I was asked this a month ago,” Ms. Hale said answering a question at a town hall. His case was dismissed.',
  );
  const response = only(quotes, 'response was', doc);
  assert.equal(words(doc, response.source), 'The governor');
  assert.equal(words(doc, response.content), 'that the tax code rewards the wrong people');
  assert.equal(words(doc, only(quotes, 'message was simple:', doc).content), 'the state must act');
  assert.equal(words(doc, only(quotes, 'said', doc).content), '“I was asked this a month ago,”');
  assert.equal(quotes.filter((q) => /case/.test(words(doc, q.cue) ?? '')).length, 0);
});

test('an attribution after a question, a source with a participle modifier, an adverb after an apposition', () => {
  const { doc, quotes } = analyze(
    'The race tightened.\n\n“You think I am going to change?” Mr. Lund asked reporters. “There is no data to suggest that,” said one unaligned Ohio strategist. The survey, conducted for the union, also found that support for the strike rose.',
  );
  const asked = only(quotes, 'asked', doc);
  assert.equal(words(doc, asked.source), 'Mr. Lund');
  assert.equal(words(doc, asked.content), '“You think I am going to change?”');
  assert.equal(words(doc, only(quotes, 'said', doc).source), 'one unaligned Ohio strategist');
  const found = only(quotes, 'found', doc);
  assert.equal(words(doc, found.source), 'The survey, conducted for the union');
  assert.equal(words(doc, found.content), 'that support for the strike rose');
});

test('a stance told with an adjective: "were worried about", "is confident that", "is reluctant to"; "it is clear that" names no one', () => {
  const { doc, quotes } = analyze(
    'The poll came out.\n\nMost farmers in the valley were worried about the drought. The mayor is deeply skeptical of the plan. She is confident that the bill will pass. They are reluctant to endorse him. It is clear that the plan failed.',
  );
  const worried = only(quotes, 'were worried about', doc);
  assert.match(words(doc, worried.source)!, /farmers in the valley$/);
  assert.equal(words(doc, worried.content), 'the drought');
  assert.equal(words(doc, only(quotes, 'is deeply skeptical of', doc).content), 'the plan');
  assert.equal(words(doc, only(quotes, 'is confident', doc).content), 'that the bill will pass');
  assert.equal(words(doc, only(quotes, 'are reluctant', doc).content), 'to endorse him');
  assert.equal(quotes.filter((q) => /clear/.test(words(doc, q.cue) ?? '')).length, 0);
});

test('a stance about a noun and the clause with no "that" after it keeps the clause', () => {
  const { doc, quotes } = analyze('The audit closed.\n\nThe governor is unhappy with the way the agency handled the flood claims. The union was worried about the plan, and its members walked out.');
  assert.equal(words(doc, only(quotes, 'is unhappy with', doc).content), 'the way the agency handled the flood claims');
  assert.equal(words(doc, only(quotes, 'was worried about', doc).content), 'the plan');
});

test('phrasal cues of attention and agreement, and support that names no holder', () => {
  const { doc, quotes } = analyze('The summit opened.\n\nThe governor focused on rural hospitals. Two senators agreed with the ruling. Public support for the measure has grown.');
  assert.equal(words(doc, only(quotes, 'focused on', doc).content), 'rural hospitals');
  assert.equal(words(doc, only(quotes, 'agreed with', doc).source), 'Two senators');
  const support = only(quotes, 'support for', doc);
  assert.equal(support.source, null);
  assert.equal(words(doc, support.content), 'the measure');
});

test('feelings toward someone are stances: "hate the tax", "distrust the media"', () => {
  const { doc, quotes } = analyze('The vote neared.\n\nUnion leaders hate the new tax. Many rural voters distrust the national media.');
  assert.equal(words(doc, only(quotes, 'hate', doc).content), 'the new tax');
  assert.equal(words(doc, only(quotes, 'distrust', doc).source), 'Many rural voters');
});

test('naming and judging verbs whose object runs into what it is called: "called the flood a warning", "deemed the release a trade-off"', () => {
  const { doc, quotes } = analyze('The storm passed.\n\nThe mayor called the flood a warning for the whole region. The governor deemed the release a reasonable trade-off.');
  assert.equal(words(doc, only(quotes, 'called', doc).content), 'the flood a warning for the whole region');
  assert.equal(words(doc, only(quotes, 'deemed', doc).content), 'the release a reasonable trade-off');
});

test('a quantifier as the subject, and pro-forms the tokenizer glued to the full stop', () => {
  const { doc, quotes } = analyze('The talks stalled.\n\nSome said the offer came too late. Asked if she would run, the mayor said no. The old manual says so. He said so far the plan works.');
  const said = quotes.filter((q) => words(doc, q.cue) === 'said').map((q) => [words(doc, q.source), words(doc, q.content)?.replace(/\.$/, '')]);
  assert.deepEqual(said, [
    ['Some', 'the offer came too late'],
    ['the mayor', 'no'],
    ['He', 'the plan works'],
  ]);
  assert.equal(words(doc, only(quotes, 'says', doc).content)?.replace(/\.$/, ''), 'so');
});

test('the WordNet tier reads verbs of saying the hand lexicon lacks, in plain frames only', () => {
  const { doc, quotes } = analyze(
    'Governor Maria Lopez divulged that the state would close two prisons next year.\n\n' +
      '“Get off my stage,” Mr. Hale bellowed.\n\n' +
      'The ruling means that the state must redraw its maps.\n\n' +
      'Councilman Reyes bellowed at the crowd for ten minutes.',
  );
  const divulged = only(quotes, 'divulged', doc);
  assert.equal(words(doc, divulged.source), 'Governor Maria Lopez');
  assert.equal(words(doc, divulged.content), 'that the state would close two prisons next year');
  const bellowed = quotes.filter((q) => words(doc, q.cue) === 'bellowed');
  // the quotation before the verb is said; shouting at a crowd with no words given is not a quote
  assert.deepEqual(bellowed.map((q) => words(doc, q.content)), ['“Get off my stage,”']);
  assert.equal(words(doc, bellowed[0].source), 'Mr. Hale');
  // a ruling that "means" something says nothing: the subject has to be one that speaks
  assert.ok(!quotes.some((q) => words(doc, q.cue) === 'means'));
});

test('the WordNet tier comes after the hand lexicon and only for verbs', () => {
  const tok = (text: string, lemma: string, pos: string) => ({ text, lower: text.toLowerCase(), lemma, pos }) as unknown as Parameters<typeof lexiconCue>[0];
  assert.equal(lexiconCue(tok('said', 'say', 'VERB')), null, 'the hand lexicon owns "say"');
  assert.equal(lexiconCue(tok('divulged', 'divulge', 'VERB'))?.lemma, 'divulge');
  assert.equal(lexiconCue(tok('divulged', 'divulge', 'VERB'))?.lexicon, true);
  assert.equal(lexiconCue(tok('bellow', 'bellow', 'NOUN')), null, 'a noun reading is not a cue');
  // a thinking verb reads like "believe": it needs an explicit clause
  assert.equal(lexiconCue(tok('figured', 'figure', 'VERB'))?.cognitive, true);
});

test('a noun of saying from the WordNet tier takes a that-clause after its possessor', () => {
  const { doc, quotes } = analyze('Critics seized on the mayor’s avowal that the bridge would reopen by May.');
  const avowal = only(quotes, 'avowal', doc);
  assert.equal(words(doc, avowal.source), 'the mayor');
  assert.equal(words(doc, avowal.content), 'that the bridge would reopen by May');
});

test('a WordNet-tier verb after a capitalised quantifier is no saying: "None of this means that ..."', () => {
  const { quotes } = analyze('The line opened.\n\nNone of this means that the railway is a bad idea.');
  assert.equal(quotes.length, 0);
});
