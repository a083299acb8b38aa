import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS } from '../corpus/gdelt.js';
import { syntheticArticles } from '../store/testing.js';

const MAIN = fileURLToPath(new URL('./main.js', import.meta.url));

function sift(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, [MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    c.stdout.on('data', (d) => (stdout += d));
    c.stderr.on('data', (d) => (stderr += d));
    c.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('sift query and sift export', () => {
  let dir = '';
  let store = '';
  const texts = new Map<string, string>();
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-export-'));
    store = path.join(dir, 'sift.db');
    const articles = syntheticArticles(40, 3);
    for (const a of articles) texts.set(a.id, a.text);
    fs.writeFileSync(path.join(dir, 'a.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n'));
    const r = await sift(['ingest', '--store', store, path.join(dir, 'a.jsonl')]);
    assert.equal(r.status, 0, r.stderr);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('query events --format json: merged events, each with its mentions', async () => {
    const r = await sift(['query', 'events', '--store', store, '--format', 'json', '--limit', '0']);
    assert.equal(r.status, 0, r.stderr);
    const events = JSON.parse(r.stdout);
    assert.ok(Array.isArray(events) && events.length > 0);
    for (const e of events) {
      assert.equal(e.mentions.length, e.numMentions);
      for (const m of e.mentions) assert.equal(texts.get(m.article)!.slice(m.trigger.start, m.trigger.end), m.triggerText);
    }
    assert.ok(events.some((e: { numArticles: number }) => e.numArticles > 1), 'some happening reported by several articles');
    const piped = await sift(['query', 'entities', '--store', store, '--type', 'GPE', '--limit', '3']);
    assert.equal(JSON.parse(piped.stdout).length, 3, 'json when piped');
    const table = await sift(['query', 'timeline', '--store', store, '--format', 'table']);
    assert.match(table.stdout, /^DATE\s+EVENTS\s+MENTIONS/);
    const bad = await sift(['query', 'events', '--store', store, '--since', 'March']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--since must be a date YYYY-MM-DD, not "March"/);
  });

  it('export --format gdelt-events: 61 tab-separated columns per row, in GDELT order', async () => {
    assert.equal(GDELT_EVENT_COLUMNS.length, 61);
    const r = await sift(['export', '--store', store, '--format', 'gdelt-events']);
    assert.equal(r.status, 0, r.stderr);
    const rows = r.stdout.replace(/\n$/, '').split('\n').map((l) => l.split('\t'));
    assert.ok(rows.length > 10);
    for (const row of rows) assert.equal(row.length, 61);
    const col = (name: (typeof GDELT_EVENT_COLUMNS)[number]) => GDELT_EVENT_COLUMNS.indexOf(name);
    for (const row of rows) {
      assert.match(row[col('SQLDATE')], /^2024\d{4}$/);
      assert.match(row[col('EventRootCode')], /^\d\d$/);
      assert.match(row[col('QuadClass')], /^[1-4]$/);
      assert.match(row[col('DATEADDED')], /^\d{14}$/);
      assert.ok(Number(row[col('NumMentions')]) >= Number(row[col('NumArticles')]));
    }
  });

  it('export --format gdelt-mentions: 16 columns with exact offsets', async () => {
    assert.equal(GDELT_MENTION_COLUMNS.length, 16);
    const r = await sift(['export', '--store', store, '--format', 'gdelt-mentions']);
    const rows = r.stdout.replace(/\n$/, '').split('\n').map((l) => l.split('\t'));
    const q = JSON.parse((await sift(['query', 'events', '--store', store, '--format', 'json', '--limit', '0'])).stdout);
    assert.equal(rows.length, q.reduce((n: number, e: { numMentions: number }) => n + e.numMentions, 0));
    for (const row of rows) {
      assert.equal(row.length, 16);
      const text = texts.get(row[5])!;
      const e = q.find((x: { id: number }) => x.id === Number(row[0]));
      const m = e.mentions.find((x: { article: string; trigger: { start: number } }) => x.article === row[5] && x.trigger.start === Number(row[9]));
      assert.ok(m, 'the mention of that event at that offset');
      if (Number(row[7]) >= 0) assert.equal(text.slice(Number(row[7]), Number(row[7]) + e.source[0].name.length), e.source[0].name);
    }
  });

  it('export csv, graphml and jsonl', async () => {
    const csv = (await sift(['export', '--store', store, '--format', 'csv', '--type', 'AGREE'])).stdout.trimEnd().split('\r\n');
    assert.match(csv[0], /^id,date,type,cameo,/);
    for (const line of csv.slice(1)) assert.match(line, /^\d+,2024-\d\d-\d\d,AGREE,/);
    const g = (await sift(['export', '--store', store, '--format', 'graphml'])).stdout;
    assert.match(g, /^<\?xml/);
    assert.match(g, /<graph id="sift-actors" edgedefault="directed">/);
    assert.ok((g.match(/<edge /g) ?? []).length > 0);
    const out = path.join(dir, 'docs.jsonl');
    const j = await sift(['export', '--store', store, '--format', 'jsonl', '-o', out]);
    assert.equal(j.status, 0, j.stderr);
    const docs = fs.readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(docs.length, 40);
    assert.equal(docs[0].schema, 'sift/document@1');
    assert.equal(docs[0].text, texts.get(docs[0].id));
    const bad = await sift(['export', '--store', store, '--format', 'xml']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--format must be one of jsonl, csv, gdelt-events, gdelt-mentions, graphml/);
  });
});
