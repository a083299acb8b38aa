#!/usr/bin/env node
// A short local load on the main read endpoints of `sift serve` (loopback only): p50/p95/p99
// latencies and throughput per endpoint. Uses the built server (dist/), a temporary SQLite store
// seeded with examples/ unless --store is given.
//   node scripts/load.mjs [--store PATH] [--seconds 5] [--connections 8]
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer, lazyPipeline } from '../dist/server/server.js';
import { seedStore } from '../dist/server/seed.js';
import { openStore } from '../dist/store/open.js';

const { values: v } = parseArgs({ options: { store: { type: 'string' }, seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '8' } } });
const seconds = Number(v.seconds);
const connections = Number(v.connections);
const tmp = v.store ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'sift-load-'));
const store = await openStore(v.store ?? path.join(tmp, 'load.db'));
if (!v.store) await seedStore(store, ['examples'], lazyPipeline());
const server = await startServer({ store, port: 0, ratePerMinute: 0, webRoot: false });
const base = new URL(server.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });

const get = (p) =>
  new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    http.get({ host: base.hostname, port: base.port, path: p, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, ms: Number(process.hrtime.bigint() - t0) / 1e6 }));
    }).on('error', reject);
  });

const docs = JSON.parse(await new Promise((r) => http.get(`${server.url}api/documents?limit=1`, (res) => { let b = ''; res.on('data', (d) => (b += d)); res.on('end', () => r(b)); })));
const counts = await store.counts();
const endpoints = [
  '/api/health',
  '/api/documents',
  `/api/documents/${docs[0]?.id}`,
  '/api/events',
  '/api/events?type=CONSULT&modality=asserted',
  '/api/entities',
  '/api/timeline',
  '/api/network',
  '/api/series',
  '/api/search?q=president',
];

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
console.log(`sift load: ${counts.articles} documents, ${counts.events} events, ${counts.actors} actors; ${connections} connections, ${seconds} s per endpoint, loopback, Node ${process.version}, ${os.cpus().length} CPUs`);
console.log('endpoint'.padEnd(44), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p99 ms'.padStart(8), ' errors');
const rows = [];
for (const ep of endpoints) {
  for (let i = 0; i < 20; i++) await get(ep); // warm
  const lat = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  const t0 = Date.now();
  await Promise.all(Array.from({ length: connections }, async () => {
    while (Date.now() < end) {
      const r = await get(ep);
      if (r.status !== 200) errors++;
      lat.push(r.ms);
    }
  }));
  const took = (Date.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  const row = { endpoint: ep, rps: Math.round(lat.length / took), p50: pct(lat, 50), p95: pct(lat, 95), p99: pct(lat, 99), errors };
  rows.push(row);
  console.log(ep.padEnd(44), String(row.rps).padStart(8), row.p50.toFixed(1).padStart(8), row.p95.toFixed(1).padStart(8), row.p99.toFixed(1).padStart(8), ` ${errors}`);
}
agent.destroy();
await server.close();
await store.close();
if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
