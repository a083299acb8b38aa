#!/usr/bin/env node
// Corpus store benchmark, on SQLite and on PostgreSQL:
//   (1) ingest: articles/s through the real path (queue → pipeline → store), synthetic articles;
//   (2) a generated store of --events merged events (default 1,000,000) with their actors,
//       mentions and articles, bulk-loaded into the real schema;
//   (3) p50/p95 latency of the product's queries on it: events by actor (with mentions),
//       an actor's timeline over a year, and full-text search.
//
//   npm run bench:store -- [--events N] [--ingest N] [--queries Q] [--only sqlite|postgres] [--json]
//
// PostgreSQL: $SIFT_BENCH_PG, else $SIFT_TEST_PG, else postgres://sift:sift@127.0.0.1:5432/sift_test
// (a schema of its own, dropped at the end); skipped, saying so, when no server answers.
// Needs the build (npm run build): it imports ../dist/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HELP = `Usage: npm run bench:store -- [options]

  --events N     merged events in the generated store (default 1000000)
  --ingest N     synthetic articles ingested to measure articles/s (default 300)
  --queries Q    queries of each kind timed (default 200)
  --only KIND    sqlite or postgres
  --json         print the results as JSON
  --keep         keep the generated SQLite file (its path is reported)
`;
let args;
try {
  args = parseArgs({
    options: {
      events: { type: 'string', default: '1000000' },
      ingest: { type: 'string', default: '300' },
      queries: { type: 'string', default: '200' },
      only: { type: 'string' },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (e) {
  process.stderr.write(`bench-store: ${e.message}\n\n${HELP}`);
  process.exit(2);
}
if (args.values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const int = (name) => {
  const n = Number(args.values[name]);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`bench-store: --${name} must be a positive integer\n`);
    process.exit(2);
  }
  return n;
};
const EVENTS = int('events');
const INGEST = int('ingest');
const QUERIES = int('queries');
const ONLY = args.values.only;
if (ONLY && ONLY !== 'sqlite' && ONLY !== 'postgres') {
  process.stderr.write('bench-store: --only must be sqlite or postgres\n');
  process.exit(2);
}

const chatty = process.stderr.isTTY === true;
const note = (s) => chatty && process.stderr.write(`\r\x1b[K${s}`);
const noteDone = () => chatty && process.stderr.write('\r\x1b[K');

const load = async (p) => {
  try {
    return await import(pathToFileURL(path.join(ROOT, 'dist', p)).href);
  } catch (e) {
    throw new Error(`cannot load dist/${p} (${e.message}): run npm run build first`);
  }
};
const { openStore } = await load('store/open.js');
const { syntheticArticles, prng, pgUnreachable, freshPgUrl, dropPgSchema, DEFAULT_TEST_PG } = await load('store/testing.js');
const { contentHash } = await load('corpus/digest.js');
const { createPipeline } = await load('pipeline/default.js');
const { toDocumentJson } = await load('output/document-json.js');

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

// ------------------------------------------------------------------ (1) ingest

async function benchIngest(store, pipeline) {
  const articles = syntheticArticles(INGEST, 99);
  const t0 = performance.now();
  await store.enqueue(articles.map((a) => ({ contentHash: contentHash(a.text), input: a.id, article: { id: a.id, text: a.text, meta: { published: a.published, outlet: a.outlet } } })));
  let analysing = 0;
  let n = 0;
  for (;;) {
    const o = await store.processNext(`bench/${process.pid}/ingest`, async (job) => {
      const t = performance.now();
      const doc = toDocumentJson(pipeline.analyze(job.article.text, job.article.meta, job.article.id));
      analysing += performance.now() - t;
      return doc;
    });
    if (!o) break;
    n++;
    if (n % 20 === 0) note(`${store.kind}: ingest ${n}/${INGEST}`);
  }
  const seconds = (performance.now() - t0) / 1000;
  const storeSeconds = seconds - analysing / 1000;
  noteDone();
  return { articles: n, seconds, articlesPerSec: n / seconds, storeSeconds, storeArticlesPerSec: n / storeSeconds };
}

// ------------------------------------------------------------------ (2) a generated store

const SYL = ['ka', 'lo', 'mi', 'tre', 'vos', 'an', 'dul', 'per', 'si', 'gar', 'nu', 'bel', 'or', 'tis', 'ram', 'qu', 'zen', 'hal', 'ex', 'mon'];
const TYPES = [['AGREE', '030', 4.0, 1], ['CONSULT', '040', 1.0, 1], ['SUPPORT', '051', 3.4, 1], ['COOPERATE', '061', 6.4, 2], ['AID', '070', 7.0, 2], ['REQUEST', '020', 3.0, 1], ['ACCUSE', '112', -2.0, 3], ['REJECT', '120', -4.0, 3], ['THREATEN', '130', -4.4, 3], ['PROTEST', '140', -6.5, 4], ['SANCTION', '163', -8.0, 4], ['ASSAULT', '190', -10.0, 4]];
const MODALITIES = ['asserted', 'asserted', 'asserted', 'attributed', 'planned', 'negated'];
const DAY0 = Math.round(Date.parse('2022-01-01T00:00:00Z') / 86400000);
const DAYS = 3 * 365;
/** A three-letter code per index, like a CAMEO country code (QAA, QAB, …). */
const letters = (i) => 'Q' + String.fromCharCode(65 + Math.floor(i / 26) % 26) + String.fromCharCode(65 + (i % 26));
const dateOfDay = (d) => new Date(d * 86400000).toISOString().slice(0, 10);

function plan(events) {
  const rnd = prng(20240301);
  const vocab = Array.from({ length: 3000 }, (_, i) => SYL[i % 20] + SYL[Math.floor(i / 20) % 20] + (i >= 400 ? SYL[Math.floor(i / 400) % 20] : ''));
  const actorsN = Math.max(200, Math.round(events / 500));
  const articlesN = Math.max(1000, Math.round(events / 10));
  // Zipf-like picks: a few actors and words are everywhere, most are rare
  const zipf = (n) => Math.min(n - 1, Math.floor(n * Math.pow(rnd(), 2.2)));
  return { rnd, vocab, actorsN, articlesN, zipf };
}

async function generate(store, events) {
  const db = store.db;
  const { rnd, vocab, actorsN, articlesN, zipf } = plan(events);
  const now = new Date().toISOString();
  const t0 = performance.now();
  const batch = async (table, cols, total, row, size = 20000) => {
    for (let i = 0; i < total; i += size) {
      const rows = [];
      for (let j = i; j < Math.min(total, i + size); j++) rows.push(row(j));
      await db.insertMany(table, cols, rows);
      note(`${store.kind}: ${table} ${Math.min(total, i + size).toLocaleString('en-US')}/${total.toLocaleString('en-US')}`);
    }
  };
  const actorCode = (i) => (i < 250 ? letters(i) + (i % 3 === 0 ? 'GOV' : '') : '');
  const actorName = (i) => `${vocab[(i * 7) % vocab.length]} ${vocab[(i * 13 + 5) % vocab.length]}`.replace(/^./, (c) => c.toUpperCase());
  await batch('actors', ['id', 'key', 'name', 'type', 'code', 'country', 'sector', 'kb', 'last_name', 'single_word', 'mentions', 'articles', 'first_seen'], actorsN, (i) => [
    i + 1, `bench:${i}`, actorName(i), i < 250 ? 'GPE' : 'PERSON', actorCode(i) || null, null, null, null, i < 250 ? null : vocab[(i * 13 + 5) % vocab.length], 0, 10, 5, now,
  ]);
  await batch('actor_names', ['actor_id', 'norm', 'name', 'count'], actorsN, (i) => [i + 1, actorName(i).toLowerCase(), actorName(i), 1]);
  const outlets = Array.from({ length: 50 }, (_, i) => `outlet-${i}`);
  const articleDay = (a) => DAY0 + Math.floor((a * DAYS) / articlesN);
  await batch('articles', ['seq', 'id', 'content_hash', 'title', 'outlet', 'source_key', 'published', 'published_day', 'text', 'text_length', 'doc', 'story_seq', 'ingested_at'], articlesN, (a) => {
    const words = [];
    const n = 40 + Math.floor(rnd() * 40);
    for (let w = 0; w < n; w++) words.push(vocab[zipf(vocab.length)]);
    const text = words.join(' ') + '.';
    const day = articleDay(a);
    return [a + 1, `gen-${a + 1}`, `gen-${a + 1}`, `${vocab[zipf(vocab.length)]} ${vocab[zipf(vocab.length)]}`, outlets[a % 50], outlets[a % 50], dateOfDay(day), day, text, text.length, '{"schema":"sift/document@1"}', a + 1, now];
  }, 10000);
  const ev = (i) => {
    const r = prng(i * 2654435761);
    const t = TYPES[Math.floor(r() * TYPES.length)];
    let src = 1 + Math.min(actorsN - 1, Math.floor(actorsN * Math.pow(r(), 2.2)));
    let tgt = 1 + Math.min(actorsN - 1, Math.floor(actorsN * Math.pow(r(), 2.2)));
    if (tgt === src) tgt = (tgt % actorsN) + 1;
    const article = Math.floor((i * articlesN) / events);
    const day = articleDay(article) - Math.floor(r() * 3);
    return { t, src, tgt, article, day, m: 1 + Math.floor(r() * r() * 4), modality: MODALITIES[Math.floor(r() * MODALITIES.length)] };
  };
  await batch('events', ['id', 'merge_key', 'type', 'cameo', 'base_code', 'root_code', 'quad_class', 'goldstein', 'date', 'day', 'source_actor', 'target_actor', 'is_root', 'num_mentions', 'num_sources', 'num_articles', 'first_article_seq', 'source_url', 'date_added'], events, (i) => {
    const e = ev(i);
    return [i + 1, `${e.t[0]}|${e.src}|${e.tgt}`, e.t[0], e.t[1], e.t[1], e.t[1].slice(0, 2), e.t[3], e.t[2], dateOfDay(e.day), e.day, e.src, e.tgt, 0, e.m, e.m, e.m, e.article + 1, `https://example.org/gen-${e.article + 1}`, now];
  });
  await batch('event_actors', ['event_id', 'role', 'actor_id', 'day'], events * 2, (k) => {
    const i = k >> 1;
    const e = ev(i);
    return k & 1 ? [i + 1, 'target', e.tgt, e.day] : [i + 1, 'source', e.src, e.day];
  }, 40000);
  // one mention row per event mention (NumMentions of them), spread over following articles
  const mentionRows = [];
  let mentionsTotal = 0;
  const flushMentions = async () => {
    await db.insertMany('event_mentions', ['event_id', 'article_seq', 'local_id', 'sentence', 'trigger_start', 'trigger_end', 'trigger_text', 'modality', 'confidence', 'outlet', 'source_key', 'published', 'is_root'], mentionRows);
    mentionsTotal += mentionRows.length;
    mentionRows.length = 0;
    note(`${store.kind}: event_mentions ${mentionsTotal.toLocaleString('en-US')}`);
  };
  for (let i = 0; i < events; i++) {
    const e = ev(i);
    for (let k = 0; k < e.m; k++) {
      const a = Math.min(articlesN - 1, e.article + k);
      mentionRows.push([i + 1, a + 1, `v${i + 1}.${k}`, k, 10, 17, 'trigger', e.modality, 0.8, outlets[a % 50], outlets[a % 50], dateOfDay(articleDay(a)), 0]);
    }
    if (mentionRows.length >= 20000) await flushMentions();
  }
  await flushMentions();
  if (store.kind === 'postgres') {
    note('postgres: sequences and statistics');
    for (const [t, c] of [['actors', 'id'], ['articles', 'seq'], ['events', 'id'], ['event_mentions', 'id']]) await db.run(`SELECT setval(pg_get_serial_sequence('${t}', '${c}'), (SELECT max(${c}) FROM ${t}))`);
    await db.exec('ANALYZE');
  } else {
    note('sqlite: statistics');
    await db.exec('ANALYZE');
  }
  noteDone();
  return { seconds: (performance.now() - t0) / 1000, actors: actorsN, articles: articlesN, events, mentions: mentionsTotal, eventActors: events * 2, vocab, rnd, zipf };
}

