import { strictEqual as equal, ok, deepStrictEqual as same } from 'node:assert/strict';
import {
  AT,
  created,
  entry,
  envelope,
  loaded,
  type StoreContractCase,
} from './contract-fixtures.js';

export type { StoreContractCase } from './contract-fixtures.js';

import { queueCases } from './contract-queue.js';

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
        const got = loaded(await store.load('a/1'));
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
        same(loaded(await store.load('b/1')), {
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
      name: 'a commit may carry its envelope as JSON text (envelopeText): the envelope loads back',
      async run(store) {
        await created(store, 't/1');
        const text = JSON.stringify(envelope(2));
        same(
          await store.commit({
            subjectId: 't/1',
            expectedVersion: 1,
            envelope: envelope(2),
            envelopeText: text,
            nextDueAt: null,
            entries: [entry('t/1', 1)],
            outbox: [],
          }),
          { ok: true, version: 2 },
        );
        const got = await store.load('t/1');
        same(loaded(got)?.envelope, envelope(2));
        ok(got?.envelopeText === undefined || got.envelopeText === text, 'the text as given');
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
    ...queueCases(),
  ];
}
