import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanView } from './clean-view.js';

test('no removals: the view is the source', () => {
  const v = cleanView('abc', []);
  assert.equal(v.text, 'abc');
  assert.deepEqual(v.sourceSpan(1, 2), { start: 1, end: 2 });
});

test('offsets map both ways around removed stretches', () => {
  const src = 'Russia (*x) said. Russia (*x)’s share';
  const removed = [{ start: 6, end: 11 }, { start: 24, end: 29 }];
  const v = cleanView(src, removed);
  assert.equal(v.text, 'Russia said. Russia’s share');
  // "said" in the clean view is "said" in the source
  const cs = v.text.indexOf('said');
  const s = v.sourceSpan(cs, cs + 4);
  assert.equal(src.slice(s.start, s.end), 'said');
  // a span ending right before a removed stretch does not swallow it
  const r = v.sourceSpan(13, 19);
  assert.equal(src.slice(r.start, r.end), 'Russia');
  // "Russia’s" spans the removed insert in the source
  const p = v.sourceSpan(13, 21);
  assert.equal(src.slice(p.start, p.end), 'Russia (*x)’s');
  // source offsets inside a removed stretch map to where it was removed
  assert.equal(v.toClean(8), 6);
  assert.equal(v.toClean(src.indexOf('said')), cs);
  for (let i = 0; i <= v.text.length; i++) assert.equal(v.toClean(v.toSource(i)), i);
});

test('overlapping removals are refused', () => {
  assert.throws(() => cleanView('abcdef', [{ start: 1, end: 4 }, { start: 3, end: 5 }]), RangeError);
});
