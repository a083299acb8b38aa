import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ErrorCodes } from '../core/errors.js';
import { readInputs } from './read-inputs.js';
import type { InputItem } from './types.js';

let dir: string;
const file = (name: string, content: string | Uint8Array) => {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
};
const all = (inputs: string[], opts = {}): InputItem[] => [...readInputs(inputs, opts)];
const failure = (item: InputItem) => {
  assert.equal(item.ok, false, `expected an error, got ${JSON.stringify(item)}`);
  return item as Extract<InputItem, { ok: false }>;
};
const article = (item: InputItem) => {
  assert.equal(item.ok, true, `expected an article, got ${JSON.stringify(item)}`);
  return (item as Extract<InputItem, { ok: true }>).article;
};

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-inputs-'));
});
after(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('readInputs: .txt', () => {
  it('keeps the text byte for byte and takes the metadata options', () => {
    const text = 'Ministers meet in Vilnius\n\nThe foreign ministers of the Baltic states met on Monday.  \r\nTalks continue.\n';
    const p = file('vilnius.txt', text);
    const items = all([p], { published: '2024-05-06', title: 'Ministers meet', url: 'https://example.org/a', outlet: 'Baltic Wire' });
    assert.equal(items.length, 1);
    const a = article(items[0]);
    assert.equal(a.text, text);
    assert.equal(a.id, undefined);
    assert.deepEqual(a.meta, { input: p, published: '2024-05-06', title: 'Ministers meet', url: 'https://example.org/a', outlet: 'Baltic Wire' });
  });

  it('takes the publication date a text states in a line of its own near the top, unless one is given', () => {
    const text = 'Yerevan and Baku return to the table\n\nPublished: 12 March 2024\n\nThe ministers will meet in Berlin. Published reports differ: 3 May 2023.\n';
    const p = file('stated-date.txt', text);
    assert.equal(article(all([p])[0]).meta.published, '2024-03-12');
    assert.equal(article(all([p], { published: '2024-03-20' })[0]).meta.published, '2024-03-20');
    // a date deep in the body, or a line that is no date line, says nothing about publication
    const body = file('body-date.txt', 'The ministers met.\n\nThey last met on 3 May 2023.\n');
    assert.equal(article(all([body])[0]).meta.published, undefined);
  });

  it('drops a UTF-8 byte order mark and reads UTF-16 with one', () => {
    const bom = file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Tallinn, Estonia.')]));
    assert.equal(article(all([bom])[0]).text, 'Tallinn, Estonia.');
    const utf16 = file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Riga “quoted”', 'utf16le')]));
    assert.equal(article(all([utf16])[0]).text, 'Riga “quoted”');
  });

  it('refuses an empty (or blank) file', () => {
    for (const [name, content] of [['empty.txt', ''], ['blank.txt', ' \n\t\n']]) {
      const p = file(name, content);
      const e = failure(all([p])[0]);
      assert.equal(e.code, ErrorCodes.INPUT_EMPTY);
      assert.equal(e.input, p);
      assert.match(e.message, new RegExp(`^${escape(p)}: `));
    }
  });

  it('refuses binary data (NUL bytes), naming the file', () => {
    const p = file('picture.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const e = failure(all([p])[0]);
    assert.equal(e.code, ErrorCodes.INPUT_BINARY);
    assert.equal(e.input, p);
    assert.match(e.message, new RegExp(`^${escape(p)}: binary data`));
  });

  it('refuses invalid UTF-8, naming the file', () => {
    const p = file('latin1.txt', Buffer.from('Minist\xe8re des Affaires \xe9trang\xe8res', 'latin1'));
    const e = failure(all([p])[0]);
    assert.equal(e.code, ErrorCodes.INPUT_UNREADABLE);
    assert.equal(e.message, `${p}: not valid UTF-8 text`);
  });

  it('reports a missing path and goes on with the next input', () => {
    const missing = path.join(dir, 'no-such-file.txt');
    const ok = file('present.txt', 'Present.');
    const items = all([missing, ok]);
    assert.equal(items.length, 2);
    const e = failure(items[0]);
    assert.equal(e.code, ErrorCodes.INPUT_UNREADABLE);
    assert.equal(e.message, `${missing}: no such file or directory`);
    assert.equal(article(items[1]).text, 'Present.');
  });
});

describe('readInputs: .jsonl', () => {
  it('reads good lines and reports each bad one by file:line, in order', () => {
    const lines = [
      JSON.stringify({ id: 'a1', text: 'Protesters gathered in Tbilisi.', published: '2024-03-01', outlet: 'Wire', title: 'Protest', url: 'https://x.example/1' }),
      '{"id": "a2", "text": "unterminated',
      '',
      JSON.stringify({ id: 'a3', text: '   ' }),
      JSON.stringify({ id: 'a4', text: 'Ankara and Baku signed a deal.', published: 20240301 }),
      JSON.stringify({ id: 'a5', text: 'Warsaw hosted the talks.', published: 'March 1st' }),
      JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ text: 'No id here, published with a time.', published: '2024-03-02T10:00:00+01:00' }),
      JSON.stringify({ id: 'a7', title: 'no text' }),
    ];
    const p = file('batch.jsonl', lines.join('\n') + '\n');
    const items = all([p], { published: '1999-01-01', outlet: 'ignored for jsonl' });
    assert.equal(items.length, 8);

    const first = article(items[0]);
    assert.equal(first.id, 'a1');
    assert.equal(first.text, 'Protesters gathered in Tbilisi.');
    assert.deepEqual(first.meta, { input: `${p}:1`, published: '2024-03-01', title: 'Protest', url: 'https://x.example/1', outlet: 'Wire' });

    const bad = failure(items[1]);
    assert.equal(bad.code, ErrorCodes.INPUT_BAD_JSONL);
    assert.equal(bad.input, `${p}:2`);
    assert.match(bad.message, new RegExp(`^${escape(p)}:2: not valid JSON`));

    const empty = failure(items[2]);
    assert.equal(empty.code, ErrorCodes.INPUT_EMPTY);
    assert.equal(empty.input, `${p}:4`);

    const nonString = failure(items[3]);
    assert.equal(nonString.code, ErrorCodes.INPUT_BAD_FIELD);
    assert.equal(nonString.message, `${p}:5: field published must be a string`);

    const badDate = failure(items[4]);
    assert.equal(badDate.code, ErrorCodes.INPUT_BAD_FIELD);
    assert.match(badDate.message, new RegExp(`^${escape(p)}:6: "published" must be YYYY-MM-DD`));

    const array = failure(items[5]);
    assert.equal(array.code, ErrorCodes.INPUT_BAD_JSONL);
    assert.equal(array.input, `${p}:7`);

    const noId = article(items[6]);
    assert.equal(noId.id, undefined);
    assert.deepEqual(noId.meta, { input: `${p}:8`, published: '2024-03-02T10:00:00+01:00' });

    const noText = failure(items[7]);
    assert.equal(noText.code, ErrorCodes.INPUT_EMPTY);
    assert.equal(noText.input, `${p}:9`);
  });

  it('accepts Windows line ends', () => {
    const p = file('crlf.jsonl', '{"id":"w1","text":"One."}\r\n{"id":"w2","text":"Two."}\r\n');
    assert.deepEqual(all([p]).map((i) => article(i).id), ['w1', 'w2']);
  });
});

