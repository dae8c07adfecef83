import { afterAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../machines/index.js';
import { createScheduler } from '../../src/service/index.js';
import { PostgresStore, SqliteStore } from '../../src/store/index.js';
import { nov } from '../machines/helpers.js';
import { pgConnection, runSchema } from '../store/pg.js';
import { testStores } from '../store/stores.js';
import { makeService, serviceInput, testClock } from './fixture.js';

const stores = await testStores('scheduler');
afterAll(() => stores.cleanup());
const scheduler = { id: 'lich-he-thong', roles: ['scheduler' as const] };
const ids = (n: number) => Array.from({ length: n }, (_, i) => `s${String(i).padStart(3, '0')}`);

for (const kind of stores.kinds)
  describe.skipIf(!kind.enabled)(`scheduler on ${kind.name}`, () => {
    it('TICKs the reviews whose deadline turns, in batches, once each; the outbox says so', async () => {
      const store = kind.make();
      const time = testClock(nov(4));
      const service = makeService(store, time.clock);
      for (const id of ids(7)) await service.create(serviceInput(id));
      const run = createScheduler({
        service,
        store,
        clock: time.clock,
        by: scheduler,
        batchSize: 3,
      });
      expect((await run.runOnce()).ticked).toBe(0);
      time.set(nov(5, 10));
      const first = await run.runOnce();
      expect(first.ticked).toBe(7);
      expect(first.outcomes.every((o) => o.ok)).toBe(true);
      expect((await run.runOnce()).ticked).toBe(0);
      const box = await store.outbox(0, 100);
      expect(box.map((m) => m.kind)).toEqual(Array(7).fill('deadline.approaching'));
      time.set(nov(7, 10));
      expect((await run.runOnce()).ticked).toBe(7);
      expect((await store.outbox(0, 100)).filter((m) => m.kind === 'deadline.missed').length).toBe(
        7,
      );
    });

    it('a TICK the review refuses does not wake the review again at the same instant', async () => {
      const store = kind.make();
      const time = testClock(nov(5, 10));
      const service = makeService(store, time.clock);
      await service.create(serviceInput('x1'));
      const stranger = createScheduler({
        service,
        store,
        clock: time.clock,
        by: { id: 'la', roles: ['scheduler'] },
      });
      const out = await stranger.runOnce();
      expect(out.outcomes).toMatchObject([{ ok: false, code: 'FORBIDDEN' }]);
      expect((await stranger.runOnce()).ticked).toBe(0);
    });
  });

describe('scheduler restarts and shares work', () => {
  it('after a restart, a new scheduler on the same SQLite file picks up from the store alone', async () => {
    const path = `${stores.dir}/restart.db`;
    const time = testClock(nov(4));
    const a = new SqliteStore({ path });
    const service = makeService(a, time.clock);
    for (const id of ids(4)) await service.create(serviceInput(id));
    await a.close();
    time.set(nov(5, 10));
    const b = new SqliteStore({ path });
    const again = createScheduler({
      service: makeService(b, time.clock),
      store: b,
      clock: time.clock,
      by: scheduler,
    });
    expect((await again.runOnce()).ticked).toBe(4);
    await b.close();
  });

  const pg = stores.kinds.find((k) => k.name === 'postgres')?.enabled ?? false;
  it.skipIf(!pg)('three schedulers on one PostgreSQL store TICK each due review once', async () => {
    const schema = runSchema('share');
    const open = () => new PostgresStore({ connection: pgConnection(), schema });
    const time = testClock(nov(4));
    const setup = open();
    const service = makeService(setup, time.clock);
    for (const id of ids(40)) await service.create(serviceInput(id));
    time.set(nov(5, 10));
    const workers = [open(), open(), open()];
    const runs = await Promise.all(
      workers.map((store, i) =>
        createScheduler({
          service: makeService(store, time.clock),
          store,
          clock: time.clock,
          by: scheduler,
          batchSize: 5,
          id: `w${i}`,
        }).runOnce(),
      ),
    );
    const applied = runs.flatMap((r) => r.outcomes).filter((o) => o.ok);
    expect(applied.length).toBe(40);
    for (const id of ids(40)) {
      const ticks = ((await setup.log(id)) as AuditEntry[]).filter((e) => e.type === 'TICK');
      expect(ticks.length).toBe(1);
    }
    expect(runs.filter((r) => r.ticked > 0).length).toBeGreaterThan(1);
    for (const w of workers) await w.close();
    await setup.drop();
    await setup.close();
  });
});
