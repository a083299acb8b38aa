// The corpus store in one SQLite file. Writers take turns (BEGIN IMMEDIATE); a job is claimed by a
// short committed transaction naming the worker (host/pid), and a claim whose process is gone, or
// older than the lease, is taken over by the next worker.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentJson } from '../../output/document-json.js';
import { migrate } from '../migrations.js';
import type { Param, Row, SqlDb } from '../sql.js';
import { SqlStore, StoreError } from '../sql-store.js';
import type { Job, JobOutcome } from '../store.js';
import { openSqlite } from './sqlite-db.js';

/** After this many claims of one article (its workers died each time), it is marked failed. */
const MAX_ATTEMPTS = 3;

export interface SqliteStoreOptions {
  /** A claim older than this is taken over even if its process may be alive elsewhere (ms). */
  leaseMs?: number;
}

export class SqliteStore extends SqlStore {
  readonly kind = 'sqlite' as const;
  private readonly leaseMs: number;

  constructor(db: SqlDb, location: string, opts: SqliteStoreOptions = {}) {
    super(db, location);
    this.leaseMs = opts.leaseMs ?? 15 * 60_000;
  }

  protected async lockKeys(): Promise<void> {
    // one writer at a time: nothing to lock
  }

  protected distinctList(column: string): string {
    return `group_concat(DISTINCT ${column})`;
  }

  protected async retrying<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (e) {
        if ((e as { code?: string }).code !== 'SQLITE_BUSY' || attempt >= 5) throw e;
        await new Promise((r) => setTimeout(r, 50 * attempt));
      }
    }
  }

  protected async searchRows(query: string, where: { sql: string[]; params: Param[] }, limit: number): Promise<Row[]> {
    const match = ftsQuery(query);
    if (!match) throw new StoreError(`search: no words to look for in "${query}"`);
    return this.db.all(
      `SELECT ar.id, ar.title, ar.url, ar.outlet, ar.published, snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, -bm25(articles_fts) AS rank
         FROM articles_fts JOIN articles ar ON ar.seq = articles_fts.rowid
        WHERE ${['articles_fts MATCH ?', ...where.sql].join(' AND ')} ORDER BY bm25(articles_fts) LIMIT ?`,
      [match, ...where.params, limit],
    );
  }

  private isStale(claimedBy: string | null, claimedAt: string | null): boolean {
    const [host, pid] = (claimedBy ?? '').split('/');
    if (host === os.hostname() && pid && !alive(Number(pid))) return true;
    return !claimedAt || Date.now() - Date.parse(claimedAt) > this.leaseMs;
  }

  private claim(worker: string): Promise<Job | null> {
    return this.retrying(() =>
      this.db.transaction(async (tx) => {
        for (;;) {
          let row = await tx.get(`SELECT id, input, payload, content_hash, attempts FROM jobs WHERE state = 'pending' ORDER BY id LIMIT 1`);
          if (!row) {
            const claimed = await tx.all(`SELECT id, input, payload, content_hash, attempts, claimed_by, claimed_at FROM jobs WHERE state = 'claimed' ORDER BY id LIMIT 200`);
            row = claimed.find((r) => this.isStale(r.claimed_by as string | null, r.claimed_at as string | null));
          }
          if (!row) return null;
          if (Number(row.attempts) >= MAX_ATTEMPTS) {
            await tx.run(`UPDATE jobs SET state = 'failed', error = ?, finished_at = ? WHERE id = ?`, [
              `its worker stopped ${row.attempts} times while processing it`,
              new Date().toISOString(),
              row.id as number,
            ]);
            continue;
          }
          await tx.run(`UPDATE jobs SET state = 'claimed', claimed_by = ?, claimed_at = ?, attempts = attempts + 1 WHERE id = ?`, [worker, new Date().toISOString(), row.id as number]);
          return this.jobFromRow(row);
        }
      }),
    );
  }

  async processNext(worker: string, analyse: (job: Job) => Promise<DocumentJson>): Promise<JobOutcome | null> {
    const job = await this.claim(worker);
    if (!job) return null;
    let doc: DocumentJson;
    try {
      doc = await analyse(job);
    } catch (e) {
      return this.retrying(() => this.db.transaction((tx) => this.failJob(tx, job, worker, e)));
    }
    try {
      return await this.retrying(() => this.db.transaction((tx) => this.completeJob(tx, job, worker, doc)));
    } catch (e) {
      return this.retrying(() => this.db.transaction((tx) => this.failJob(tx, job, worker, e)));
    }
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** User words → an FTS5 query: "quoted phrases" kept, other words quoted (AND), OR passed through, a trailing * as prefix. */
export function ftsQuery(q: string): string {
  const out: string[] = [];
  for (const m of q.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words) out.push(`"${words.join(' ')}"`);
    } else if (m[2] === 'OR' || m[2] === 'NOT' || m[2] === 'AND') {
      if (out.length) out.push(m[2]);
    } else {
      const prefix = m[2].endsWith('*');
      for (const w of m[2].match(/[\p{L}\p{N}]+/gu) ?? []) out.push(`"${w}"${prefix ? '*' : ''}`);
    }
  }
  while (out.length && ['OR', 'NOT', 'AND'].includes(out[out.length - 1])) out.pop();
  return out.join(' ');
}

/** Opens (creating if needed) a SQLite store and brings its schema up to date. */
export async function openSqliteStore(file: string, opts: SqliteStoreOptions = {}): Promise<SqliteStore> {
  const dir = path.dirname(path.resolve(file));
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new StoreError(`${file}: cannot create the folder ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let db: SqlDb;
  try {
    db = openSqlite(file);
  } catch (e) {
    throw new StoreError(`${file}: cannot open as a SQLite store (${(e as Error).message})`);
  }
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    throw new StoreError(`${file}: ${(e as Error).message}`);
  }
  return new SqliteStore(db, file, opts);
}
