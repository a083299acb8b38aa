// The corpus store in PostgreSQL, shared by any number of workers on any number of machines. A
// worker claims an article with SELECT … FOR UPDATE SKIP LOCKED and keeps the row locked in its
// transaction while it analyses and stores it: nobody else can take it, and if the worker dies
// its connection drops, the transaction rolls back and the article is there for the next worker.
import type { DocumentJson } from '../../output/document-json.js';
import { migrate } from '../migrations.js';
import type { Param, Row, SqlDb } from '../sql.js';
import { SqlStore, StoreError } from '../sql-store.js';
import type { Job, JobOutcome } from '../store.js';
import { openPg, parsePgUrl, type PgDb } from './pg-db.js';

/** Deadlock, serialisation failure, unique violation (two writers adding the same thing at once). */
const TRANSIENT = new Set(['40P01', '40001', '23505']);

export class PgStore extends SqlStore {
  readonly kind = 'postgres' as const;

  constructor(
    readonly pg: PgDb,
    location: string,
  ) {
    super(pg, location);
  }

  protected async lockKeys(tx: SqlDb, keys: readonly string[]): Promise<void> {
    for (const k of keys) await tx.run(`SELECT pg_advisory_xact_lock(hashtextextended(?, 0))`, [k]);
  }

  protected distinctList(column: string): string {
    return `string_agg(DISTINCT ${column}, ',')`;
  }

  protected async retrying<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (e) {
        if (!TRANSIENT.has((e as { code?: string }).code ?? '') || attempt >= 5) throw e;
        await new Promise((r) => setTimeout(r, 20 * attempt + Math.random() * 30));
      }
    }
  }

  protected async searchRows(query: string, where: { sql: string[]; params: Param[] }, limit: number): Promise<Row[]> {
    return this.db.all(
      `SELECT x.id, x.title, x.url, x.outlet, x.published, x.rank,
              ts_headline('english', x.text, websearch_to_tsquery('english', ?), 'MaxWords=24, MinWords=8, StartSel=[, StopSel=], MaxFragments=1') AS snippet
         FROM (SELECT ar.id, ar.title, ar.url, ar.outlet, ar.published, ar.text, ts_rank(ar.tsv, websearch_to_tsquery('english', ?)) AS rank
                 FROM articles ar WHERE ${['ar.tsv @@ websearch_to_tsquery(\'english\', ?)', ...where.sql].join(' AND ')}
                ORDER BY rank DESC, ar.seq LIMIT ?) x
        ORDER BY x.rank DESC`,
      [query, query, query, ...where.params, limit],
    );
  }

  async processNext(worker: string, analyse: (job: Job) => Promise<DocumentJson>): Promise<JobOutcome | null> {
    return this.pg.withClient(async (c) => {
      await c.exec('BEGIN');
      try {
        const row = await c.get(`SELECT id, input, payload, content_hash, attempts FROM jobs WHERE state = 'pending' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`);
        if (!row) {
          await c.exec('COMMIT');
          return null;
        }
        const job = this.jobFromRow(row);
        await c.run(`UPDATE jobs SET claimed_by = ?, claimed_at = ?, attempts = attempts + 1 WHERE id = ?`, [worker, new Date().toISOString(), job.jobId]);
        let outcome: JobOutcome;
        try {
          const doc = await analyse(job);
          outcome = await this.retrying(() => c.transaction((tx) => this.completeJob(tx, job, worker, doc)));
        } catch (e) {
          if ((e as { code?: string }).code === '57P01' || (e as Error).message?.includes('Connection terminated')) throw e;
          outcome = await c.transaction((tx) => this.failJob(tx, job, worker, e));
        }
        await c.exec('COMMIT');
        return outcome;
      } catch (e) {
        await c.exec('ROLLBACK').catch(() => undefined);
        throw e;
      }
    });
  }
}

/** Opens a PostgreSQL store (postgres://user:pass@host/db?schema=NAME) and brings its schema up to date. */
export async function openPgStore(url: string, opts: { connectTimeoutMs?: number; poolSize?: number } = {}): Promise<PgStore> {
  let loc;
  try {
    loc = parsePgUrl(url);
  } catch (e) {
    throw new StoreError((e as Error).message);
  }
  const db = openPg(url, { connectTimeoutMs: opts.connectTimeoutMs, max: opts.poolSize });
  try {
    await migrate(db, loc.schema);
  } catch (e) {
    await db.close().catch(() => undefined);
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ECONNREFUSED' ? 'connection refused (is the server running?)' : err.message;
    throw new StoreError(`${loc.display}: cannot open the PostgreSQL store: ${why}`);
  }
  return new PgStore(db, loc.display);
}
