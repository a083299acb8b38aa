// The store contract, run against SQLite always and against PostgreSQL when a server answers at
// $SIFT_TEST_PG (default postgres://sift:sift@127.0.0.1:5432/sift_test). With SIFT_TEST_PG set, an
// unreachable server fails the run; without it, the PostgreSQL suite is skipped and says so.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { openStore } from './open.js';
import { storeContract } from './store.contract.js';
import { dropPgSchema, freshPgUrl, pgTestUrl, pgUnreachable } from './testing.js';

// asked before any suite starts running
const pg = pgTestUrl();
const why = await pgUnreachable(pg.url);

storeContract({
  name: 'SQLite',
  async open() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-store-'));
    const location = path.join(dir, 'nested', 'sift.db');
    return { store: await openStore(location), location };
  },
  async dispose(location) {
    fs.rmSync(path.dirname(path.dirname(location)), { recursive: true, force: true });
  },
});

if (why && pg.explicit) {
  describe('Store contract: PostgreSQL', () => {
    it(`reaches the server named by SIFT_TEST_PG`, () => {
      throw new Error(`SIFT_TEST_PG=${pg.url}: the server does not answer (${why})`);
    });
  });
} else if (why) {
  const msg = `PostgreSQL not reachable at ${pg.url} (${why}): set SIFT_TEST_PG to run the PostgreSQL contract suite`;
  process.stderr.write(`store.contract: SKIPPING the PostgreSQL suite: ${msg}\n`);
  describe('Store contract: PostgreSQL', { skip: msg }, () => {
    it('runs against PostgreSQL', () => undefined);
  });
} else {
  storeContract({
    name: 'PostgreSQL',
    async open() {
      const location = freshPgUrl(pg.url);
      return { store: await openStore(location), location };
    },
    dispose: dropPgSchema,
  });
}
