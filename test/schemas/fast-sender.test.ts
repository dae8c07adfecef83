import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOUBT, fastParse } from '../../src/schemas/fast/compile.js';
import { Instant } from '../../src/schemas/review-boundary.js';
import { SenderSchema } from '../../src/schemas/review-events.js';
import { agreement, damage, jsonish } from '../helpers/damage.js';

// The service reads the sender `authenticate` returns, and every audit entry its event's sender
// and instant, through the fast paths of SenderSchema and Instant (issue 11: zod was 3% of a
// send). They may only confirm what zod accepts, with zod's output.

const agreesSender = agreement(fastParse(SenderSchema), SenderSchema, DOUBT, 'a sender');
const agreesInstant = agreement(fastParse(Instant), Instant, DOUBT, 'an instant');

const ROLES = ['subject', 'unitHead', 'appraiser', 'authority', 'organizer', 'scheduler'];
const senderArb = fc.record(
  {
    id: fc.oneof(fc.constantFrom('u1', ' u1', 'u1 ', '', 'Nguye\u0302\u0303n'), fc.string()),
    roles: fc.array(fc.oneof(fc.constantFrom(...ROLES), fc.string()), { maxLength: 8 }),
    unitId: fc.oneof(fc.constantFrom('unit-1', ' x'), fc.string()),
  },
  { requiredKeys: ['id'] },
);

describe('the fast sender and instant parsers', () => {
  it('confirm a plain sender with zod’s output', () => {
    expect(agreesSender({ id: 'u1', roles: ['authority'], unitId: 'unit-1' })).toBe('confirmed');
  });

  it('agree with zod on random and damaged senders', () => {
    const seen = { confirmed: 0, doubted: 0 };
    fc.assert(
      fc.property(
        senderArb,
        fc.array(fc.nat(40), { minLength: 1, maxLength: 3 }),
        jsonish,
        fc.boolean(),
        (s, picks, value, drop) => {
          seen[agreesSender(s)]++;
          seen[agreesSender(damage(s, picks, value, drop))]++;
        },
      ),
      { numRuns: 2000, seed: 111 },
    );
    expect(seen.confirmed).toBeGreaterThan(100);
    expect(seen.doubted).toBeGreaterThan(100);
  });

  it('agree with zod on instants, well-formed and not', () => {
    const samples = [
      '2025-11-05T09:00:00+07:00',
      '2025-11-05T09:00:00Z',
      '2025-11-05T09:00:00.123+07:00',
      '2025-02-30T09:00:00+07:00',
      '2025-11-05',
      ' 2025-11-05T09:00:00Z',
      '',
      null,
      17,
    ];
    const seen = { confirmed: 0, doubted: 0 };
    for (const s of samples) seen[agreesInstant(s)]++;
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), fc.string(), (d, s) => {
        seen[agreesInstant(d.toISOString())]++;
        seen[agreesInstant(s)]++;
      }),
      { numRuns: 1000, seed: 112 },
    );
    expect(seen.confirmed).toBeGreaterThan(100);
  });
});
