import { spawn } from 'node:child_process';
import { parseCommandArgs, TEXT_INPUT_OPTIONS, textInputOptions } from './args.js';
import { contentHash } from '../corpus/digest.js';
import { ErrorCodes, SiftError } from '../core/errors.js';
import { readSources } from '../ingest/feeds.js';
import { loadActors } from '../kb/actors-file.js';
import { toDocumentJson } from '../output/document-json.js';
import { createPipeline } from '../pipeline/default.js';
import { openStore, storeLocation } from '../store/open.js';
import type { JobOutcome, QueueItem, Store } from '../store/store.js';
import { workerId } from '../store/worker-id.js';

const HELP = `Usage: sift ingest [options] [FILE|DIR|URL|-]...

Analyses articles and keeps them in the corpus store: the inputs of "sift analyze" (.txt, .html,
.jsonl, directories, "-"), RSS/Atom feeds (.rss, .atom, .xml files or URLs), URL lists (.urls: one
URL per line) and single http(s) URLs. An article already stored (same text) is skipped; a
near-copy of a stored article is linked to it. Run the same command again after a crash: it
finishes the job without duplicates.

Options:
  --store PATH|URL        SQLite file (default ./sift-data/sift.db, or $SIFT_STORE) or postgres://…
  --workers N             analyse in N worker processes sharing the store's queue (default 1)
  --drain                 read no inputs: work the store's queue until it is empty (more machines)
  --allow-private         fetch from private, loopback and link-local addresses too
  --timeout SECONDS       per URL, redirects included (default 20)
  --max-bytes N           largest page or feed fetched (default 10000000)
  --published YYYY-MM-DD, --title TEXT, --url URL, --outlet NAME   metadata for .txt and stdin
  --input-kind txt|html|jsonl   how to read stdin or files with another extension
  --actors FILE           user actor dictionary (as for analyze)
  --json                  print a JSON summary on standard output at the end
  -q, --quiet             no progress or per-article messages on standard error
`;

interface Tally {
  read: number;
  queued: number;
  known: number;
  added: number;
  nearCopies: number;
  unchanged: number;
  failed: number;
  problems: number;
}

