// The HTTP API: every route, auth, bad input, limits, errors (in process, through app.request),
// and one pass through a real socket.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createPipeline } from '../pipeline/default.js';
import { toDocumentJson, type DocumentJson } from '../output/document-json.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import { lazyPipeline, startServer } from './server.js';

const TOKEN = 'test-token-123';
const pipeline = lazyPipeline(() => createPipeline());
const example = (name: string) => fs.readFileSync(path.join('examples', name), 'utf8');
const STATE_VISIT = example('01-state-visit.txt');
const SANCTIONS = example('03-sanctions.txt');
const TALKS = example('16-talks.txt');

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;
let stateVisitId: string;

const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
const auth = { Authorization: `Bearer ${TOKEN}` };

async function errorOf(res: Response, status: number): Promise<string> {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${await res.clone().text()}`);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  const body = (await res.json()) as { error: { status: number; code: string; message: string } };
  assert.equal(body.error.status, status);
  assert.ok(body.error.message.length > 5, 'the error says what is wrong');
  assert.doesNotMatch(JSON.stringify(body), /\n\s+at |\.js:\d+/, 'no stack trace');
  return body.error.message;
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-api-'));
  store = await openStore(path.join(dir, 'api.db'));
  app = createApp({ store, pipeline, token: TOKEN, ratePerMinute: 0, version: 'test' });
  const res = await app.request('/api/ingest', json([
    { text: STATE_VISIT, published: '2024-04-15', title: 'Kazakh President Begins Three-Day State Visit to South Korea', outlet: 'Test Wire' },
    { text: SANCTIONS, published: '2024-02-26', title: 'EU Adopts New Sanctions Against Belarus', outlet: 'Brussels Dispatch' },
  ], auth));
  assert.equal(res.status, 201, await res.clone().text());
  const body = (await res.json()) as { results: Array<{ status: string; id: string }> };
  assert.deepEqual(body.results.map((r) => r.status), ['added', 'added']);
  stateVisitId = body.results[0].id;
});
after(async () => {
  await store?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('reads', () => {
  test('GET /api/health', async () => {
    const res = await app.request('/api/health');
    assert.equal(res.status, 200);
    const b = (await res.json()) as { ok: boolean; counts: { articles: number }; store: string; writes: boolean };
    assert.equal(b.ok, true);
    assert.equal(b.store, 'sqlite');
    assert.equal(b.writes, true);
    assert.equal(b.counts.articles, 2);
  });

  test('GET /openapi.json describes every route', async () => {
    const res = await app.request('/openapi.json');
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, object> };
    assert.match(doc.openapi, /^3\./);
    for (const p of ['/api/health', '/api/analyze', '/api/ingest', '/api/documents', '/api/documents/{id}', '/api/events', '/api/entities', '/api/entities/{id}', '/api/timeline', '/api/network', '/api/series', '/api/search', '/api/quotes']) {
      assert.ok(doc.paths[p], `openapi lists ${p}`);
    }
  });

  test('GET /api/documents and /api/documents/:id', async () => {
    const res = await app.request('/api/documents');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-total-count'), '2');
    const list = (await res.json()) as Array<{ id: string; title: string; published: string; events: number }>;
    assert.deepEqual(list.map((d) => d.published), ['2024-04-15', '2024-02-26'], 'newest first');
    const one = await app.request(`/api/documents/${list[0].id}`);
    assert.equal(one.status, 200);
    const doc = (await one.json()) as DocumentJson;
    assert.equal(doc.schema, 'sift/document@1');
    assert.equal(doc.text, STATE_VISIT);
    assert.equal(doc.events.length, list[0].events);
    const outlet = (await (await app.request('/api/documents?outlet=brussels%20dispatch')).json()) as unknown[];
    assert.equal(outlet.length, 1);
    assert.match(await errorOf(await app.request('/api/documents/nope'), 404), /nope/);
    assert.match(await errorOf(await app.request('/api/documents?limit=-1'), 400), /limit/);
  });

  test('GET /api/events with the filters of sift query', async () => {
    const all = (await (await app.request('/api/events?limit=1000')).json()) as Array<{ type: string; source: Array<{ code: string | null }>; mentions: Array<{ modality: string; outlet: string }> }>;
    assert.ok(all.length >= 3, `events: ${all.length}`);
    assert.ok(all.every((e) => e.mentions.length >= 1), 'each merged event carries its mentions');
    const type = all[0].type;
    const typed = (await (await app.request(`/api/events?type=${type}`)).json()) as Array<{ type: string }>;
    assert.ok(typed.length >= 1 && typed.every((e) => e.type === type));
    const kaz = (await (await app.request('/api/events?actor=KAZ')).json()) as unknown[];
    assert.ok(kaz.length >= 1, 'events with Kazakhstan');
    const outlet = (await (await app.request('/api/events?outlet=Brussels%20Dispatch')).json()) as Array<{ mentions: Array<{ outlet: string }> }>;
    assert.ok(outlet.length >= 1 && outlet.every((e) => e.mentions.some((m) => m.outlet === 'Brussels Dispatch')));
    const dated = (await (await app.request('/api/events?since=2024-04-01&until=2024-12-31')).json()) as Array<{ date: string | null }>;
    assert.ok(dated.every((e) => e.date === null || e.date >= '2024-04'), JSON.stringify(dated.map((e) => e.date)));
    const asserted = (await (await app.request('/api/events?modality=asserted')).json()) as Array<{ mentions: Array<{ modality: string }> }>;
    assert.ok(asserted.every((e) => e.mentions.some((m) => m.modality === 'asserted')));
    assert.equal(((await (await app.request('/api/events?limit=1')).json()) as unknown[]).length, 1);
    assert.match(await errorOf(await app.request('/api/events?since=yesterday'), 400), /since.*YYYY-MM-DD/);
    assert.match(await errorOf(await app.request('/api/events?modality=maybe'), 400), /modality/);
    assert.match(await errorOf(await app.request('/api/events?limit=abc'), 400), /limit/);
  });

  test('GET /api/entities and /api/entities/:id (the actor page)', async () => {
    const people = (await (await app.request('/api/entities?type=PERSON')).json()) as Array<{ id: number; key: string; name: string; type: string }>;
    assert.ok(people.length >= 1 && people.every((p) => p.type === 'PERSON'));
    const abenov = people.find((p) => /Abenov/.test(p.name));
    assert.ok(abenov, 'Abenov is a person');
    const page = (await (await app.request(`/api/entities/${abenov.id}`)).json()) as { entity: { name: string }; roles: Record<string, object>; titles: Array<{ title: string; evidence: { text: string } }>; events: unknown[]; quotes: Array<{ content: string }>; places: unknown[] };
    assert.match(page.entity.name, /Abenov/);
    const president = page.titles.find((t) => t.title === 'President');
    assert.ok(president, `titles: ${JSON.stringify(page.titles)}`);
    assert.match(president.evidence.text, /President/);
    assert.ok(page.events.length >= 1, 'Abenov acts in events');
    assert.ok(page.quotes.length >= 1, 'Abenov is quoted');
    assert.ok(Object.keys(page.roles).length >= 1);
    assert.ok(Array.isArray(page.places));
    const byKey = await app.request(`/api/entities/${encodeURIComponent(abenov.key)}`);
    assert.equal(byKey.status, 200);
    await errorOf(await app.request('/api/entities/999999'), 404);
  });

  test('GET /api/quotes, /api/timeline, /api/network, /api/series', async () => {
    const quotes = (await (await app.request('/api/quotes?actor=Abenov')).json()) as Array<{ content: string }>;
    assert.ok(quotes.length >= 1);
    const timeline = (await (await app.request('/api/timeline')).json()) as Array<{ date: string; events: number }>;
    assert.ok(timeline.length >= 1 && timeline.every((b) => /^\d{4}-\d{2}-\d{2}$/.test(b.date) && b.events >= 1));
    const net = (await (await app.request('/api/network')).json()) as { nodes: Array<{ id: number }>; edges: Array<{ source: number; target: number; events: number }> };
    assert.ok(net.nodes.length >= 2 && net.edges.length >= 1);
    const ids = new Set(net.nodes.map((n) => n.id));
    assert.ok(net.edges.every((e) => ids.has(e.source) && ids.has(e.target)));
    const series = await app.request('/api/series');
    assert.equal(series.status, 200);
    assert.ok(Array.isArray(await series.json()));
  });

  test('GET /api/search?q=', async () => {
    const hits = (await (await app.request('/api/search?q=Belarus')).json()) as Array<{ article: string; snippet: string }>;
    assert.ok(hits.length >= 1);
    assert.match(hits[0].snippet, /Belarus/i);
    assert.match(await errorOf(await app.request('/api/search'), 400), /q is required/);
  });

  test('unknown routes are a JSON 404', async () => {
    assert.match(await errorOf(await app.request('/api/nothing-here'), 404), /no such route/);
    await errorOf(await app.request('/api/documents', { method: 'DELETE' }), 404);
  });
});

describe('POST /api/analyze', () => {
  test('JSON body → Document JSON, nothing stored', async () => {
    const before = (await store.counts()).articles;
    const res = await app.request('/api/analyze', json({ text: TALKS, published: '2024-05-01', title: 'Talks' }));
    assert.equal(res.status, 200);
    const doc = (await res.json()) as DocumentJson;
    assert.equal(doc.schema, 'sift/document@1');
    assert.equal(doc.text, TALKS);
    assert.equal(doc.meta.published, '2024-05-01');
    assert.ok(doc.entities.length > 0 && doc.sentences.length > 0);
    assert.equal((await store.counts()).articles, before, 'analyze stores nothing');
  });

  test('text/plain with metadata in the query; text/html', async () => {
    const res = await app.request('/api/analyze?published=2024-04-15&title=Visit', { method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: STATE_VISIT });
    assert.equal(res.status, 200);
    const doc = (await res.json()) as DocumentJson;
    assert.equal(doc.meta.published, '2024-04-15');
    assert.equal(doc.meta.title, 'Visit');
    assert.deepEqual(doc, toDocumentJson(pipeline().analyze(STATE_VISIT, { published: '2024-04-15', title: 'Visit' })));
    const html = `<!doctype html><html><head><title>Protest in Bucharest</title><meta property="article:published_time" content="2024-10-12"></head><body><article><h1>Protest in Bucharest</h1><p>Tens of thousands of people rallied in Bucharest on Saturday against the government's pension reform, the police said.</p><p>The protesters demanded the resignation of the labour minister.</p></article></body></html>`;
    const h = await app.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: html });
    assert.equal(h.status, 200);
    const hd = (await h.json()) as DocumentJson;
    assert.match(hd.text, /Tens of thousands/);
    assert.doesNotMatch(hd.text, /<p>/);
  });

  test('bad input: a 4xx with a JSON error that says what is wrong', async () => {
    assert.match(await errorOf(await app.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text": "abc",' }), 400), /not valid JSON/);
    assert.match(await errorOf(await app.request('/api/analyze', json({ title: 'no text' })), 400), /"text" is required/);
    assert.match(await errorOf(await app.request('/api/analyze', json({ text: '   ' })), 400), /empty/);
    assert.match(await errorOf(await app.request('/api/analyze', json({ text: 'Hello.', published: 'last week' })), 400), /published/);
    assert.match(await errorOf(await app.request('/api/analyze', json({ text: 'Hello.', title: 42 })), 400), /"title" must be a string/);
    assert.match(await errorOf(await app.request('/api/analyze', json([{ text: 'a' }])), 400), /not a list/);
    assert.match(await errorOf(await app.request('/api/analyze', json('just a string')), 400), /expected an object/);
    assert.match(await errorOf(await app.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '' }), 400), /empty/);
    assert.match(await errorOf(await app.request('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'image/png' }, body: 'xx' }), 415), /text\/plain/);
  });

  test('too large → 413', async () => {
    const small = createApp({ store, pipeline, token: TOKEN, maxBodyBytes: 1000, ratePerMinute: 0 });
    assert.match(await errorOf(await small.request('/api/analyze', json({ text: 'x'.repeat(5000) })), 413), /larger than 1000 bytes/);
    // without a Content-Length (streamed) too
    const stream = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(JSON.stringify({ text: 'y'.repeat(5000) }))); c.close(); } });
    const req = new Request('http://x/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, body: stream, duplex: 'half' } as RequestInit);
    await errorOf(await small.request(req), 413);
  });
});

