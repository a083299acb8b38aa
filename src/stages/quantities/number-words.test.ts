import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lex } from './lexer.js';
import { foldWord, readNumber, readRatio } from './number-words.js';

function read(text: string): { value: number; used: string } | null {
  const lx = lex(text);
  const n = readNumber(lx, 0);
  if (!n) return null;
  const r = readRatio(lx, n) ?? n;
  return { value: r.value, used: text.slice(lx[0].start, lx[r.end - 1].end) };
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('lexer: numerals', () => {
  it('reads separators, decimals, scientific notation and fractions', () => {
    const cases: Array<[string, number]> = [
      ['1,234,567', 1234567], ['1 234 567.89', 1234567.89], ['1.111,11', 1111.11], ['4.800', 4.8], ['.25', 0.25],
      ['4e14', 4e14], ['-12e-1', -1.2], ['1.3x10^6', 1.3e6], ['2.48×10−5', 2.48e-5], ['8x2^10', 8192], ['2 1/2', 2.5],
      ['3/4', 0.75], ['2½', 2.5], ['5,00', 5],
    ];
    for (const [text, value] of cases) {
      const lx = lex(text.replace(/^-/, ''));
      assert.equal(lx[0].kind, 'num', text);
      const v = text.startsWith('-') ? -lx[0].value : lx[0].value;
      assert.ok(close(v, value), `${text}: ${v} != ${value}`);
    }
  });

  it('keeps lists and dates apart', () => {
    assert.deepEqual(lex('22,24,26').filter((l) => l.kind === 'num').map((l) => l.value), [22, 24, 26]);
    assert.deepEqual(lex('423 0000').filter((l) => l.kind === 'num').map((l) => l.value), [423, 0]);
  });
});

describe('number words', () => {
  it('reads cardinals with scales and connectors', () => {
    const cases: Array<[string, number]> = [
      ['twenty-five', 25], ['fifty - two', 52], ['a hundred and two', 102], ['one hundred and sixty-one', 161],
      ['two hundred and two thousand', 202000], ['twenty-one trillion and three hundred', 21000000000300],
      ['3 hundred and 21', 321], ['322 hundred', 32200], ['4 thousand 3 hundred and 21', 4321], ['13 lakh', 1.3e6],
      ['6 crore and two hundred', 60000200], ['three lakh crore', 3e12], ['1,674.5 million', 1674500000], ['2mil', 2e6],
      ['a dozen', 12], ['3 dozens', 36], ['three hundred and two dozens', 324], ['half a dozen', 6],
    ];
    for (const [text, value] of cases) {
      const r = read(text);
      assert.ok(r && close(r.value, value), `${text}: ${r?.value} != ${value}`);
      assert.equal(r!.used, text);
    }
  });

  it('stops where a second number begins', () => {
    assert.deepEqual(read('3 hundred and 2 hundred'), { value: 300, used: '3 hundred' });
    assert.deepEqual(read('4000 3 hundred'), { value: 4000, used: '4000' });
  });

  it('reads fractions, decimals and ratios', () => {
    const cases: Array<[string, number]> = [
      ['two thirds', 2 / 3], ['a half', 0.5], ['one-eighth', 0.125], ['three quarters', 0.75], ['a hundred trillionths', 1e-10],
      ['one twenty-fifth', 0.04], ['twenty twenty fifths', 0.8], ['one hundred and three quarters', 100.75],
      ['one and a half', 1.5], ['five and a half million', 5.5e6], ['3 million and a half', 3.5e6],
      ['one billion and three quarters million', 1000750000], ['two thirds of a million', 2e6 / 3],
      ['half million', 5e5], ['two hundred point zero three', 200.03], ['nought point nought three', 0.03],
      ['one over three', 1 / 3], ['two out of five hundred', 0.004],
    ];
    for (const [text, value] of cases) {
      const r = read(text);
      assert.ok(r && close(r.value, value), `${text}: ${r?.value} != ${value}`);
    }
  });

  it('does not read "a" or "hundreds" alone as numbers', () => {
    assert.equal(read('a car'), null);
    assert.equal(read('hundreds of people'), null);
    assert.equal(read('million'), null);
  });

  it('reads -fold words', () => {
    assert.equal(foldWord('fivefold'), 5);
    assert.equal(foldWord('tenfold'), 10);
    assert.equal(foldWord('manifold'), null);
  });
});
