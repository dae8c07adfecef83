import fc from 'fast-check';
import { assessmentFor, SUBJECTS } from './assessments.js';
import type { CastMember, ReviewCast } from './events.js';
import { PARTICIPANT_ROLES, type ReviewInputInput } from './lib.js';

/** A review to test: its input and the cast that sends its events. */
export interface ReviewCase {
  readonly input: ReviewInputInput;
  readonly cast: ReviewCast;
}

const ROLES = PARTICIPANT_ROLES;

/**
 * Valid reviews under QĐ 366 (the current party rule set): any subject it rates, in a review year
 * it covers, opened on 3 November, with a blocking deadline on the explanation and one on the
 * decision; half of them bind the participants (so a sender claiming a role not granted is
 * FORBIDDEN), half leave roles as claimed. The appraiser's assessment is a valid one of that
 * subject, so a well-ordered run reaches a decided level.
 */
export function reviewCaseArb(): fc.Arbitrary<ReviewCase> {
  const subjects = SUBJECTS.filter((s) => s.ruleSet === 'qd366-2025');
  return fc
    .tuple(
      fc.constantFrom(...subjects).chain((s) => fc.tuple(fc.constant(s), assessmentFor(s))),
      fc.stringMatching(/^[a-z]{2,8}(-[a-z]{2,8}){0,2}$/),
      fc.boolean(),
    )
    .map(([[s, assessment], name, bound]): ReviewCase => {
      const year = assessment.year;
      const unitId = 'don-vi-thu';
      const people = Object.fromEntries(
        ROLES.map((r): [string, CastMember] => [
          r,
          r === 'subject' || r === 'unitHead'
            ? { id: r === 'subject' ? `${name}` : `truong-${name}`, roles: [r], unitId }
            : { id: `${r}-${name}`, roles: [r] },
        ]),
      ) as unknown as ReviewCast['people'];
      const input: ReviewInputInput = {
        subject: { id: name, kind: s.kind, role: s.role, unitId },
        cycle: { year, openedAt: `${year}-11-03T08:00:00+07:00` },
        deadlines: [
          {
            id: 'giai-trinh',
            due: `${year}-11-10T00:00:00+07:00`,
            guards: 'suggested',
            policy: 'block',
          },
          {
            id: 'quyet-dinh',
            due: `${year}-11-25T00:00:00+07:00`,
            guards: 'decision',
            policy: 'block',
          },
        ],
        ...(bound
          ? { participants: Object.fromEntries(ROLES.map((r) => [r, [people[r].id]])) }
          : {}),
      };
      return {
        input,
        cast: {
          people,
          assessment: { ...assessment, id: name },
          extendable: 'quyet-dinh',
          meetingOn: `${year}-11-14`,
        },
      };
    });
}