describe('POST /api/ingest (writes need the token)', () => {
  test('401 without a token, with a wrong one, or when the server has none', async () => {
    const body = { text: TALKS, published: '2024-05-01' };
    assert.match(await errorOf(await app.request('/api/ingest', json(body)), 401), /Bearer/);
    const res = await app.request('/api/ingest', json(body, { Authorization: 'Bearer wrong' }));
    assert.equal(res.headers.get('www-authenticate'), 'Bearer realm="sift"');
    assert.match(await errorOf(res, 401), /not valid/);
    await errorOf(await app.request('/api/ingest', json(body, { Authorization: `Basic ${TOKEN}` })), 401);
    const open = createApp({ store, pipeline, ratePerMinute: 0 });
    assert.match(await errorOf(await open.request('/api/ingest', json(body, auth)), 401), /SIFT_TOKEN/);
    assert.equal((await store.counts()).articles, 2, 'nothing was stored');
  });

  test('stores one article; the same again is unchanged; bad items are refused', async () => {
    const res = await app.request('/api/ingest?published=2024-05-01&outlet=Plain%20Wire', { method: 'POST', headers: { 'Content-Type': 'text/plain', ...auth }, body: TALKS });
    assert.equal(res.status, 201);
    const r = (await res.json()) as { results: Array<{ status: string; id: string }> };
    assert.equal(r.results[0].status, 'added');
    const stored = (await (await app.request(`/api/documents/${r.results[0].id}`)).json()) as DocumentJson;
    assert.equal(stored.meta.outlet, 'Plain Wire');
    const again = await app.request('/api/ingest', json({ text: TALKS, published: '2024-05-01', outlet: 'Plain Wire' }, auth));
    assert.equal(again.status, 200);
    assert.equal(((await again.json()) as { results: Array<{ status: string }> }).results[0].status, 'unchanged');
    assert.match(await errorOf(await app.request('/api/ingest', json([{ text: 'ok' }, { txt: 'typo' }], auth)), 400), /\[1\]: "text" is required/);
    const docs = (await (await app.request('/api/documents')).json()) as unknown[];
    assert.equal(docs.length, 3, 'the document list follows writes');
    assert.ok(stateVisitId);
  });
});

