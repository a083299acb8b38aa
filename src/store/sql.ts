// The few things the corpus store needs from a SQL database, written once for SQLite and
// PostgreSQL: statements use `?` placeholders (turned into $1, $2, … for PostgreSQL), rows come
// back as plain objects with numbers for integer columns.

export type Param = string | number | null;
export type Row = Record<string, unknown>;
export type Dialect = 'sqlite' | 'postgres';

export interface SqlDb {
  readonly dialect: Dialect;
  all<T = Row>(sql: string, params?: readonly Param[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
  /** A statement without rows; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly Param[]): Promise<number>;
  /** Several statements, no parameters (DDL). */
  exec(sql: string): Promise<void>;
  /** fn inside one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T>;
  /** Many rows into one table, as fast as the database allows (bulk loads, benchmarks). */
  insertMany(table: string, columns: readonly string[], rows: readonly (readonly Param[])[]): Promise<void>;
  close(): Promise<void>;
}

/** `?` → `$n`, outside quoted strings and identifiers. */
export function numberPlaceholders(sql: string): string {
  let out = '';
  let n = 0;
  let quote: string | null = null;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (quote) {
      if (c === quote) quote = null;
      out += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      out += c;
    } else if (c === '?') out += `$${++n}`;
    else out += c;
  }
  return out;
}

/** `?, ?, ?` for n values. */
export const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
