import { strictEqual as equal, ok, rejects, deepStrictEqual as same } from 'node:assert/strict';
import type { AuditEntry } from '../../machines/audit.js';
import type { Json, ReviewStore } from './types.js';

/** One case of the store contract: run it on a fresh, initialised store. */
export interface StoreContractCase {
  readonly name: string;
  run(store: ReviewStore): Promise<void>;
}

const AT = '2025-11-10T09:00:00+07:00';

/** A stand-in audit entry (the store keeps entries as they are: `verifyChain` checks them). */
function entry(subjectId: string, seq: number): AuditEntry {
  return {
    subjectId,
    seq,
    at: AT,
    type: 'TICK',
    by: { id: 'lịch', roles: ['scheduler'] },
    outcome: 'accepted',
    from: 'preparing',
    to: 'preparing',
    payloadDigest: `sha256:${'0'.repeat(64)}`,
    prev: seq === 1 ? '' : `sha256:${String(seq - 1).padStart(64, '0')}`,
    digest: `sha256:${String(seq).padStart(64, '0')}`,
  };
}

function envelope(n: number): Json {
  return { format: 2, n, tên: 'Nguyễn Văn Á', nested: { list: [1, 'hai', null, true] } };
}

async function created(store: ReviewStore, subjectId: string, nextDueAt: string | null = null) {
  ok(
    await store.create({
      subjectId,
      organizerId: 'so-noi-vu',
      year: 2025,
      envelope: envelope(1),
      nextDueAt,
    }),
  );
}

/**
 * The behaviour every `ReviewStore` must have (issue 11), as plain async cases with
 * `node:assert`, so a host runs them with any test runner against its own adapter:
 * `for (const c of storeContract()) test(c.name, async () => c.run(await freshStore()))`.
 */
