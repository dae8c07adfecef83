import { afterAll, describe, expect, it } from 'vitest';
import { text } from '../../src/core/text.js';
import { createReviewService, type ServiceCycle } from '../../src/service/index.js';
import type { Json } from '../../src/store/index.js';
import { assessment, nov } from '../machines/helpers.js';
import { testStores } from '../store/stores.js';
import { AUDIT_KEY, authenticate, type Request, serviceInput, testClock } from './fixture.js';

const stores = await testStores('cycle');
afterAll(() => stores.cleanup());

/** A stand-in cycle record until machines/cycle lands: who decided, and what waits for whom. */
const cycle: ServiceCycle = {
  cycleId: 'dot-2025',
  order(record, subjectId) {
    const r = (record ?? { decided: [] }) as { decided: string[] };
    if (subjectId !== 'member' || r.decided.includes('leader')) return null;
    return {
      code: 'ORDER',
      message: text('Chờ "leader" được xếp loại trước.', '"leader" must be rated first.'),
    };
  },
  note(record, subjectId, snapshot) {
    const r = (record ?? { decided: [] }) as { decided: string[] };
    if (!snapshot.context.decision || r.decided.includes(subjectId)) return undefined;
    return { decided: [...r.decided, subjectId] } as Json;
  },
};

const steps = (id: string): Array<[string, object, string]> => [
  ['subject', { type: 'SUBMIT_SELF_REVIEW', proposedLevel: 'GOOD' }, nov(5)],
  ['unitHead', { type: 'RECORD_MEETING', heldOn: '2025-11-10' }, nov(10)],
  ['appraiser', { type: 'PROPOSE_LEVEL', assessment: assessment({ id }) }, nov(12)],
];

for (const kind of stores.kinds)
  describe.skipIf(!kind.enabled)(`the cycle's part in a send on ${kind.name}`, () => {
    it('X-ORDER holds a decision back without touching the review; the cycle record is saved with the review that changes it', async () => {
      const store = kind.make();
      const time = testClock(nov(4));
      const service = createReviewService<Request>({
        store,
        clock: time.clock,
        authenticate,
        auditKey: AUDIT_KEY,
        cycle,
      });
      for (const id of ['leader', 'member']) {
        await service.create(serviceInput(id));
        for (const [n, [user, body, at]] of steps(id).entries()) {
          time.set(at);
          expect(
            await service.send(id, { user }, body, { idempotencyKey: `${id}${n}` }),
          ).toMatchObject({ ok: true });
        }
      }
      time.set(nov(14));
      const decide = { type: 'DECIDE_LEVEL', level: 'GOOD', orderCleared: true };
      const held = await service.send('member', { user: 'authority' }, decide, {
        idempotencyKey: 'd1',
      });
      expect(held).toMatchObject({ ok: false, code: 'ORDER', seq: null });
      expect((await store.log('member')).length).toBe(3);
      expect((await service.snapshot('member'))?.context.stage).toBe('decision');
      expect(
        await service.send('member', { user: 'authority' }, decide, { idempotencyKey: 'd1' }),
      ).toMatchObject({ code: 'DUPLICATE', first: held });
      expect(await store.loadCycle('dot-2025')).toBeUndefined();

      expect(
        await service.send(
          'leader',
          { user: 'authority' },
          { type: 'DECIDE_LEVEL', level: 'GOOD' },
          { idempotencyKey: 'd2' },
        ),
      ).toMatchObject({ ok: true });
      expect(await store.loadCycle('dot-2025')).toEqual({
        cycleId: 'dot-2025',
        version: 1,
        record: { decided: ['leader'] },
      });
      expect(
        await service.send('member', { user: 'authority' }, decide, { idempotencyKey: 'd3' }),
      ).toMatchObject({ ok: true });
      expect((await service.snapshot('member'))?.context.decision?.level).toBe('GOOD');
      expect((await store.loadCycle('dot-2025'))?.record).toEqual({
        decided: ['leader', 'member'],
      });
    });
  });
