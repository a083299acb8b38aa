// SqlDb over node-postgres: a small pool; a transaction holds one client from BEGIN to COMMIT.
// The store's tables live in one schema (`?schema=NAME` in the URL, default public).
import pg from 'pg';
import { numberPlaceholders, type Param, type Row, type SqlDb } from '../sql.js';

const INT8 = 20;
const NUMERIC = 1700;
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8) return (v: string) => Number(v);
    if (oid === NUMERIC) return (v: string) => Number.parseFloat(v);
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

const converted = new Map<string, string>();
function toPg(sql: string): string {
  let s = converted.get(sql);
  if (s === undefined) {
    s = numberPlaceholders(sql);
    if (converted.size > 2000) converted.clear();
    converted.set(sql, s);
  }
  return s;
}

/** Column types of a table, for bulk loads through unnest(). */
async function columnTypes(q: pg.Pool | pg.PoolClient, table: string): Promise<Map<string, string>> {
  const r = await q.query(
    `SELECT column_name, format_type(atttypid, atttypmod) AS type FROM information_schema.columns c
       JOIN pg_attribute a ON a.attname = c.column_name AND a.attrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass
      WHERE c.table_schema = current_schema() AND c.table_name = $1`,
    [table],
  );
  return new Map(r.rows.map((x: { column_name: string; type: string }) => [x.column_name, x.type]));
}

async function insertManyWith(q: pg.Pool | pg.PoolClient, table: string, columns: readonly string[], rows: readonly (readonly Param[])[]): Promise<void> {
  if (!rows.length) return;
  const t = await columnTypes(q, table);
  const arrays = columns.map((_, c) => rows.map((r) => r[c]));
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${columns
    .map((col, i) => {
      const type = t.get(col);
      if (!type) throw new Error(`insertMany: ${table} has no column ${col}`);
      return `$${i + 1}::${type}[]`;
    })
    .join(', ')})`;
  await q.query(sql, arrays);
}

class PgClientDb implements SqlDb {
  readonly dialect = 'postgres' as const;
  private depth = 0;
  constructor(readonly client: pg.PoolClient) {}
  async all<T = Row>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    return (await this.client.query(toPg(sql), params as Param[])).rows as T[];
  }
  async get<T = Row>(sql: string, params?: readonly Param[]): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }
  async run(sql: string, params: readonly Param[] = []): Promise<number> {
    return (await this.client.query(toPg(sql), params as Param[])).rowCount ?? 0;
  }
  async exec(sql: string): Promise<void> {
    await this.client.query(sql);
  }
  insertMany(table: string, columns: readonly string[], rows: readonly (readonly Param[])[]): Promise<void> {
    return insertManyWith(this.client, table, columns, rows);
  }
  /** Nested: a savepoint. */
  async transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    const name = `sp${++this.depth}`;
    await this.client.query(`SAVEPOINT ${name}`);
    try {
      const r = await fn(this);
      await this.client.query(`RELEASE SAVEPOINT ${name}`);
      return r;
    } catch (e) {
      await this.client.query(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => undefined);
      throw e;
    } finally {
      this.depth--;
    }
  }
  async close(): Promise<void> {
    throw new Error('close the store, not a transaction');
  }
}

export class PgDb implements SqlDb {
  readonly dialect = 'postgres' as const;
  constructor(
    readonly pool: pg.Pool,
    readonly schema: string,
  ) {}
  async all<T = Row>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    return (await this.pool.query(toPg(sql), params as Param[])).rows as T[];
  }
  async get<T = Row>(sql: string, params?: readonly Param[]): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }
  async run(sql: string, params: readonly Param[] = []): Promise<number> {
    return (await this.pool.query(toPg(sql), params as Param[])).rowCount ?? 0;
  }
  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }
  insertMany(table: string, columns: readonly string[], rows: readonly (readonly Param[])[]): Promise<void> {
    return insertManyWith(this.pool, table, columns, rows);
  }
  /** A client of its own for a transaction that must hold locks across awaits (job claims). */
  async withClient<T>(fn: (tx: PgClientDb) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      return await fn(new PgClientDb(client));
    } catch (e) {
      broken = e as Error;
      throw e;
    } finally {
      // a client whose connection failed is not given back to the pool
      client.release(broken && !('code' in broken) ? broken : undefined);
    }
  }
  transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    return this.withClient(async (tx) => {
      await tx.client.query('BEGIN');
      try {
        const r = await fn(tx);
        await tx.client.query('COMMIT');
        return r;
      } catch (e) {
        await tx.client.query('ROLLBACK').catch(() => undefined);
        throw e;
      }
    });
  }
  async close(): Promise<void> {
    await this.pool.end();
  }
}

export type { PgClientDb };

export interface PgLocation {
  connectionString: string;
  schema: string;
  /** The URL without its password, for messages. */
  display: string;
}

/** postgres://user:pass@host:port/db?schema=NAME → what node-postgres needs, and the schema. */
export function parsePgUrl(url: string): PgLocation {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`not a valid PostgreSQL URL: ${url}`);
  }
  const schema = u.searchParams.get('schema') ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/i.test(schema)) throw new Error(`schema must be a plain SQL name (letters, digits, _), not "${schema}"`);
  u.searchParams.delete('schema');
  const display = new URL(u.href);
  if (display.password) display.password = '***';
  return { connectionString: u.href, schema, display: display.href + (schema !== 'public' ? `${display.search ? '&' : '?'}schema=${schema}` : '') };
}

export function openPg(url: string, opts: { max?: number; connectTimeoutMs?: number } = {}): PgDb {
  const loc = parsePgUrl(url);
  const pool = new pg.Pool({
    connectionString: loc.connectionString,
    max: opts.max ?? 4,
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000,
    options: `-c search_path=${loc.schema} -c idle_in_transaction_session_timeout=600000`,
    types,
  });
  // an idle client's connection dropping must not crash the process
  pool.on('error', () => undefined);
  return new PgDb(pool, loc.schema);
}
