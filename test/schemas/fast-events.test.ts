import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REVIEW_INPUT, reviewScript } from '../../bench/machine-script.js';
import { receivedOf } from '../../machines/review/boundary.js';
import { DOUBT } from '../../src/schemas/fast/compile.js';
import { fastEvents, fastReviewInput } from '../../src/schemas/fast/events.js';
import { isReviewEventType, ReviewEventSchemas } from '../../src/schemas/review-events.js';
import { ReviewInputSchema } from '../../src/schemas/review-input.js';
import { eventCommandsArb, reviewCaseArb, toEvents } from '../../src/testing/index.js';
import { agreement, damage, jsonish } from '../helpers/damage.js';

// Issue 9: the review machine validates each event with its type's schema through the fast path
// derived from it (src/schemas/fast/events.ts), and a review's input likewise. The fast path may
// only confirm what zod accepts, with zod's output (NFC, trimmed prose, defaults, key order); on
// anything else it doubts and zod decides. Checked on events as the machine sees them (the
// boundary's screened copy): the property kit's event runs, hostile values, the bench's review,
// and random damage to valid events (text with surrounding spaces, NFD, empty strings, …).

/** Values that the boundary schemas treat specially: spaces to trim, NFD to normalise, empties. */
const textish = fc.oneof(
  jsonish,
  fc.constantFrom(
    ' g1',
    'g1 ',
    '  ',
    'Nguye\u0302\u0303n',
    '\u0000',
    'x\ty',
    '2025-11-05T09:00:00Z',
  ),
);

function agreesEvent(raw: unknown): 'confirmed' | 'doubted' | 'skipped' {
  const screened = receivedOf(raw);
  if (!screened.ok) return 'skipped';
  const value = screened.value as { type?: unknown } | null;
  const type = value !== null && typeof value === 'object' ? value.type : undefined;
  if (!isReviewEventType(type)) return 'skipped';
  return agreement(fastEvents[type], ReviewEventSchemas[type], DOUBT, `a ${type}`)(value);
}

const agreesInput = agreement(fastReviewInput, ReviewInputSchema, DOUBT, 'a review input');

const runs = fc
  .tuple(reviewCaseArb(), eventCommandsArb(12))
  .map(([c, commands]) => ({ c, events: toEvents(c.cast, commands, c.input.cycle.openedAt) }));

describe('the fast event parsers', () => {
  it('confirm every event of the bench’s review, with zod’s output', () => {
    for (const e of reviewScript()) expect(agreesEvent(e)).toBe('confirmed');
  });

  it('agree with zod on the property kit’s event runs (valid and hostile)', () => {
    const seen = { confirmed: 0, doubted: 0, skipped: 0 };
    fc.assert(
      fc.property(runs, ({ events }) => {
        for (const [e] of events) seen[agreesEvent(e)]++;
      }),
      { numRuns: 400, seed: 95 },
    );
    expect(seen.confirmed).toBeGreaterThan(300);
    expect(seen.doubted + seen.skipped).toBeGreaterThan(50);
  });

  it('agree with zod on randomly damaged events', () => {
    const valid = reviewScript().map((e) => (receivedOf(e) as { value: unknown }).value);
    const seen = { confirmed: 0, doubted: 0, skipped: 0 };
    fc.assert(
      fc.property(
        fc.constantFrom(...valid),
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        textish,
        fc.boolean(),
        (e, picks, value, drop) => {
          seen[agreesEvent(damage(e, picks, value, drop))]++;
        },
      ),
      { numRuns: 6000, seed: 96 },
    );
    expect(seen.confirmed).toBeGreaterThan(300);
    expect(seen.doubted).toBeGreaterThan(1000);
  });
});

describe('the fast review-input parser', () => {
  it('confirms the bench’s input and the kit’s review inputs, with zod’s output', () => {
    expect(agreesInput(REVIEW_INPUT)).toBe('confirmed');
    fc.assert(
      fc.property(reviewCaseArb(), (c) => {
        agreesInput(c.input);
      }),
      { numRuns: 300, seed: 97 },
    );
  });

  it('agrees with zod on randomly damaged inputs', () => {
    fc.assert(
      fc.property(
        reviewCaseArb(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        textish,
        fc.boolean(),
        (c, picks, value, drop) => {
          agreesInput(damage(c.input, picks, value, drop));
        },
      ),
      { numRuns: 3000, seed: 98 },
    );
  });
});
