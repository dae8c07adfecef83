import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReviewActor } from '../../machines/index.js';
import { getProfile } from '../../src/profiles/registry.js';
import { ReviewInputSchema } from '../../src/schemas/review-input.js';
import {
  eventCommandsArb,
  levelNeverLowers,
  refusedEventChangesNothing,
  replayReproducesSnapshot,
  reviewCaseArb,
  toEvents,
  triggerGivesNotCompleted,
} from '../../src/testing/index.js';

// The kit's ready-made properties, run on the library itself (so the kit cannot rot), with the
// shipped profiles as a host would pass its own.

const RUNS = { numRuns: 150 };

describe('kiemdiem/testing: classification laws', () => {
  it.each(['generic-qd366', 'kon-tum-2024'])('hold with the profile %s', (id) => {
    const profile = getProfile(id)!;
    fc.assert(levelNeverLowers({ profile }), RUNS);
    fc.assert(triggerGivesNotCompleted({ profile }), RUNS);
  });
});

describe('kiemdiem/testing: review laws', () => {
  it('generates valid review inputs that start an actor', () => {
    fc.assert(
      fc.property(reviewCaseArb(), ({ input }) => {
        expect(ReviewInputSchema.safeParse(input).success).toBe(true);
        const actor = createReviewActor(input).start();
        expect(actor.getSnapshot().status).toBe('active');
        actor.stop();
      }),
      { numRuns: 50 },
    );
  });

  it('a refused event changes nothing', () => {
    fc.assert(refusedEventChangesNothing(), RUNS);
  });

  it('replay reproduces the snapshot, with and without an audit key', () => {
    fc.assert(replayReproducesSnapshot(), RUNS);
    fc.assert(replayReproducesSnapshot({ auditKey: { keyId: 'k1', key: 'bi-mat' } }), {
      numRuns: 50,
    });
  });

  it('the event sequences are not all refused: runs reach the later steps', () => {
    const reached = new Set<string>();
    let accepted = 0;
    fc.assert(
      fc.property(reviewCaseArb(), eventCommandsArb(12), ({ input, cast }, commands) => {
        const actor = createReviewActor(input).start();
        for (const [value] of toEvents(cast, commands, actor.getSnapshot().context.now)) {
          if (actor.dispatch(value).ok) accepted += 1;
          reached.add(JSON.stringify(actor.getSnapshot().value));
        }
        actor.stop();
      }),
      { numRuns: 300 },
    );
    // Most commands are hostile by design (a field poisoned three times in four): some pass.
    expect(accepted).toBeGreaterThan(20);
    const seen = [...reached].join(' ');
    for (const step of ['suggested', 'meeting']) expect(seen).toContain(step);
  });
});