// ------------------------------------------------------------------ (3) queries

async function time(label, n, fn) {
  const ms = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    ms.push(performance.now() - t);
    if (i % 20 === 0) note(`${label} ${i}/${n}`);
  }
  noteDone();
  return { queries: n, p50: pct(ms, 50), p95: pct(ms, 95), max: Math.max(...ms) };
}

async function benchQueries(store, gen) {
  const r = prng(777);
  const actor = () => {
    // half the asks name a busy actor (by code), half any actor (by name)
    const i = r() < 0.5 ? Math.floor(Math.pow(r(), 3) * 250) : Math.floor(r() * gen.actors);
    const code = i < 250 ? letters(i) : null;
    return code && r() < 0.5 ? code : `${gen.vocab[(i * 7) % gen.vocab.length]} ${gen.vocab[(i * 13 + 5) % gen.vocab.length]}`;
  };
  let found = 0;
  const byActor = await time(`${store.kind}: events by actor`, QUERIES, async () => {
    const ev = await store.events({ actor: actor(), limit: 50 });
    found += ev.length;
  });
  const timeline = await time(`${store.kind}: timeline`, QUERIES, async () => {
    const start = DAY0 + Math.floor(r() * (DAYS - 365));
    await store.timeline({ actor: actor(), since: dateOfDay(start), until: dateOfDay(start + 364) });
  });
  const words = () => `${gen.vocab[50 + Math.floor(r() * 1500)]} ${gen.vocab[Math.floor(r() * 200)]}`;
  const search = await time(`${store.kind}: search`, QUERIES, async () => {
    await store.search(words(), { limit: 20 });
  });
  return { eventsByActor: { ...byActor, avgResults: found / QUERIES }, timeline, search };
}

