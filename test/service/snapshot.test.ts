import { afterAll, describe, expect, it } from 'vitest';
import { restore, reviewMachine } from '../../machines/index.js';
import { nov } from '../machines/helpers.js';
import { testStores } from '../store/stores.js';
import { AUDIT_KEY, makeService, serviceInput, testClock } from './fixture.js';

// `ReviewService.snapshot` reads the row, and gives the snapshot of the actor this service saved
// as that very row (same version, same text) when it still runs, instead of restoring the row.

const stores = await testStores('snapshot');
afterAll(() => stores.cleanup());

const SELF_REVIEW = { type: 'SUBMIT_SELF_REVIEW', proposedLevel: 'GOOD' } as const;

for (const kind of stores.kinds)
  describe.skipIf(!kind.enabled)(`a review's snapshot through the service on ${kind.name}`, () => {
    it('is the running actor’s for the row it saved, and the row’s once another writer moved it', async () => {
      const store = kind.make();
      const time = testClock(nov(4));
      const one = makeService(store, time.clock);
      const other = makeService(store, time.clock); // another process on the same store
      await one.create(serviceInput('r1'));
      await one.send('r1', { user: 'subject' }, SELF_REVIEW, { idempotencyKey: 'a' });
      const first = await one.snapshot('r1');
      // the actor it keeps: the same snapshot object, read twice, no restore in between
      expect(await one.snapshot('r1')).toBe(first);
      // and what a restore of the row gives
      const stored = await store.load('r1');
      const restored = restore(reviewMachine, stored?.envelope, { auditKey: AUDIT_KEY });
      expect(first?.value).toEqual(restored.getSnapshot().value);
      expect(JSON.parse(JSON.stringify(first?.context))).toEqual(
        JSON.parse(JSON.stringify(restored.getSnapshot().context)),
      );

      // another writer's send moves the row: the row is what is read
      const moved = await other.send(
        'r1',
        { user: 'organizer' },
        { type: 'TICK' },
        { idempotencyKey: 't' },
      );
      expect(moved).toMatchObject({ ok: true, version: 3 });
      const after = await one.snapshot('r1');
      expect(after).not.toBe(first);
      expect(after?.context.audit.seq).toBe(2);
      expect(first?.context.audit.seq).toBe(1);
    });
  });