/** A progress bar on standard error (a terminal only). */
function progressBar(enabled: boolean) {
  const t0 = Date.now();
  let last = 0;
  let shown = false;
  return {
    show(done: number, total: number, what = '', force = false) {
      if (!enabled) return;
      const now = Date.now();
      if (!force && now - last < 100) return;
      last = now;
      const width = 28;
      const frac = total ? Math.min(1, done / total) : 0;
      const fill = Math.round(frac * width);
      const rate = done / Math.max(0.001, (now - t0) / 1000);
      const eta = rate > 0 && total > done ? ` · ${Math.ceil((total - done) / rate)}s left` : '';
      process.stderr.write(`\r\x1b[K[${'█'.repeat(fill)}${'░'.repeat(width - fill)}] ${done}/${total} articles · ${rate.toFixed(1)}/s${eta}${what ? ` · ${what.slice(-40)}` : ''}`);
      shown = true;
    },
    note(s: string) {
      if (!enabled) return;
      process.stderr.write(`\r\x1b[K${s}`);
      shown = true;
    },
    clear() {
      if (shown) process.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}

function positiveInt(v: string | undefined, name: string, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new SiftError(ErrorCodes.USAGE, `ingest: ${name} must be a positive whole number, not "${v}"`);
  return n;
}

export async function ingestCommand(argv: string[]): Promise<number> {
  const args = parseCommandArgs('ingest', HELP, {
    args: argv,
    allowPositionals: true,
    options: {
      store: { type: 'string' },
      workers: { type: 'string' },
      drain: { type: 'boolean' },
      'allow-private': { type: 'boolean' },
      timeout: { type: 'string' },
      'max-bytes': { type: 'string' },
      ...TEXT_INPUT_OPTIONS,
      json: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (!args) return 0;
  const v = args.values;
  const workers = positiveInt(v.workers, '--workers', 1);
  const timeoutS = positiveInt(v.timeout, '--timeout', 20);
  const maxBytes = positiveInt(v['max-bytes'], '--max-bytes', 10_000_000);
  const inputOptions = textInputOptions('ingest', v);
  const inputs = args.positionals.length ? args.positionals : v.drain || process.stdin.isTTY ? [] : ['-'];
  if (!inputs.length && !v.drain) throw new SiftError(ErrorCodes.USAGE, `ingest: no input given (or --drain to work the queue)\n\n${HELP}`);
  if (v.drain && args.positionals.length) throw new SiftError(ErrorCodes.USAGE, `ingest: --drain reads no inputs`);

  const location = storeLocation(v.store);
  const quiet = v.quiet === true;
  const tty = !quiet && process.stderr.isTTY === true;
  const bar = progressBar(tty);
  const say = (s: string) => {
    if (quiet) return;
    bar.clear();
    process.stderr.write(`sift: ${s}\n`);
  };
  const tally: Tally = { read: 0, queued: 0, known: 0, added: 0, nearCopies: 0, unchanged: 0, failed: 0, problems: 0 };
  const actors = v.actors ? loadActors(v.actors) : undefined;

  const store = await openStore(location);
  try {
    // 1. inputs → the queue (idempotent: an article already queued or stored is known)
    if (!v.drain) {
      let batch: QueueItem[] = [];
      const flush = async () => {
        if (!batch.length) return;
        const r = await store.enqueue(batch);
        tally.queued += r.added;
        tally.known += r.known;
        batch = [];
      };
      const sources = readSources(inputs, {
        ...inputOptions,
        fetch: { timeoutMs: timeoutS * 1000, maxBytes, allowPrivate: v['allow-private'] === true },
      });
      for await (const item of sources) {
        if (!item.ok) {
          tally.problems++;
          say(item.message);
          continue;
        }
        tally.read++;
        const a = item.article;
        batch.push({ contentHash: contentHash(a.text), input: a.meta.input ?? a.id ?? '', article: { ...(a.id ? { id: a.id } : {}), text: a.text, meta: a.meta } });
        if (batch.length >= 100) await flush();
        bar.note(`reading inputs: ${tally.read} articles`);
      }
      await flush();
    }

    // 2. the queue → analysed, stored articles
    const start = await store.queueStats();
    const total = start.pending;
    const count = (o: JobOutcome) => {
      if (o.status === 'added') tally.added++;
      else if (o.status === 'near-copy') tally.nearCopies++;
      else if (o.status === 'unchanged') tally.unchanged++;
      else {
        tally.failed++;
        say(`${o.input}: not stored: ${o.error}`);
      }
    };
    if (workers > 1 && total > 1) {
      await runWorkers(workers, location, v.actors, store, total, start.done + start.failed, bar, say, tally);
    }
    // in-process (one worker), and whatever worker processes left behind
    const pipeline = createPipeline({ actors });
    const me = workerId(v.drain ? 'worker' : 'main');
    let done = 0;
    for (;;) {
      const o = await store.processNext(me, async (job) => {
        const doc = toDocumentJson(pipeline.analyze(job.article.text, job.article.meta, job.article.id));
        for (const d of doc.diagnostics) if (d.severity === 'fatal') say(`${job.input}: stored, but stage ${d.stage} failed: ${d.message}`);
        return doc;
      });
      if (!o) break;
      count(o);
      done++;
      bar.show(done, Math.max(total, done), o.input);
    }
    bar.clear();

    const counts = await store.counts();
    const summary = { store: store.location, ...tally, documents: counts.articles, events: counts.events, actors: counts.actors };
    if (v.json) process.stdout.write(JSON.stringify(summary) + '\n');
    if (tty) {
      process.stderr.write(
        `${tally.added} added, ${tally.nearCopies} near-cop${tally.nearCopies === 1 ? 'y' : 'ies'} linked, ${tally.unchanged + tally.known} already stored` +
          `${tally.failed + tally.problems ? `, ${tally.failed + tally.problems} problem${tally.failed + tally.problems === 1 ? '' : 's'}` : ''}; ` +
          `${store.location} holds ${counts.articles} documents, ${counts.events} events, ${counts.actors} actors\n`,
      );
    }
    return tally.failed || tally.problems ? 1 : 0;
  } finally {
    await store.close();
  }
}

/** N child processes drain the queue (`sift ingest --drain`); this one shows progress and adds up their results. */
async function runWorkers(
  n: number,
  location: string,
  actorsFile: string | undefined,
  store: Store,
  total: number,
  doneBefore: number,
  bar: ReturnType<typeof progressBar>,
  say: (s: string) => void,
  tally: Tally,
): Promise<void> {
  const main = process.argv[1];
  const children = Array.from({ length: n }, () =>
    spawn(process.execPath, [main, 'ingest', '--drain', '--json', '--quiet', '--store', location, ...(actorsFile ? ['--actors', actorsFile] : [])], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env },
    }),
  );
  const results = children.map(
    (c, i) =>
      new Promise<void>((resolve) => {
        let out = '';
        c.stdout!.on('data', (d) => (out += d));
        c.on('error', (e) => {
          say(`worker ${i + 1} did not start: ${e.message}`);
          resolve();
        });
        c.on('close', (code, signal) => {
          const line = out.trim().split('\n').pop();
          try {
            const r = JSON.parse(line ?? '');
            tally.added += r.added;
            tally.nearCopies += r.nearCopies;
            tally.unchanged += r.unchanged;
            tally.failed += r.failed;
          } catch {
            say(`worker ${i + 1} (pid ${c.pid}) stopped (${signal ?? `exit ${code}`}); its article goes back to the queue`);
          }
          resolve();
        });
      }),
  );
  let finished = false;
  const all = Promise.all(results).then(() => {
    finished = true;
  });
  while (!finished) {
    await Promise.race([all, new Promise((r) => setTimeout(r, 250))]);
    if (finished) break;
    const s = await store.queueStats();
    bar.show(s.done + s.failed - doneBefore, total);
  }
}