// ------------------------------------------------------------------ main

async function runOne(kind, location) {
  const store = await openStore(location);
  try {
    const pipeline = createPipeline();
    const ingest = await benchIngest(store, pipeline);
    await store.close();
    // a fresh store for the generated corpus
    return { ingest };
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
}

async function runGenerated(location) {
  const store = await openStore(location);
  try {
    const gen = await generate(store, EVENTS);
    const counts = await store.counts();
    const queries = await benchQueries(store, gen);
    return { generation: { seconds: gen.seconds, actors: gen.actors, articles: gen.articles, events: counts.events, mentions: counts.mentions }, queries };
  } finally {
    await store.close();
  }
}

function table(res) {
  const f = (n, d = 1) => (n == null ? '—' : n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }));
  const out = [];
  out.push(`Sift corpus store benchmark — ${res.node} on ${res.platform}, ${res.cpus} CPUs (${res.cpuModel})`);
  for (const [name, r] of Object.entries(res.stores)) {
    out.push('');
    if (r.skipped) {
      out.push(`${name}: skipped — ${r.skipped}`);
      continue;
    }
    out.push(`${name} (${r.location})`);
    out.push(`  ingest: ${f(r.ingest.articlesPerSec)} articles/s end to end (${r.ingest.articles} synthetic articles, ${f(r.ingest.seconds, 2)} s: queue, pipeline, store); store alone ${f(r.ingest.storeArticlesPerSec)} articles/s`);
    const g = r.generation;
    out.push(`  generated store: ${g.events.toLocaleString('en-US')} events, ${g.mentions.toLocaleString('en-US')} mentions, ${g.articles.toLocaleString('en-US')} articles, ${g.actors.toLocaleString('en-US')} actors, bulk-loaded in ${f(g.seconds)} s`);
    out.push(`  query latency over ${r.queries.search.queries} queries each (ms):    p50      p95      max`);
    for (const [label, q] of [['events by actor (50, with mentions)', r.queries.eventsByActor], ['timeline (an actor, one year)', r.queries.timeline], ['full-text search (top 20)', r.queries.search]]) {
      out.push(`    ${label.padEnd(38)} ${f(q.p50, 2).padStart(8)} ${f(q.p95, 2).padStart(8)} ${f(q.max, 1).padStart(8)}`);
    }
  }
  return out.join('\n') + '\n';
}

