import fc from 'fast-check';
import type { ReviewInputInput } from '../../machines/index.js';
import {
  type EventCommand,
  eventCommandsArb,
  type ReviewCast,
  toEvents,
} from '../../src/testing/events.js';
import { assessment, PEOPLE, reviewInput } from './helpers.js';

// Hostile event sequences for the fuzz tests (issue 8), from the property-testing kit
// (kiemdiem/testing, src/testing/events.ts): payloads out of bounds or not JSON-shaped, senders
// unbound or spelled in NFD, instants out of order or out of range.

const OPENED = '2025-11-03T08:00:00+07:00';

/** The review the fuzz runs on: deadlines of both policies, and (half the runs) participants. */
export function fuzzInput(bound: boolean): ReviewInputInput {
  return reviewInput({
    deadlines: [
      { id: 'giai-trinh', due: '2025-11-10T00:00:00+07:00', guards: 'suggested', policy: 'block' },
      { id: 'quyet-dinh', due: '2025-11-25T00:00:00+07:00', guards: 'decision', policy: 'block' },
    ],
    ...(bound
      ? {
          participants: {
            subject: [PEOPLE.subject.id],
            superior: [PEOPLE.superior.id],
            unitHead: [PEOPLE.unitHead.id],
            appraiser: [PEOPLE.appraiser.id],
            authority: [PEOPLE.authority.id],
            organizer: [PEOPLE.organizer.id],
            scheduler: [PEOPLE.scheduler.id],
          },
        }
      : {}),
  });
}

/** The people of the test review and what its appraiser sends (the kit's event sequences). */
const CAST: ReviewCast = { people: PEOPLE, assessment: assessment(), extendable: 'quyet-dinh' };

/** A run: commands, whether the review binds participants, and which go through `dispatch`. */
export const hostileRun = (maxLength: number) =>
  fc.record({ bound: fc.boolean(), commands: eventCommandsArb(maxLength) });

/** Materialises commands into what is sent (instants from `from`, default the review's opening). */
export function toSent(
  commands: ReadonlyArray<readonly [EventCommand, boolean]>,
  from?: string,
): Array<[unknown, boolean]> {
  return toEvents(CAST, commands, from ?? OPENED);
}

/** Runs of the normal suite and of `npm run test:fuzz` (KIEMDIEM_FUZZ_RUNS). */
export function fuzzRuns(normal: number): number {
  const wanted = Number(process.env.KIEMDIEM_FUZZ_RUNS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : normal;
}
