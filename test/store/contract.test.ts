import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import {
  MemoryStore,
  PostgresStore,
  type ReviewStore,
  SqliteStore,
  storeContract,
} from '../../src/store/index.js';
import { pgConnection, pgReachable, runSchema } from './pg.js';

const dir = mkdtempSync(join(tmpdir(), 'kd-contract-'));
const opened: ReviewStore[] = [];
const pg = await pgReachable();

afterAll(async () => {
  for (const s of opened) {
    if (s instanceof PostgresStore) await s.drop();
    await s.close();
  }
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
const factories: Array<[string, () => ReviewStore, boolean]> = [
  ['MemoryStore', () => new MemoryStore(), true],
  ['SqliteStore', () => new SqliteStore({ path: join(dir, `c${n++}.db`) }), true],
  [
    'PostgresStore',
    () => new PostgresStore({ connection: pgConnection(), schema: runSchema(`c${n++}`) }),
    pg,
  ],
];

for (const [name, make, enabled] of factories)
  describe.skipIf(!enabled)(`store contract: ${name}`, () => {
    for (const c of storeContract())
      it(c.name, async () => {
        const store = make();
        opened.push(store);
        await store.init();
        await c.run(store);
      });
  });
