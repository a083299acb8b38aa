// A store from where the user says it is: postgres://… or postgresql://… for PostgreSQL, anything
// else is a SQLite file. Default: ./sift-data/sift.db (or $SIFT_STORE).
import path from 'node:path';
import type { Store } from './store.js';

export const DEFAULT_STORE = path.join('sift-data', 'sift.db');

export function storeLocation(given: string | undefined): string {
  return given || process.env.SIFT_STORE || DEFAULT_STORE;
}

export const isPostgresUrl = (s: string) => /^postgres(ql)?:\/\//i.test(s);

export async function openStore(location: string, opts: { leaseMs?: number; connectTimeoutMs?: number } = {}): Promise<Store> {
  if (isPostgresUrl(location)) {
    const { openPgStore } = await import('./postgres/pg-store.js');
    return openPgStore(location, opts);
  }
  const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
  return openSqliteStore(location, opts);
}
