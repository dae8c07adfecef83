import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PersistenceError } from '../../machines/index.js';
import { PostgresStore, type ReviewStore, SqliteStore, StoreError } from '../../src/store/index.js';
import { verifyStore } from '../faults/verify.js';
import { makeService, serviceInput, testClock } from '../service/fixture.js';
import { pgConnection, runSchema } from './pg.js';
import { testStores } from './stores.js';

const stores = await testStores('broken');
afterAll(() => stores.cleanup());
const pgOn = stores.kinds.find((k) => k.name === 'postgres')?.enabled ?? false;
const ids = ['r1', 'r2', 'r3'];
const tick = { type: 'TICK' };

async function seeded(store: ReviewStore) {
  const service = makeService(store, testClock('2025-11-05T09:00:00+07:00').clock);
  for (const id of ids) {
    await service.create(serviceInput(id));
    await service.send(id, { user: 'organizer' }, tick, { idempotencyKey: `${id}-0` });
  }
  return service;
}

/** Raw SQL on a store's own database, as an operator (or a bad disk) would change it. */
type Raw = (sql: string, params: unknown[]) => Promise<void>;

const targets: Array<[string, boolean, () => Promise<{ store: ReviewStore; raw: Raw }>]> = [
  [
    'SQLite',
    true,
    async () => {
      const path = join(stores.dir, `corrupt-${Date.now()}.db`);
      const store = new SqliteStore({ path });
      await store.init();
      return {
        store,
        raw: async (sql, params) => {
          const db = new Database(path);
          db.prepare(sql.replaceAll(/\$\d/g, '?')).run(...params);
          db.close();
        },
      };
    },
  ],
  [
    'PostgreSQL',
    pgOn,
    async () => {
      const schema = runSchema('corrupt');
      const store = new PostgresStore({ connection: pgConnection(), schema });
      await store.init();
      return {
        store,
        raw: async (sql, params) => {
          const c = pgConnection();
          const client = new pg.Client(typeof c === 'string' ? { connectionString: c } : c);
          await client.connect();
          await client.query(sql.replace('reviews', `"${schema}".reviews`), params);
          await client.end();
        },
      };
    },
  ],
];

for (const [name, enabled, open] of targets)
  describe.skipIf(!enabled)(`a corrupt snapshot row: ${name}`, () => {
    it('is a clear error naming the subject; the other reviews are unaffected and nothing is written', async () => {
      const { store, raw } = await open();
      const service = await seeded(store);
      await raw('UPDATE reviews SET envelope = $1 WHERE subject_id = $2', [
        '{"format":2,"snap',
        'r1',
      ]);
      const err = await service
        .send('r1', { user: 'organizer' }, tick, { idempotencyKey: 'x' })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect(err).toMatchObject({ code: 'CORRUPT_ROW', subjectId: 'r1' });
      expect((err as StoreError).text.vi).toContain('"r1"');
      expect((err as StoreError).text.en).toContain('"r1"');
      expect(
        await service.send('r2', { user: 'organizer' }, tick, { idempotencyKey: 'x' }),
      ).toMatchObject({ ok: true, seq: 2 });

      // valid JSON, edited stage: the seal catches it, and names the subject
      const r3 = await store.load('r3');
      const edited = JSON.parse(JSON.stringify(r3?.envelope));
      edited.snapshot.context.stage = 'decision';
      await raw('UPDATE reviews SET envelope = $1 WHERE subject_id = $2', [
        JSON.stringify(edited),
        'r3',
      ]);
      const sealed = await service
        .send('r3', { user: 'organizer' }, tick, { idempotencyKey: 'y' })
        .catch((e: unknown) => e);
      expect(sealed).toMatchObject({ code: 'CORRUPT_ROW', subjectId: 'r3' });
      expect((sealed as StoreError).cause).toBeInstanceOf(PersistenceError);
      expect(((sealed as StoreError).cause as PersistenceError).code).toBe('BAD_SEAL');
      expect((await store.log('r1')).length).toBe(1);
      expect((await store.log('r3')).length).toBe(1);
      await verifyStore(store, ['r2'], []);
      await store.close();
    });
  });

describe('a read-only or full database: an error, no partial write', () => {
  it('SQLite opened read-only refuses the write with WRITE_FAILED; the file is unchanged', async () => {
    const path = join(stores.dir, 'readonly.db');
    const writer = new SqliteStore({ path });
    await seeded(writer);
    await writer.close();
    const ro = new SqliteStore({ path, readonly: true });
    const service = makeService(ro, testClock('2025-11-06T09:00:00+07:00').clock);
    await expect(
      service.send('r1', { user: 'organizer' }, tick, { idempotencyKey: 'z' }),
    ).rejects.toMatchObject({
      name: 'StoreError',
      code: 'WRITE_FAILED',
      subjectId: 'r1',
    });
    expect((await ro.load('r1'))?.version).toBe(2);
    expect((await ro.log('r1')).length).toBe(1);
    expect(await ro.outcome('r1', 'z')).toBeUndefined();
    await ro.close();
  });

  it('SQLite at its size limit (SQLITE_FULL) refuses a commit whole: the review stays at its last version', async () => {
    const path = join(stores.dir, 'full.db');
    const writer = new SqliteStore({ path });
    await seeded(writer);
    await writer.close();
    const probe = new Database(path);
    const size =
      Number(probe.pragma('page_count', { simple: true })) *
      Number(probe.pragma('page_size', { simple: true }));
    probe.close();
    const full = new SqliteStore({ path, maxSizeBytes: size });
    const service = makeService(full, testClock('2025-11-06T09:00:00+07:00').clock);
    let failure: unknown;
    let before = await full.load('r1');
    for (let i = 0; i < 500 && failure === undefined; i++) {
      before = await full.load('r1');
      const big = {
        type: 'GRANT_EXTENSION',
        deadlineId: 'quyet-dinh',
        due: '2025-12-20T00:00:00+07:00',
        reason: 'x'.repeat(5000),
      };
      await service
        .send('r1', { user: 'organizer' }, i % 2 ? big : tick, { idempotencyKey: `f${i}` })
        .catch((e: unknown) => {
          failure = e;
        });
    }
    expect(failure).toMatchObject({ name: 'StoreError', code: 'WRITE_FAILED' });
    expect((failure as StoreError).message).toMatch(/full/i);
    const after = await full.load('r1');
    expect(after?.version).toBe(before?.version);
    expect(after?.envelope).toEqual(before?.envelope);
    await verifyStore(full, ids, []);
    await full.close();
  });

  it.skipIf(!pgOn)(
    'PostgreSQL in a read-only transaction mode refuses the write with WRITE_FAILED; nothing changes',
    async () => {
      const schema = runSchema('ro');
      const writer = new PostgresStore({ connection: pgConnection(), schema });
      await seeded(writer);
      const c = pgConnection();
      const base = typeof c === 'string' ? { connectionString: c } : c;
      const ro = new PostgresStore({
        connection: { ...base, options: '-c default_transaction_read_only=on' },
        schema,
      });
      const service = makeService(ro, testClock('2025-11-06T09:00:00+07:00').clock);
      await expect(
        service.send('r1', { user: 'organizer' }, tick, { idempotencyKey: 'z' }),
      ).rejects.toMatchObject({
        code: 'WRITE_FAILED',
        subjectId: 'r1',
      });
      expect((await writer.load('r1'))?.version).toBe(2);
      expect((await writer.log('r1')).length).toBe(1);
      await ro.close();
      await writer.drop();
      await writer.close();
    },
  );
});
