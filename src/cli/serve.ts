import { ErrorCodes, SiftError } from '../core/errors.js';
import { parseCommandArgs } from './args.js';
import { loadActors } from '../kb/actors-file.js';
import { createPipeline } from '../pipeline/default.js';
import { seedStore } from '../server/seed.js';
import { lazyPipeline, startServer } from '../server/server.js';
import { openStore, storeLocation } from '../store/open.js';

const HELP = `Usage: sift serve [options]

Serves the HTTP API (/api/…, described at /openapi.json) and the web UI (/) over the corpus store.

Options:
  --port P                port (default 8080, or $PORT; 0: any free port)
  --host H                address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --store PATH|URL        SQLite file (default ./sift-data/sift.db, or $SIFT_STORE) or postgres://…
  --seed DIR              analyse the articles under DIR into the store first (once: known ones are skipped)
  --cors ORIGIN,…         allow these origins (default: no CORS; or $SIFT_CORS)
  --rate N                requests a minute per client (default 600; 0: unlimited; an analysis counts 10)
  --max-body BYTES        largest request body (default 2000000)
  --actors FILE           user actor dictionary (as for analyze)

Writes (POST /api/ingest) need "Authorization: Bearer $SIFT_TOKEN"; without SIFT_TOKEN they are refused.
`;

function intOption(v: string | undefined, name: string, dflt: number, min: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new SiftError(ErrorCodes.USAGE, `serve: ${name} must be a whole number ≥ ${min}, not "${v}"`);
  return n;
}

export async function serveCommand(argv: string[]): Promise<number> {
  const args = parseCommandArgs('serve', HELP, {
    args: argv,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      store: { type: 'string' },
      seed: { type: 'string', multiple: true },
      cors: { type: 'string' },
      rate: { type: 'string' },
      'max-body': { type: 'string' },
      actors: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (!args) return 0;
  const v = args.values;
  const port = intOption(v.port ?? process.env.PORT, '--port', 8080, 0);
  if (port > 65535) throw new SiftError(ErrorCodes.USAGE, `serve: --port must be at most 65535`);
  const rate = intOption(v.rate, '--rate', 600, 0);
  const maxBody = intOption(v['max-body'], '--max-body', 2_000_000, 1);
  const corsSpec = v.cors ?? process.env.SIFT_CORS;
  const corsOrigins = corsSpec ? corsSpec.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
  const actors = v.actors ? loadActors(v.actors) : undefined;
  const pipeline = lazyPipeline(() => createPipeline({ actors }));
  const say = (s: string) => process.stderr.write(`sift: ${s}\n`);

  const store = await openStore(storeLocation(v.store));
  try {
    if (v.seed?.length) {
      const r = await seedStore(store, v.seed, pipeline, say);
      if (r.added) say(`${r.added - r.failed} article${r.added === 1 ? '' : 's'} added to ${store.location}`);
    }
    const counts = await store.counts();
    const server = await startServer({ store, port, host: v.host, token: process.env.SIFT_TOKEN || undefined, corsOrigins, ratePerMinute: rate, maxBodyBytes: maxBody, pipeline });
    say(`${store.location}: ${counts.articles} documents, ${counts.events} events, ${counts.actors} actors`);
    if (!process.env.SIFT_TOKEN) say('writes (POST /api/ingest) are off: set SIFT_TOKEN to allow them');
    process.stdout.write(`Sift is serving the analyst's desk at ${server.url}\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    return 0;
  } finally {
    await store.close();
  }
}