async function main() {
  const res = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown',
    events: EVENTS,
    stores: {},
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-bench-store-'));
  try {
    if (ONLY !== 'postgres') {
      const ingestDb = path.join(dir, 'ingest.db');
      const genDb = path.join(dir, 'generated.db');
      const { ingest } = await runOne('sqlite', ingestDb);
      const gen = await runGenerated(genDb);
      res.stores.SQLite = { location: args.values.keep ? genDb : 'a temporary file', ingest, ...gen };
    }
    if (ONLY !== 'sqlite') {
      const base = process.env.SIFT_BENCH_PG || process.env.SIFT_TEST_PG || DEFAULT_TEST_PG;
      const why = await pgUnreachable(base);
      if (why) res.stores.PostgreSQL = { skipped: `no server at ${base} (${why}); set SIFT_BENCH_PG` };
      else {
        const a = freshPgUrl(base, 'sift_bench');
        const b = freshPgUrl(base, 'sift_bench');
        try {
          const { ingest } = await runOne('postgres', a);
          const gen = await runGenerated(b);
          res.stores.PostgreSQL = { location: base.replace(/:[^:@/]*@/, ':***@'), ingest, ...gen };
        } finally {
          await dropPgSchema(a).catch(() => undefined);
          await dropPgSchema(b).catch(() => undefined);
        }
      }
    }
  } finally {
    if (!args.values.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(args.values.json ? JSON.stringify(res, null, 2) + '\n' : table(res));
}

main().catch((e) => {
  noteDone();
  process.stderr.write(`bench-store: ${e.stack ?? e.message}\n`);
  process.exit(1);
});
