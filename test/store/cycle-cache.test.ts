import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { created, entry } from '../../src/store/contract-fixtures.js';
import {
  MemoryStore,
  PostgresStore,
  type ReviewStore,
  SqliteStore,
} from '../../src/store/index.js';
import { pgConnection, pgReachable, runSchema } from './pg.js';

// A store keeps the cycle record it last read and reads it again only when the row's version
// moved (src/store/cycle-cache.ts). What must hold: a record another writer saved — another
// store object on the same database, as another process would be — is the one read.

const dir = mkdtempSync(join(tmpdir(), 'kd-cycle-cache-'));
const pg = await pgReachable();
const opened: ReviewStore[] = [];
afterAll(async () => {
  for (const s of opened) {
    if (s instanceof PostgresStore) await s.drop().catch(() => {});
    await s.close().catch(() => {});
  }
  rmSync(dir, { recursive: true, force: true });
});

/** Two stores on one database (each with its own cache), as `pair()` makes them. */
const targets = [
  {
    name: 'sqlite',
    enabled: true,
    pair: () => {
      const path = join(dir, `c${opened.length}.db`);
      return [new SqliteStore({ path }), new SqliteStore({ path })] as const;
    },
  },
  {
    name: 'postgres',
    enabled: pg,
    pair: () => {
      const schema = runSchema('cyclecache');
      return [
        new PostgresStore({ connection: pgConnection(), schema }),
        new PostgresStore({ connection: pgConnection(), schema }),
      ] as const;
    },
  },
];

for (const t of targets)
  describe.skipIf(!t.enabled)(`the cycle record a ${t.name} store keeps`, () => {
    it('is read again when another store on the same database saved a new version', async () => {
      const [a, b] = t.pair();
      opened.push(a, b);
      await a.init();
      await b.init();
      await a.saveCycle({ cycleId: 'cy', expectedVersion: 0, record: { state: 'open', n: 1 } });
      const first = await a.loadCycle('cy');
      expect(first?.record).toEqual({ state: 'open', n: 1 });
      // unchanged: the kept record itself, frozen (it is shared by every reader)
      expect(await a.loadCycle('cy')).toBe(first);
      expect(Object.isFrozen(first?.record)).toBe(true);

      // another writer's saveCycle
      await b.loadCycle('cy');
      await b.saveCycle({ cycleId: 'cy', expectedVersion: 1, record: { state: 'open', n: 2 } });
      const second = await a.loadCycle('cy');
      expect(second).toEqual({ cycleId: 'cy', version: 2, record: { state: 'open', n: 2 } });

      // another writer's review commit that writes the cycle with it
      await created(b, 's/1');
      const commit = await b.commit({
        subjectId: 's/1',
        expectedVersion: 1,
        envelope: 2,
        nextDueAt: null,
        entries: [entry('s/1', 1)],
        outbox: [],
        cycle: { cycleId: 'cy', expectedVersion: 2, record: { state: 'compiled', tên: 'Đợt' } },
      });
      expect(commit).toEqual({ ok: true, version: 2 });
      expect(await a.loadCycle('cy')).toEqual({
        cycleId: 'cy',
        version: 3,
        record: { state: 'compiled', tên: 'Đợt' },
      });
      // and this store's own write is read back too
      await a.saveCycle({ cycleId: 'cy', expectedVersion: 3, record: { state: 'final' } });
      expect((await a.loadCycle('cy'))?.record).toEqual({ state: 'final' });
      expect((await b.loadCycle('cy'))?.record).toEqual({ state: 'final' });
    });
  });

describe('the memory store', () => {
  it('gives frozen copies of a cycle record, as the others do', async () => {
    const store = new MemoryStore();
    await store.saveCycle({ cycleId: 'cy', expectedVersion: 0, record: { state: 'open' } });
    const read = await store.loadCycle('cy');
    expect(Object.isFrozen(read?.record)).toBe(true);
    expect(read).toEqual({ cycleId: 'cy', version: 1, record: { state: 'open' } });
  });
});
