import {
  createReviewActor,
  type ReviewActor,
  type ReviewEmitted,
  type ReviewEventInput,
  ReviewInputError,
  type ReviewInputInput,
} from '../../machines/index.js';
import type { AssessmentInput } from '../../src/index.js';
import { member366 } from '../helpers/builders.js';
import { thrownBy } from '../helpers/errors.js';

type Role =
  | 'subject'
  | 'unitHead'
  | 'superior'
  | 'appraiser'
  | 'authority'
  | 'organizer'
  | 'scheduler'
  | 'observer';

/** The people of the test review, one per role. */
export const PEOPLE: Record<Role, { id: string; roles: Role[]; unitId?: string }> = {
  subject: { id: 'nguyen-van-a', roles: ['subject'], unitId: 'so-tai-chinh' },
  unitHead: { id: 'tran-thi-b', roles: ['unitHead'], unitId: 'so-tai-chinh' },
  superior: { id: 'ban-can-su', roles: ['superior'] },
  appraiser: { id: 'so-noi-vu-tham-dinh', roles: ['appraiser'] },
  authority: { id: 'ubnd-tinh', roles: ['authority'] },
  organizer: { id: 'so-noi-vu', roles: ['organizer'] },
  scheduler: { id: 'lich-he-thong', roles: ['scheduler'] },
  observer: { id: 'quan-sat', roles: ['observer'] },
};

/** An instant on a day of November 2025 at 09:00 in Vietnam. */
export function nov(day: number, hour = 9): string {
  return `2025-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+07:00`;
}

/** The input of a 2025 review (qd366-2025) of an individual member. */
export function reviewInput(over: Partial<ReviewInputInput> = {}): ReviewInputInput {
  return {
    subject: { id: 'nguyen-van-a', kind: 'individual', role: 'member', unitId: 'so-tai-chinh' },
    cycle: { year: 2025, openedAt: '2025-11-03T08:00:00+07:00' },
    ...over,
  };
}

/** The dossier assessment of the test subject (EXCELLENT as built). */
export function assessment(over: Partial<AssessmentInput> = {}): AssessmentInput {
  return member366({ id: 'nguyen-van-a', ...over });
}

type Payload<T extends ReviewEventInput['type']> = Omit<
  Extract<ReviewEventInput, { type: T }>,
  'type' | 'by' | 'at'
>;

/** An event of a type, from a role's person, at an instant (default 10 Nov 2025). */
export function ev<T extends ReviewEventInput['type']>(
  type: T,
  role: Role | { id: string; roles: string[]; unitId?: string },
  payload: Payload<T>,
  at: string = nov(10),
): ReviewEventInput {
  const by = typeof role === 'string' ? PEOPLE[role] : role;
  return { type, by, at, ...payload } as unknown as ReviewEventInput;
}

/** The ordinary events of a full review, without suggestions, in order. */
export function happyPath(): ReviewEventInput[] {
  return [
    ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }, nov(5)),
    ev('RECORD_MEETING', 'unitHead', { heldOn: '2025-11-10' }, nov(10)),
    ev('PROPOSE_LEVEL', 'appraiser', { assessment: assessment() }, nov(12)),
    ev('DECIDE_LEVEL', 'authority', { level: 'EXCELLENT' }, nov(14)),
    ev('PUBLISH', 'authority', {}, nov(17)),
    ev('CLOSE', 'organizer', {}, nov(24)),
  ];
}

/** A started actor that records what it emits. */
export function started(input: ReviewInputInput = reviewInput()): {
  actor: ReviewActor;
  emitted: ReviewEmitted[];
  send: (...events: ReviewEventInput[]) => void;
} {
  const actor = createReviewActor(input);
  const emitted: ReviewEmitted[] = [];
  actor.on('*', (e) => emitted.push(e));
  actor.start();
  return {
    actor,
    emitted,
    send: (...events) => {
      for (const e of events) actor.send(e);
    },
  };
}

/** The rejections emitted, as their codes. */
export function rejectionCodes(emitted: readonly ReviewEmitted[]): string[] {
  return emitted.flatMap((e) => (e.type === 'rejected' ? [e.code] : []));
}

/** The context of a snapshot without the audit chain (what a rejection must leave unchanged). */
export function withoutAudit(actor: ReviewActor): unknown {
  const { audit: _audit, ...rest } = actor.getSnapshot().context;
  return { value: actor.getSnapshot().value, context: rest };
}

/** The ReviewInputError a call throws (fails the test when it throws nothing or something else). */
export function inputError(run: () => unknown): ReviewInputError {
  return thrownBy(run, ReviewInputError);
}

/** The ReviewInputError `createReviewActor(input)` throws. */
export function refusedInput(input: ReviewInputInput): ReviewInputError {
  return inputError(() => createReviewActor(input));
}
