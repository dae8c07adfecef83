import { afterAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../machines/index.js';
import { createScheduler } from '../../src/service/index.js';
import { MemoryStore, PostgresStore, SqliteStore, StoreError } from '../../src/store/index.js';
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

/** A memory store whose due query fails the first `failures` times, as a busy or lost database does. */
class FlakyStore extends MemoryStore {
  constructor(private failures: number) {
    super();
  }
  override claimDue(...args: Parameters<MemoryStore['claimDue']>) {
    if (this.failures-- > 0)
      return Promise.reject(
        new StoreError('READ_FAILED', { vi: 'Kho bận.', en: 'The store is busy.' }),
      );
    return super.claimDue(...args);
  }
}

describe('scheduler on an interval', () => {
  it('start(): a failed run goes to onError, never an unhandled rejection; the next run ticks and goes to onRun', async () => {
    const store = new FlakyStore(2);
    const time = testClock(nov(5, 10));
    const service = makeService(store, time.clock);
    for (const id of ids(3)) await service.create(serviceInput(id));
    const errors: unknown[] = [];
    const runs: number[] = [];
    const run = createScheduler({
      service,
      store,
      clock: time.clock,
      by: scheduler,
      onError: (e) => errors.push(e),
      onRun: (r) => runs.push(r.ticked),
    });
    run.start(5);
    for (let i = 0; i < 400 && !runs.includes(3); i++) await new Promise((r) => setTimeout(r, 5));
    await run.stop();
    expect(errors.map((e) => (e as StoreError).code)).toEqual(['READ_FAILED', 'READ_FAILED']);
    expect(runs[0]).toBe(3);
    expect(runs.slice(1).every((n) => n === 0)).toBe(true);
    const ticks = ((await store.log('s000')) as AuditEntry[]).filter((e) => e.type === 'TICK');
    expect(ticks).toHaveLength(1);
    // stopped: no run after stop()
    const seen = runs.length + errors.length;
    await new Promise((r) => setTimeout(r, 30));
    expect(runs.length + errors.length).toBe(seen);
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
