import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openStore } from '../store/open.js';
import type { SqlStore } from '../store/sql-store.js';
import { dropPgSchema, freshPgUrl, pgTestUrl, pgUnreachable, syntheticArticles } from '../store/testing.js';

const MAIN = fileURLToPath(new URL('./main.js', import.meta.url));
const ROOT = path.resolve(path.dirname(MAIN), '..', '..');
const POLNEAR_DEV = path.join(ROOT, '..', 'shared', 'eval', 'dev', 'polnear-dev.jsonl');

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The CLI as a child process (async, so servers in this process keep answering). */
function sift(args: string[], opts: { detached?: boolean; onSpawn?: (pid: number) => void } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, [MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], detached: opts.detached });
    let stdout = '';
    let stderr = '';
    c.stdout.on('data', (d) => (stdout += d));
    c.stderr.on('data', (d) => (stderr += d));
    if (c.pid) opts.onSpawn?.(c.pid);
    c.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sift-ingest-'));
const jsonl = (file: string, rows: object[]) => fs.writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
const summary = (r: Run) => JSON.parse(r.stdout.trim().split('\n').pop()!);

describe('sift ingest', () => {
  it('ingesting 60 PolNeAR dev articles twice gives 60 documents', { skip: fs.existsSync(POLNEAR_DEV) ? false : `no ${POLNEAR_DEV}` }, async () => {
    const dir = tmp();
    const file = path.join(dir, 'p60.jsonl');
    fs.writeFileSync(file, fs.readFileSync(POLNEAR_DEV, 'utf8').split('\n').filter(Boolean).slice(0, 60).join('\n') + '\n');
    const store = path.join(dir, 'sift.db');
    const first = await sift(['ingest', '--store', store, '--json', file]);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout.trim().split('\n').length, 1, 'nothing but the summary on standard output');
    assert.equal(first.stderr, '', 'quiet when not on a terminal');
    const a = summary(first);
    assert.equal(a.documents, 60);
    assert.equal(a.added + a.nearCopies, 60);
    const second = await sift(['ingest', '--store', store, '--json', file]);
    assert.equal(second.status, 0, second.stderr);
    const b = summary(second);
    assert.equal(b.documents, 60);
    assert.equal(b.known, 60);
    assert.equal(b.added + b.nearCopies, 0);
    const s = await openStore(store);
    try {
      assert.deepEqual(await s.checkIntegrity(), []);
    } finally {
      await s.close();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('after kill -9 during a 480-article ingest, running it again gives exactly 480', async () => {
    const dir = tmp();
    const file = path.join(dir, 'a480.jsonl');
    jsonl(file, syntheticArticles(480, 11));
    const store = path.join(dir, 'sift.db');
    let pid = 0;
    const running = sift(['ingest', '--store', store, file], { onSpawn: (p) => (pid = p) });
    // watch from another connection, and kill the ingest part-way through
    const watch = await openStore(store);
    let atKill = 0;
    try {
      for (let i = 0; i < 600; i++) {
        atKill = (await watch.counts()).articles;
        if (atKill >= 120) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      process.kill(pid, 'SIGKILL');
      const killed = await running;
      assert.equal(killed.signal, 'SIGKILL');
      const left = (await watch.counts()).articles;
      assert.ok(atKill >= 120 && left < 480, `killed part-way (${left} stored at the kill)`);
      assert.deepEqual(await watch.checkIntegrity(), [], 'no half-written article');
      const again = await sift(['ingest', '--store', store, '--json', file]);
      assert.equal(again.status, 0, again.stderr);
      const r = summary(again);
      assert.equal(r.documents, 480);
      assert.equal(r.known, 480, 'every article was already queued');
      assert.equal(r.added + r.nearCopies, 480 - left);
      assert.equal((await watch.counts()).articles, 480);
      assert.deepEqual(await watch.queueStats(), { pending: 0, done: 480, failed: 0, total: 480 });
      assert.deepEqual(await watch.checkIntegrity(), []);
    } finally {
      await watch.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a batch goes on past bad inputs and names them; usage errors exit 2', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'bad.jsonl'), ['{"id": "x", "text": ', JSON.stringify({ id: 'ok', text: 'Chile signed a trade deal with Peru on Monday.', published: '2024-01-10' })].join('\n'));
    fs.writeFileSync(path.join(dir, 'list.urls'), 'not a url\n');
    const r = await sift(['ingest', '--store', path.join(dir, 's.db'), '--json', path.join(dir, 'bad.jsonl'), path.join(dir, 'list.urls'), path.join(dir, 'missing.txt')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /bad\.jsonl:1: not valid JSON/);
    assert.match(r.stderr, /list\.urls:1: not an http\(s\) URL/);
    assert.match(r.stderr, /missing\.txt: no such file or directory/);
    assert.equal(summary(r).documents, 1);
    const u = await sift(['ingest', '--workers', 'two', 'x.txt']);
    assert.equal(u.status, 2);
    assert.match(u.stderr, /--workers must be a positive whole number/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('sift ingest: feeds and URLs over HTTP', () => {
  let server: http.Server;
  let base = '';
  const body = (n: number) =>
    `<html><head><title>Story ${n}</title></head><body><article><h1>Story ${n}</h1>` +
    `<p>Georgia and Armenia signed a transit agreement in Tbilisi on Monday, officials said, in a step both governments called historic for story ${n}.</p>` +
    `<p>The deal covers rail freight and power lines, and its first projects start next year, the ministry of economy said.</p></article></body></html>`;
  before(async () => {
    server = http.createServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/feed.rss') {
        res.setHeader('content-type', 'application/rss+xml');
        res.end(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test Wire</title>
          <item><title>Full text item</title><link>${base}/full</link><guid>item-1</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
            <content:encoded><![CDATA[<p>${'Kenya and Ethiopia agreed to expand cross-border trade at talks in Nairobi. '.repeat(12)}</p>]]></content:encoded></item>
          <item><title>Linked item</title><link>/story2.html</link><guid>item-2</guid><pubDate>Wed, 06 Mar 2024 10:00:00 GMT</pubDate><description>Short teaser.</description></item>
        </channel></rss>`);
      } else if (url === '/story2.html' || url === '/story3.html') {
        res.setHeader('content-type', 'text/html');
        res.end(body(url === '/story2.html' ? 2 : 3));
      } else if (url === '/moved') {
        res.statusCode = 302;
        res.setHeader('location', '/story3.html');
        res.end();
      } else if (url === '/loop') {
        res.statusCode = 302;
        res.setHeader('location', '/loop');
        res.end();
      } else if (url === '/big') {
        res.setHeader('content-type', 'text/html');
        res.end('<p>' + 'x'.repeat(300_000) + '</p>');
      } else if (url === '/slow') {
        // never answers: the client's deadline must end it
      } else {
        res.statusCode = 404;
        res.end('not here');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('reads RSS items (full text from the feed, else the linked page) and URL lists, redirects followed', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'list.urls'), `# stories\n${base}/moved\n\n${base}/missing\n`);
    const store = path.join(dir, 's.db');
    const r = await sift(['ingest', '--allow-private', '--store', store, '--json', `${base}/feed.rss`, path.join(dir, 'list.urls')]);
    assert.equal(r.status, 1, 'the missing page is a problem');
    assert.match(r.stderr, /\/missing: HTTP 404/);
    assert.equal(summary(r).documents, 3);
    const s = await openStore(store);
    try {
      const one = (await s.getDocument('item-1'))!;
      assert.match(one.text, /^Kenya and Ethiopia agreed/);
      assert.equal(one.meta.outlet, 'Test Wire');
      assert.equal(one.meta.published, '2024-03-05');
      const two = (await s.getDocument('item-2'))!;
      assert.match(two.text, /story 2/);
      assert.equal(two.meta.url, `${base}/story2.html`);
      assert.equal(two.meta.title, 'Linked item');
      const hits = await s.search('historic story');
      assert.equal(hits.length, 2);
    } finally {
      await s.close();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses loopback addresses unless --allow-private, and bounds size, time and redirects', async () => {
    const dir = tmp();
    const store = path.join(dir, 's.db');
    const r = await sift(['ingest', '--store', store, '--json', `${base}/story3.html`]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /127\.0\.0\.1 is a private or loopback address \(use --allow-private/);
    const host = await sift(['ingest', '--store', store, '--json', `${base.replace('127.0.0.1', 'localhost')}/story3.html`]);
    assert.match(host.stderr, /localhost resolves to .*private or loopback/);
    const limits = await sift(['ingest', '--allow-private', '--timeout', '1', '--max-bytes', '100000', '--store', store, '--json', `${base}/big`, `${base}/slow`, `${base}/loop`]);
    assert.match(limits.stderr, /\/big: .*more than the limit of 100000 bytes/);
    assert.match(limits.stderr, /\/slow: no complete answer within 1000 ms/);
    assert.match(limits.stderr, /\/loop: more than 5 redirects/);
    assert.equal(summary(limits).documents, 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

const pg = pgTestUrl();
const pgWhy = await pgUnreachable(pg.url);
describe('sift ingest --workers on PostgreSQL', { skip: pgWhy && !pg.explicit ? `PostgreSQL not reachable at ${pg.url} (${pgWhy}): set SIFT_TEST_PG` : false }, () => {
  it('two workers share one database: every article processed once; killed workers leave their claims to the re-run', async () => {
    const url = freshPgUrl(pg.url, 'sift_workers');
    const dir = tmp();
    const file = path.join(dir, 'a150.jsonl');
    jsonl(file, syntheticArticles(150, 5));
    const store = await openStore(url);
    try {
      let pid = 0;
      const running = sift(['ingest', '--store', url, '--workers', '2', file], { detached: true, onSpawn: (p) => (pid = p) });
      for (let i = 0; i < 600; i++) {
        if ((await store.counts()).articles >= 40) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      process.kill(-pid, 'SIGKILL'); // the ingest and both its workers
      await running;
      const left = (await store.counts()).articles;
      assert.ok(left < 150, `killed part-way (${left} stored)`);
      const again = await sift(['ingest', '--store', url, '--workers', '2', '--json', file]);
      assert.equal(again.status, 0, again.stderr);
      assert.equal(summary(again).documents, 150);
      const db = (store as SqlStore).db;
      const jobs = await db.all<{ state: string; n: number }>(`SELECT state, count(*) AS n FROM jobs GROUP BY state`);
      assert.deepEqual(jobs.map((j) => [j.state, Number(j.n)]), [['done', 150]]);
      const workers = await db.all<{ w: string; n: number }>(`SELECT done_by AS w, count(*) AS n FROM jobs GROUP BY done_by`);
      assert.ok(workers.filter((w) => w.w.endsWith('/worker')).length >= 2, `work shared between worker processes: ${JSON.stringify(workers)}`);
      const twice = await db.all(`SELECT content_hash FROM jobs WHERE attempts <> 1`);
      assert.deepEqual(twice, [], 'no article processed (and committed) twice');
      assert.deepEqual(await store.checkIntegrity(), []);
      assert.equal((await store.counts()).articles, 150);
    } finally {
      await store.close();
      await dropPgSchema(url);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
