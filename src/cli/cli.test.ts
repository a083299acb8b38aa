import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const MAIN = path.resolve('dist/cli/main.js');
const sift = (args: string[], input?: string) => spawnSync(process.execPath, [MAIN, ...args], { input, encoding: 'utf8' });

test('a batch goes on past bad inputs, names them, and the exit status says something failed', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-cli-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), 'Poland and Lithuania held talks in Vilnius on Monday.');
  fs.writeFileSync(path.join(dir, 'b.jsonl'), [
    JSON.stringify({ id: 'one', text: 'Chile signed a trade deal with Peru.', published: '2024-01-10' }),
    '{"id": "two", "text": ',
    JSON.stringify({ id: 'three', text: '   ' }),
    JSON.stringify({ id: 'four', text: 'Kenya protested.' }),
  ].join('\n'));
  fs.writeFileSync(path.join(dir, 'c.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  fs.writeFileSync(path.join(dir, 'd.txt'), '');
  const r = sift(['analyze', '--format', 'jsonl', dir]);
  assert.equal(r.status, 1);
  const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(docs.map((d) => d.id.length === 16 ? 'hash' : d.id), ['hash', 'one', 'four']);
  assert.equal(docs[1].meta.published, '2024-01-10');
  assert.match(r.stderr, /b\.jsonl:2: not valid JSON/);
  assert.match(r.stderr, /b\.jsonl:3: "text" is missing or empty/);
  assert.match(r.stderr, /c\.txt: binary data/);
  assert.match(r.stderr, /d\.txt: the article is empty/);
});

test('standard input with metadata options; json output is one pretty document', () => {
  const r = sift(['analyze', '--format', 'json', '--published', '2024-03-07', '--outlet', 'Test Wire', '-'], 'Last fall Estonia hosted the summit.');
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.schema, 'sift/document@1');
  assert.equal(doc.meta.published, '2024-03-07');
  assert.equal(doc.meta.outlet, 'Test Wire');
  assert.equal(doc.text, 'Last fall Estonia hosted the summit.');
});

test('usage errors are explained with exit status 2', () => {
  const r = sift(['analyze', '--format', 'xml', '-'], 'x');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--format must be summary, json or jsonl/);
  const u = sift(['frobnicate']);
  assert.equal(u.status, 2);
  assert.match(u.stderr, /unknown command "frobnicate"/);
  const m = sift(['analyze', '/no/such/file.txt']);
  assert.equal(m.status, 1);
  assert.match(m.stderr, /\/no\/such\/file\.txt: no such file or directory/);
});

test('the summary shows the article with its words', () => {
  const r = sift(['analyze', '--format', 'summary', '--published', '2024-03-07', '-'], 'Georgian Prime Minister Irakli Kobakhidze visited Azerbaijan on Monday.');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /CONSULT\s+Irakli Kobakhidze \(GEO\) → Azerbaijan \(AZE\).*"visited"/);
  assert.match(r.stdout, /People \(1\)\n\s+Irakli Kobakhidze \(GEO\) — Prime Minister/);
});