export function storeContract(): StoreContractCase[] {
  return [
    {
      name: 'creates a review once and loads it back as written (version 1)',
      async run(store) {
        await created(store, 'a/1', '2025-11-20T00:00:00+07:00');
        const got = await store.load('a/1');
        same(got, {
          subjectId: 'a/1',
          version: 1,
          envelope: envelope(1),
          nextDueAt: '2025-11-20T00:00:00+07:00',
        });
        equal(
          await store.create({
            subjectId: 'a/1',
            organizerId: 'x',
            year: 2025,
            envelope: envelope(9),
            nextDueAt: null,
          }),
          false,
        );
        same((await store.load('a/1'))?.envelope, envelope(1));
        equal(await store.load('nobody'), undefined);
        same(await store.log('nobody'), []);
      },
    },
    {
      name: 'a commit with the expected version writes the envelope, the entries, the outcome and the outbox together',
      async run(store) {
        await created(store, 'b/1');
        const r = await store.commit({
          subjectId: 'b/1',
          expectedVersion: 1,
          envelope: envelope(2),
          nextDueAt: AT,
          entries: [entry('b/1', 1), entry('b/1', 2)],
          idempotency: { key: 'k1', outcome: { ok: true, seq: 2 } },
          outbox: [
            { id: 'b/1#2/0', subjectId: 'b/1', kind: 'task', payload: { người: 'Trần Thị B' } },
          ],
        });
        same(r, { ok: true, version: 2 });
        same(await store.load('b/1'), {
          subjectId: 'b/1',
          version: 2,
          envelope: envelope(2),
          nextDueAt: AT,
        });
        same(await store.log('b/1'), [entry('b/1', 1), entry('b/1', 2)]);
        same(await store.outcome('b/1', 'k1'), { ok: true, seq: 2 });
        equal(await store.outcome('b/1', 'k2'), undefined);
        const box = await store.outbox(0, 10);
        equal(box.length, 1);
        same(
          { ...box[0], position: 0 },
          {
            id: 'b/1#2/0',
            subjectId: 'b/1',
            kind: 'task',
            payload: { người: 'Trần Thị B' },
            position: 0,
          },
        );
      },
    },
    {
      name: 'a stale version is a conflict and writes nothing',
      async run(store) {
        await created(store, 'c/1');
        const base = { subjectId: 'c/1', nextDueAt: null, outbox: [] } as const;
        same(
          await store.commit({
            ...base,
            expectedVersion: 1,
            envelope: envelope(2),
            entries: [entry('c/1', 1)],
          }),
          { ok: true, version: 2 },
        );
        const stale = await store.commit({
          ...base,
          expectedVersion: 1,
          envelope: envelope(3),
          entries: [entry('c/1', 2)],
          idempotency: { key: 'late', outcome: 'x' },
          outbox: [{ id: 'c/1#2/0', subjectId: 'c/1', kind: 'task', payload: 1 }],
        });
        same(stale, { ok: false, reason: 'conflict' });
        same((await store.load('c/1'))?.envelope, envelope(2));
        equal((await store.log('c/1')).length, 1);
        equal(await store.outcome('c/1', 'late'), undefined);
        same(await store.outbox(0, 10), []);
        same(
          await store.commit({
            ...base,
            subjectId: 'none',
            expectedVersion: 1,
            envelope: 1,
            entries: [],
          }),
          { ok: false, reason: 'conflict' },
        );
      },
    },
    {
      name: 'a recorded idempotency key is a duplicate and writes nothing',
      async run(store) {
        await created(store, 'd/1');
        const base = { subjectId: 'd/1', nextDueAt: null, outbox: [] } as const;
        await store.commit({
          ...base,
          expectedVersion: 1,
          envelope: envelope(2),
          entries: [entry('d/1', 1)],
          idempotency: { key: 'k', outcome: 1 },
        });
        const again = await store.commit({
          ...base,
          expectedVersion: 2,
          envelope: envelope(3),
          entries: [entry('d/1', 2)],
          idempotency: { key: 'k', outcome: 2 },
        });
        same(again, { ok: false, reason: 'duplicate' });
        equal((await store.load('d/1'))?.version, 2);
        equal((await store.log('d/1')).length, 1);
        same(await store.outcome('d/1', 'k'), 1);
      },
    },
    {
      name: 'the outbox is read in order after a position until acknowledged; a message id is kept once',
      async run(store) {
        await created(store, 'e/1');
        const msg = (id: string) => ({
          id,
          subjectId: 'e/1',
          kind: 'deadline.missed',
          payload: { id },
        });
        await store.commit({
          subjectId: 'e/1',
          expectedVersion: 1,
          envelope: 2,
          nextDueAt: null,
          entries: [],
          outbox: [msg('m1'), msg('m2')],
        });
        await store.commit({
          subjectId: 'e/1',
          expectedVersion: 2,
          envelope: 3,
          nextDueAt: null,
          entries: [],
          outbox: [msg('m2'), msg('m3')],
        });
        const all = await store.outbox(0, 10);
        same(
          all.map((m) => m.id),
          ['m1', 'm2', 'm3'],
        );
        ok(all.every((m, i) => i === 0 || m.position > (all[i - 1]?.position ?? 0)));
        same(
          (await store.outbox(all[0]?.position ?? 0, 1)).map((m) => m.id),
          ['m2'],
        );
        await store.acknowledge(['m1', 'm3', 'unknown']);
        same(
          (await store.outbox(0, 10)).map((m) => m.id),
          ['m2'],
        );
      },
    },
    {
      name: 'due lists reviews whose next deadline change is at or before an instant, earliest first, with a limit',
      async run(store) {
        await created(store, 'f/late', '2025-11-20T09:00:00+07:00');
        await created(store, 'f/early', '2025-11-05T09:00:00+07:00');
        await created(store, 'f/same-utc', '2025-11-05T02:00:00Z'); // = 09:00 +07:00
        await created(store, 'f/none', null);
        same(await store.due('2025-11-05T09:00:00+07:00', 10), [
          { subjectId: 'f/early', dueAt: '2025-11-05T09:00:00+07:00' },
          { subjectId: 'f/same-utc', dueAt: '2025-11-05T02:00:00Z' },
        ]);
        equal((await store.due('2025-12-01T00:00:00+07:00', 2)).length, 2);
        equal((await store.due('2025-12-01T00:00:00+07:00', 10)).length, 3);
        await store.commit({
          subjectId: 'f/early',
          expectedVersion: 1,
          envelope: 2,
          nextDueAt: null,
          entries: [],
          outbox: [],
        });
        same(
          (await store.due('2025-11-06T00:00:00+07:00', 10)).map((d) => d.subjectId),
          ['f/same-utc'],
        );
        await rejects(store.due('not an instant', 1), { name: 'StoreError' });
        await rejects(store.due(AT, 0), { name: 'StoreError' });
      },
    },
    {
      name: 'claimed due reviews are skipped by another claim until the lease ends or a commit clears them',
      async run(store) {
        for (const id of ['g/1', 'g/2', 'g/3'])
          await created(store, id, '2025-11-05T09:00:00+07:00');
        const now = '2025-11-06T09:00:00+07:00';
        const a = await store.claimDue(now, 2, { owner: 'a', leaseMs: 60_000 }, now);
        const b = await store.claimDue(now, 10, { owner: 'b', leaseMs: 60_000 }, now);
        same(
          a.map((d) => d.subjectId),
          ['g/1', 'g/2'],
        );
        same(
          b.map((d) => d.subjectId),
          ['g/3'],
        );
        same(await store.claimDue(now, 10, { owner: 'c', leaseMs: 60_000 }, now), []);
        equal((await store.due(now, 10)).length, 3, 'due is a listing: claims do not hide rows');
        await store.commit({
          subjectId: 'g/1',
          expectedVersion: 1,
          envelope: 2,
          nextDueAt: '2025-11-05T10:00:00+07:00',
          entries: [],
          outbox: [],
        });
        same(
          (await store.claimDue(now, 10, { owner: 'c', leaseMs: 60_000 }, now)).map(
            (d) => d.subjectId,
          ),
          ['g/1'],
        );
        const later = '2025-11-06T09:01:00+07:00';
        same(
          (await store.claimDue(later, 10, { owner: 'd', leaseMs: 1 }, later))
            .map((d) => d.subjectId)
            .sort(),
          ['g/1', 'g/2', 'g/3'],
        );
      },
    },
    {
      name: 'a cycle record is saved with its version; a stale cycle version fails the whole review commit',
      async run(store) {
        equal(await store.loadCycle('cy'), undefined);
        same(
          await store.saveCycle({ cycleId: 'cy', expectedVersion: 0, record: { state: 'open' } }),
          { ok: true, version: 1 },
        );
        same(await store.saveCycle({ cycleId: 'cy', expectedVersion: 0, record: { state: 'x' } }), {
          ok: false,
          reason: 'conflict',
        });
        await created(store, 'h/1');
        const stale = await store.commit({
          subjectId: 'h/1',
          expectedVersion: 1,
          envelope: 2,
          nextDueAt: null,
          entries: [entry('h/1', 1)],
          outbox: [],
          cycle: { cycleId: 'cy', expectedVersion: 5, record: { state: 'bad' } },
        });
        same(stale, { ok: false, reason: 'conflict' });
        equal((await store.load('h/1'))?.version, 1);
        same(await store.log('h/1'), []);
        const good = await store.commit({
          subjectId: 'h/1',
          expectedVersion: 1,
          envelope: 2,
          nextDueAt: null,
          entries: [entry('h/1', 1)],
          outbox: [],
          cycle: {
            cycleId: 'cy',
            expectedVersion: 1,
            record: { state: 'compiled', tên: 'Đợt 2025' },
          },
        });
        same(good, { ok: true, version: 2 });
        same(await store.loadCycle('cy'), {
          cycleId: 'cy',
          version: 2,
          record: { state: 'compiled', tên: 'Đợt 2025' },
        });
      },
    },
    {
      name: 'subjects are listed in order, page by page',
      async run(store) {
        for (const id of ['s/c', 's/a', 's/b']) await created(store, id);
        same(await store.subjects(null, 2), ['s/a', 's/b']);
        same(await store.subjects('s/b', 10), ['s/c']);
      },
    },
  ];
}