describe('limits, CORS, errors', () => {
  test('rate limit → 429 with Retry-After', async () => {
    const limited = createApp({ store, pipeline, ratePerMinute: 3 });
    for (let i = 0; i < 3; i++) assert.equal((await limited.request('/api/health')).status, 200);
    const res = await limited.request('/api/health');
    assert.ok(Number(res.headers.get('retry-after')) >= 1);
    assert.match(await errorOf(res, 429), /too many requests/);
  });

  test('CORS is off unless configured', async () => {
    const off = await app.request('/api/health', { headers: { Origin: 'https://elsewhere.example' } });
    assert.equal(off.headers.get('access-control-allow-origin'), null);
    const on = createApp({ store, pipeline, ratePerMinute: 0, corsOrigins: ['https://desk.example'] });
    const res = await on.request('/api/health', { headers: { Origin: 'https://desk.example' } });
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://desk.example');
    const other = await on.request('/api/health', { headers: { Origin: 'https://evil.example' } });
    assert.notEqual(other.headers.get('access-control-allow-origin'), 'https://evil.example');
  });

  test('a server error is a 500 without a stack trace; security headers are set', async () => {
    const broken = new Proxy(store, {
      get(target, prop, recv) {
        if (prop === 'events') return async () => { throw new Error('secret database detail at /srv/db.js:12'); };
        return Reflect.get(target, prop, recv);
      },
    });
    const logged: string[] = [];
    const bad = createApp({ store: broken, pipeline, ratePerMinute: 0, log: (s) => logged.push(s) });
    const res = await bad.request('/api/events');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const text = await res.clone().text();
    assert.doesNotMatch(text, /secret|db\.js/);
    assert.match(await errorOf(res, 500), /internal server error/);
    assert.match(logged.join(''), /secret database detail/, 'the detail goes to the server log');
  });
});

test('a real socket: sift serve answers on loopback and serves the UI', async () => {
  const s = await startServer({ store, port: 0, pipeline, ratePerMinute: 0, maxBodyBytes: 10_000 });
  try {
    assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const h = await fetch(new URL('/api/health', s.url));
    assert.equal(h.status, 200);
    const big = await fetch(new URL('/api/analyze', s.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: 'z'.repeat(20_000) }) });
    assert.equal(big.status, 413);
    if (fs.existsSync('dist/web/index.html')) {
      const page = await fetch(s.url);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /text\/html/);
      assert.match(await page.text(), /<div id="app"/);
      const deep = await fetch(new URL('/events', s.url));
      assert.equal(deep.status, 200, 'client routes fall back to index.html');
    }
  } finally {
    await s.close();
  }
});