describe('readInputs: .html', () => {
  it('extracts the article and fills missing metadata from the options', () => {
    const p = file('page.html', `<!doctype html><html><head><title>Summit ends</title><meta property="og:site_name" content="Nordic Desk"></head>
      <body><nav><a>Home</a></nav><article><p>The Nordic Council closed its session in Oslo on Thursday.</p><p>The next one will be held in Helsinki.</p></article></body></html>`);
    const a = article(all([p], { published: '2024-10-31', outlet: 'Option Outlet' })[0]);
    assert.equal(a.text, 'The Nordic Council closed its session in Oslo on Thursday.\nThe next one will be held in Helsinki.');
    assert.equal(a.meta.input, p);
    assert.equal(a.meta.published, '2024-10-31'); // the page has none: the option fills it
    assert.equal(a.meta.outlet, 'Nordic Desk'); // the page's own wins
  });

  it('reports a page with no article text', () => {
    const p = file('nav-only.html', '<html><body><nav><a href="/">Home</a></nav></body></html>');
    const e = failure(all([p])[0]);
    assert.equal(e.code, ErrorCodes.INPUT_EMPTY);
    assert.equal(e.message, `${p}: no article text found in the HTML`);
  });
});

describe('readInputs: directories', () => {
  it('reads a directory recursively, in sorted order, only the kinds Sift reads', () => {
    const root = path.join(dir, 'corpus');
    const f = (name: string, content: string) => {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), content);
    };
    f('b-second.txt', 'Second.');
    f('a-first.txt', 'First.');
    f('c-dir/inner-2.jsonl', '{"id":"j1","text":"Inner jsonl one."}\n{"id":"j2","text":"Inner jsonl two."}\n');
    f('c-dir/deeper/inner-1.html', '<p>Inner html.</p>');
    f('d-last.md', 'Markdown last.');
    f('notes.json', '{"not": "an article"}');
    f('photo.png', 'not read');
    f('.hidden.txt', 'Hidden.');
    f('node_modules/pkg/readme.txt', 'Never.');
    const items = all([root]);
    assert.deepEqual(
      items.map((i) => article(i).text),
      ['First.', 'Second.', 'Inner html.', 'Inner jsonl one.', 'Inner jsonl two.', 'Markdown last.'],
    );
    assert.deepEqual(
      items.map((i) => path.relative(root, article(i).meta.input!)),
      ['a-first.txt', 'b-second.txt', path.join('c-dir', 'deeper', 'inner-1.html'), path.join('c-dir', 'inner-2.jsonl') + ':1', path.join('c-dir', 'inner-2.jsonl') + ':2', 'd-last.md'],
    );
  });

  it('reports a directory with nothing to read', () => {
    const empty = path.join(dir, 'nothing-here');
    fs.mkdirSync(empty);
    fs.writeFileSync(path.join(empty, 'data.csv'), 'a,b');
    const items = all([empty]);
    assert.equal(items.length, 1);
    assert.equal(failure(items[0]).code, ErrorCodes.INPUT_EMPTY);
  });

  it('an error in one file does not stop the others', () => {
    const root = path.join(dir, 'mixed');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, '1.txt'), 'Good one.');
    fs.writeFileSync(path.join(root, '2.txt'), Buffer.from([0x41, 0x00, 0x42]));
    fs.writeFileSync(path.join(root, '3.txt'), 'Good three.');
    const items = all([root]);
    assert.deepEqual(items.map((i) => i.ok), [true, false, true]);
    assert.equal(failure(items[1]).code, ErrorCodes.INPUT_BINARY);
    assert.equal(failure(items[1]).input, path.join(root, '2.txt'));
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
