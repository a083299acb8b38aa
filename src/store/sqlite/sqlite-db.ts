// SqlDb over better-sqlite3: one connection, WAL journal (readers never block the writer; a
// committed transaction survives kill -9), writes serialised by BEGIN IMMEDIATE.
import Database from 'better-sqlite3';
import type { Param, Row, SqlDb } from '../sql.js';

type Statement = Database.Statement<unknown[], unknown>;

class SqliteConnection implements SqlDb {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Statement>();
  /** Serialises top-level calls so a transaction's awaits never interleave with other statements. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    readonly db: Database.Database,
    private readonly busyTimeoutMs: number,
  ) {}

  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      if (this.statements.size > 500) this.statements.clear();
      this.statements.set(sql, s);
    }
    return s;
  }

  private serial<T>(fn: () => T | Promise<T>): Promise<T> {
    const p = this.chain.then(fn, fn);
    this.chain = p.catch(() => undefined);
    return p;
  }

  allNow<T>(sql: string, params: readonly Param[] = []): T[] {
    return this.stmt(sql).all(...params) as T[];
  }
  runNow(sql: string, params: readonly Param[] = []): number {
    const s = this.stmt(sql);
    if (s.reader) {
      s.all(...params);
      return 0;
    }
    return s.run(...params).changes;
  }

  all<T = Row>(sql: string, params?: readonly Param[]): Promise<T[]> {
    return this.serial(() => this.allNow<T>(sql, params));
  }
  get<T = Row>(sql: string, params?: readonly Param[]): Promise<T | undefined> {
    return this.serial(() => this.allNow<T>(sql, params)[0]);
  }
  run(sql: string, params?: readonly Param[]): Promise<number> {
    return this.serial(() => this.runNow(sql, params));
  }
  exec(sql: string): Promise<void> {
    return this.serial(() => void this.db.exec(sql));
  }
  insertMany(table: string, columns: readonly string[], rows: readonly (readonly Param[])[]): Promise<void> {
    return this.serial(() => {
      const s = this.db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      const load = this.db.transaction((rs: readonly (readonly Param[])[]) => {
        for (const r of rs) s.run(...r);
      });
      if (this.db.inTransaction) for (const r of rows) s.run(...r);
      else load(rows);
    });
  }
  /**
   * BEGIN IMMEDIATE, waiting for another connection's write transaction without blocking the
   * event loop (SQLite's own busy handler would sleep synchronously).
   */
  private async begin(): Promise<void> {
    const deadline = Date.now() + this.busyTimeoutMs;
    for (let pause = 2; ; pause = Math.min(50, pause * 2)) {
      try {
        this.db.exec('BEGIN IMMEDIATE');
        return;
      } catch (e) {
        if ((e as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw e;
        await new Promise((r) => setTimeout(r, pause));
      }
    }
  }

  transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    return this.serial(async () => {
      await this.begin();
      try {
        const r = await fn(new SqliteTransaction(this));
        this.db.exec('COMMIT');
        return r;
      } catch (e) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw e;
      }
    });
  }
  close(): Promise<void> {
    return this.serial(() => {
      if (this.db.open) this.db.close();
    });
  }
}

/** The same connection inside an open transaction: statements run at once. */
class SqliteTransaction implements SqlDb {
  readonly dialect = 'sqlite' as const;
  constructor(private readonly c: SqliteConnection) {}
  async all<T = Row>(sql: string, params?: readonly Param[]): Promise<T[]> {
    return this.c.allNow<T>(sql, params);
  }
  async get<T = Row>(sql: string, params?: readonly Param[]): Promise<T | undefined> {
    return this.c.allNow<T>(sql, params)[0];
  }
  async run(sql: string, params?: readonly Param[]): Promise<number> {
    return this.c.runNow(sql, params);
  }
  async exec(sql: string): Promise<void> {
    this.c.db.exec(sql);
  }
  async insertMany(table: string, columns: readonly string[], rows: readonly (readonly Param[])[]): Promise<void> {
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    for (const r of rows) this.c.runNow(sql, r);
  }
  async transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    const name = `sp${Math.random().toString(36).slice(2, 8)}`;
    this.c.db.exec(`SAVEPOINT ${name}`);
    try {
      const r = await fn(this);
      this.c.db.exec(`RELEASE ${name}`);
      return r;
    } catch (e) {
      this.c.db.exec(`ROLLBACK TO ${name}`);
      this.c.db.exec(`RELEASE ${name}`);
      throw e;
    }
  }
  async close(): Promise<void> {
    throw new Error('close the store, not a transaction');
  }
}

export interface SqliteOptions {
  readonly?: boolean;
  /** How long a writer waits for another process's write transaction (ms). */
  busyTimeoutMs?: number;
}

export function openSqlite(file: string, opts: SqliteOptions = {}): SqlDb & { readonly db: Database.Database } {
  // a short synchronous busy wait for single statements; write transactions wait asynchronously (begin)
  const db = new Database(file, { readonly: opts.readonly ?? false, timeout: 200 });
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -65536');
  return new SqliteConnection(db, opts.busyTimeoutMs ?? 60_000);
}
