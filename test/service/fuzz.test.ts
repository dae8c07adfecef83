import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AuditEntry, restore, reviewMachine } from '../../machines/index.js';
import { MemoryStore } from '../../src/store/index.js';
import { PEOPLE } from '../machines/helpers.js';
import { fuzzRuns, hostileRun, toSent } from '../machines/hostile.js';
import { AUDIT_KEY, makeService, serviceInput, testClock } from './fixture.js';

/** A context without its chain's `{ seq, head }` (all a refusal may change). */
const withoutAudit = (ctx: object | undefined) => ({ ...ctx, audit: null });

const users = fc.oneof(
  { weight: 3, arbitrary: fc.constant('fit') },
  fc.constantFrom(
    'subject',
    'unitHead',
    'superior',
    'appraiser',
    'authority',
    'organizer',
    'scheduler',
    'observer',
    'mallory',
    '',
  ),
);

/** The user whose person the body names as sender (`fit`), so that many events are accepted. */
function userOf(user: string, body: unknown): string {
  if (user !== 'fit') return user;
  const id = (body as { by?: { id?: unknown } } | null)?.by?.id;
  return Object.entries(PEOPLE).find(([, p]) => p.id === id)?.[0] ?? 'subject';
}

const keys = fc.oneof(
  fc.constantFrom('k1', 'k2', 'k3'),
  fc.string({ maxLength: 3 }),
  fc.constant('x'.repeat(201)),
);

describe('fuzz through send()', () => {
  let total = 0;
  it('random payloads, senders and requests never crash the host, never change state on invalid input, and every accepted event is audited once', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileRun(12),
        fc.array(fc.tuple(users, keys), { minLength: 12, maxLength: 12 }),
        async ({ commands }, requests) => {
          const store = new MemoryStore();
          const time = testClock('2025-11-04T09:00:00+07:00');
          const service = makeService(store, time.clock);
          await service.create(serviceInput('fz'));
          let applied = 0;
          for (const [i, [body]] of toSent(commands).entries()) {
            const [who, key] = requests[i] ?? ['subject', 'k'];
            const user = userOf(who, body);
            const before = await store.load('fz');
            const logBefore = (await store.log('fz')).length;
            const snapBefore = await service.snapshot('fz');
            const out = await service.send('fz', { user }, body, { idempotencyKey: key });
            const log = (await store.log('fz')) as AuditEntry[];
            if (out.ok) {
              applied++;
              expect(log.length).toBe(logBefore + 1);
              expect(log.at(-1)).toMatchObject({ outcome: 'accepted', seq: out.seq });
            } else if ('rejection' in out) {
              expect(log.length).toBe(logBefore + 1);
              expect(log.at(-1)).toMatchObject({ outcome: 'rejected', code: out.code });
              const snapAfter = await service.snapshot('fz');
              expect(snapAfter?.value).toEqual(snapBefore?.value);
              expect(withoutAudit(snapAfter?.context)).toEqual(withoutAudit(snapBefore?.context));
            } else {
              expect(log.length).toBe(logBefore);
              expect((await store.load('fz'))?.version).toBe(before?.version);
            }
          }
          const log = (await store.log('fz')) as AuditEntry[];
          expect(log.filter((e) => e.outcome === 'accepted').length).toBe(applied);
          total += applied;
          const stored = await store.load('fz');
          restore(reviewMachine, stored?.envelope, { auditKey: AUDIT_KEY, log, verify: 'replay' });
        },
      ),
      { numRuns: fuzzRuns(60) },
    );
    expect(total).toBeGreaterThan(0);
  });
});
