import { strictEqual as equal, rejects, deepStrictEqual as same } from 'node:assert/strict';
import { AT, created, entry, type StoreContractCase } from './contract-fixtures.js';

/** The contract's cases of due reviews, claims, the cycle record and the subject listing. */
export function queueCases(): StoreContractCase[] {
  return [
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
      name: "a cycle's audit entries are appended with its record, in order, and not at all on a conflict",
      async run(store) {
        const e = (seq: number) => ({ seq, subjectId: 'cz', type: 'TICK', ghi: 'Sở Nội vụ' });
        same(await store.cycleLog('cz'), []);
        same(
          await store.saveCycle({
            cycleId: 'cz',
            expectedVersion: 0,
            record: { v: 1 },
            entries: [e(1), e(2)],
          }),
          { ok: true, version: 1 },
        );
        same(
          await store.saveCycle({ cycleId: 'cz', expectedVersion: 0, record: {}, entries: [e(3)] }),
          { ok: false, reason: 'conflict' },
        );
        await created(store, 'cz/1');
        const withCycle = await store.commit({
          subjectId: 'cz/1',
          expectedVersion: 1,
          envelope: 2,
          nextDueAt: null,
          entries: [entry('cz/1', 1)],
          outbox: [],
          cycle: { cycleId: 'cz', expectedVersion: 1, record: { v: 2 }, entries: [e(3)] },
        });
        same(withCycle, { ok: true, version: 2 });
        same(await store.cycleLog('cz'), [e(1), e(2), e(3)]);
        same(await store.cycleLog('other'), []);
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
