import { afterAll, describe, expect, it } from 'vitest';
import { type AuditEntry, restore, reviewMachine } from '../../machines/index.js';
import { createReviewService } from '../../src/service/index.js';
import type { ReviewStore } from '../../src/store/index.js';
import { assessment, nov } from '../machines/helpers.js';
import { testStores } from '../store/stores.js';
import {
  AUDIT_KEY,
  authenticate,
  makeService,
  type Request,
  serviceInput,
  testClock,
} from './fixture.js';

const stores = await testStores('service');
afterAll(() => stores.cleanup());

async function setup(kind: (typeof stores.kinds)[number], ids: string[] = ['r1']) {
  const store = kind.make();
  const time = testClock(nov(4));
  const service = makeService(store, time.clock);
  for (const id of ids) await service.create(serviceInput(id));
  return { store, time, service };
}

const log = async (store: ReviewStore, id: string) => (await store.log(id)) as AuditEntry[];

for (const kind of stores.kinds)
  describe.skipIf(!kind.enabled)(`review service on ${kind.name}`, () => {
    it('takes the sender from authenticate and the instant from the clock, never from the body', async () => {
      const { store, service } = await setup(kind);
      const out = await service.send(
        'r1',
        { user: 'subject' },
        {
          type: 'SUBMIT_SELF_REVIEW',
          proposedLevel: 'GOOD',
          by: { id: 'ubnd-tinh', roles: ['authority'] },
          at: '2030-01-01T00:00:00+07:00',
        },
        { idempotencyKey: 'k1' },
      );
      expect(out).toMatchObject({ ok: true, seq: 1, version: 2, stage: 'meeting' });
      const [entry] = await log(store, 'r1');
      expect(entry?.by).toEqual({ id: 'nguyen-van-a', roles: ['subject'] });
      expect(Date.parse(entry?.at ?? '')).toBe(Date.parse(nov(4)));
    });

    it("an instant behind the review's clock becomes the review's clock (no OUT_OF_ORDER from skew)", async () => {
      const { store, time, service } = await setup(kind);
      time.set(nov(10));
      expect(
        await service.send('r1', { user: 'organizer' }, { type: 'TICK' }, { idempotencyKey: 't' }),
      ).toMatchObject({ ok: true });
      time.set(nov(5)); // another worker whose clock is behind
      const out = await service.send(
        'r1',
        { user: 'subject' },
        { type: 'SUBMIT_SELF_REVIEW', proposedLevel: 'GOOD' },
        { idempotencyKey: 's' },
      );
      expect(out).toMatchObject({ ok: true });
      expect(Date.parse((await log(store, 'r1'))[1]?.at ?? '')).toBe(Date.parse(nov(10)));
    });

    it('a repeated idempotency key returns the first outcome as DUPLICATE and applies nothing', async () => {
      const { store, service } = await setup(kind);
      const body = { type: 'SUBMIT_SELF_REVIEW', proposedLevel: 'GOOD' };
      const first = await service.send('r1', { user: 'subject' }, body, { idempotencyKey: 'same' });
      await service.send(
        'r1',
        { user: 'unitHead' },
        { type: 'RECORD_MEETING', heldOn: '2025-11-04' },
        { idempotencyKey: 'other' },
      );
      const again = await service.send('r1', { user: 'subject' }, body, { idempotencyKey: 'same' });
      expect(again).toMatchObject({ ok: false, code: 'DUPLICATE', first });
      expect((await log(store, 'r1')).length).toBe(2);
      expect((await store.load('r1'))?.version).toBe(3);
      // The commit refused the key; the transition the repeat made in memory was never saved and
      // is not kept: the next request goes on from the saved review (entry 3, not 4).
      const next = await service.send('r1', { user: 'subject' }, body, { idempotencyKey: 'new' });
      expect(next).toMatchObject({ ok: false, code: 'NOT_ALLOWED_IN_STATE', seq: 3, version: 4 });
      expect((await log(store, 'r1')).map((e) => e.seq)).toEqual([1, 2, 3]);
    });

    it('a refused event is audited and saved; nothing else changes', async () => {
      const { store, service } = await setup(kind);
      const before = await service.snapshot('r1');
      const out = await service.send(
        'r1',
        { user: 'subject' },
        { type: 'DECIDE_LEVEL', level: 'EXCELLENT' },
        { idempotencyKey: 'x' },
      );
      expect(out).toMatchObject({ ok: false, code: 'FORBIDDEN', seq: 1 });
      const [entry] = await log(store, 'r1');
      expect(entry).toMatchObject({ outcome: 'rejected', code: 'FORBIDDEN', type: 'DECIDE_LEVEL' });
      const after = await service.snapshot('r1');
      expect(after?.value).toEqual(before?.value);
      expect({ ...after?.context, audit: null }).toEqual({ ...before?.context, audit: null });
      expect(await store.outbox(0, 10)).toEqual([]);
    });

    it('refuses without recording: no sender, a bad key, an unknown review', async () => {
      const { store, service } = await setup(kind);
      const ev = { type: 'SUBMIT_SELF_REVIEW', proposedLevel: 'GOOD' };
      expect(
        await service.send('r1', { user: 'mallory' }, ev, { idempotencyKey: 'a' }),
      ).toMatchObject({ code: 'UNAUTHENTICATED' });
      expect(
        await service.send('r1', { user: 'subject' }, ev, { idempotencyKey: '' }),
      ).toMatchObject({ code: 'BAD_REQUEST' });
      expect(await service.send('r1', { user: 'subject' }, ev, {} as never)).toMatchObject({
        code: 'BAD_REQUEST',
      });
      expect(
        await service.send('nobody', { user: 'subject' }, ev, { idempotencyKey: 'a' }),
      ).toMatchObject({ code: 'NOT_FOUND' });
      const bad = createReviewService<Request>({
        store,
        clock: () => nov(4),
        authenticate: () => ({ id: '', roles: ['x'] }) as never,
      });
      expect(await bad.send('r1', { user: 'subject' }, ev, { idempotencyKey: 'a' })).toMatchObject({
        code: 'UNAUTHENTICATED',
      });
      expect(await log(store, 'r1')).toEqual([]);
      expect((await store.load('r1'))?.version).toBe(1);
    });

    it('two concurrent sends to one review both apply, one after a retry', async () => {
      const { store, service } = await setup(kind);
      const [a, b] = await Promise.all([
        service.send('r1', { user: 'organizer' }, { type: 'TICK' }, { idempotencyKey: 'a' }),
        service.send('r1', { user: 'organizer' }, { type: 'TICK' }, { idempotencyKey: 'b' }),
      ]);
      expect([a?.ok, b?.ok]).toEqual([true, true]);
      expect((await log(store, 'r1')).map((e) => e.seq)).toEqual([1, 2]);
    });

    it('a send that loses the race twice is CONFLICT and records nothing', async () => {
      const { store, time } = await setup(kind);
      const rival = makeService(store, time.clock);
      let n = 0;
      // a real competing writer: after each read of the review, another send commits first
      const racing: ReviewStore = Object.create(store, {
        load: {
          value: async (id: string) => {
            const got = await store.load(id);
            await rival.send(
              id,
              { user: 'organizer' },
              { type: 'TICK' },
              { idempotencyKey: `rival${n++}` },
            );
            return got;
          },
        },
      });
      const loser = makeService(racing, time.clock);
      const out = await loser.send(
        'r1',
        { user: 'organizer' },
        { type: 'TICK' },
        { idempotencyKey: 'lost' },
      );
      expect(out).toMatchObject({ ok: false, code: 'CONFLICT' });
      expect(await store.outcome('r1', 'lost')).toBeUndefined();
      expect((await log(store, 'r1')).length).toBe(2);
    });

    it('writes an outbox message per notification: a task for the next person, deadline notices', async () => {
      const { store, time, service } = await setup(kind);
      await service.send(
        'r1',
        { user: 'subject' },
        { type: 'SUBMIT_SELF_REVIEW', proposedLevel: 'GOOD' },
        { idempotencyKey: '1' },
      );
      time.set(nov(24, 10));
      await service.send(
        'r1',
        { user: 'unitHead' },
        { type: 'RECORD_MEETING', heldOn: '2025-11-24' },
        { idempotencyKey: '2' },
      );
      const box = await store.outbox(0, 50);
      const kinds = box.map(
        (m) =>
          `${m.kind}:${(m.payload as { role?: string; deadlineId?: string }).role ?? (m.payload as { deadlineId: string }).deadlineId}`,
      );
      expect(kinds).toEqual(['task:unitHead', 'deadline.approaching:quyet-dinh', 'task:appraiser']);
      expect(box[0]?.payload).toMatchObject({ personIds: ['tran-thi-b'], stage: 'meeting' });
      expect(new Set(box.map((m) => m.id)).size).toBe(box.length);
      await store.acknowledge([box[0]?.id ?? '']);
      expect((await store.outbox(0, 50)).length).toBe(2);
    });

    it('replaying every stored audit log reproduces every stored snapshot', async () => {
      const ids = ['p1', 'p2', 'p3'];
      const { store, time, service } = await setup(kind, ids);
      const steps = (id: string): Array<[string, object, string]> => [
        ['subject', { type: 'SUBMIT_SELF_REVIEW', proposedLevel: 'GOOD' }, nov(5)],
        ['subject', { type: 'DECIDE_LEVEL', level: 'GOOD' }, nov(6)],
        ['unitHead', { type: 'RECORD_MEETING', heldOn: '2025-11-10' }, nov(10)],
        ['appraiser', { type: 'PROPOSE_LEVEL', assessment: assessment({ id }) }, nov(12)],
        ['authority', { type: 'DECIDE_LEVEL', level: 'EXCELLENT' }, nov(14)],
        ['authority', { type: 'PUBLISH' }, nov(17)],
      ];
      for (const [i, id] of ids.entries())
        for (const [j, [user, body, at]] of steps(id)
          .slice(0, 2 + i * 2)
          .entries()) {
          time.set(at);
          const out = await service.send(id, { user }, body, { idempotencyKey: `${id}-${j}` });
          expect(out.ok).toBe(j !== 1); // the second step is a refused DECIDE_LEVEL by the subject
        }
      let checked = 0;
      for (let after: string | null = null; ; ) {
        const page = await store.subjects(after, 2);
        if (page.length === 0) break;
        for (const id of page) {
          const stored = await store.load(id);
          const actor = restore(reviewMachine, stored?.envelope, {
            auditKey: AUDIT_KEY,
            log: await store.log(id),
            verify: 'replay',
          });
          expect(actor.getSnapshot().context.subject.id).toBe(id);
          checked++;
        }
        after = page.at(-1) ?? null;
      }
      expect(checked).toBe(3);
      expect((await service.snapshot('p3'))?.context.stage).toBe('published');
    });
  });

describe('authenticate is the only source of the sender', () => {
  it('the test authentication knows the people of the test review', () => {
    expect(authenticate({ user: 'authority' }).id).toBe('ubnd-tinh');
  });
});
