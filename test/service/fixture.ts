import type { ReviewInputInput, Sender } from '../../machines/index.js';
import { createReviewService } from '../../src/service/index.js';
import type { ReviewStore } from '../../src/store/index.js';
import { PEOPLE, reviewInput } from '../machines/helpers.js';

export type Who = keyof typeof PEOPLE;
/** A host request: who the host's authentication says is calling. */
export interface Request {
  readonly user: Who | string;
}

/** The host's authentication of the tests: the person of a role, or nobody. */
export function authenticate(request: Request): Sender {
  const person = PEOPLE[request.user as Who];
  if (!person) throw new Error('unknown user');
  return person as Sender;
}

/** A review of the test cycle with participants bound and two deadlines. */
export function serviceInput(subjectId: string): ReviewInputInput {
  return reviewInput({
    subject: { id: subjectId, kind: 'individual', role: 'member', unitId: 'so-tai-chinh' },
    participants: {
      subject: [PEOPLE.subject.id],
      unitHead: [PEOPLE.unitHead.id],
      superior: [PEOPLE.superior.id],
      appraiser: [PEOPLE.appraiser.id],
      authority: [PEOPLE.authority.id],
      organizer: [PEOPLE.organizer.id],
      scheduler: [PEOPLE.scheduler.id],
    },
    deadlines: [
      {
        id: 'tu-kiem-diem',
        due: '2025-11-07T00:00:00+07:00',
        guards: 'selfReview',
        policy: 'warn',
        leadWorkingDays: 2,
      },
      {
        id: 'quyet-dinh',
        due: '2025-11-25T00:00:00+07:00',
        guards: 'decision',
        policy: 'warn',
        leadWorkingDays: 3,
      },
    ],
  });
}

/** A clock the test moves. */
export function testClock(start: string) {
  let now = start;
  return {
    clock: () => now,
    set(at: string) {
      now = at;
    },
  };
}

export function makeService(store: ReviewStore, clock: () => string) {
  return createReviewService<Request>({
    store,
    clock,
    authenticate,
    auditKey: { keyId: 'k-test', key: 'bí mật của máy chủ' },
  });
}

export const AUDIT_KEY = { keyId: 'k-test', key: 'bí mật của máy chủ' } as const;
