// The full review the machine bench drives: one member's 2025 review (qd366-2025) with three
// deadlines, from the superior's suggestions to the summary — 14 events, every one with `by` and
// `at`, every one accepted (the bench checks it). Modelled on test/machines/scenarios.ts.
//
// The review machine memoises zod validation and `classify()` per event *object* (WeakMaps in
// machines/review/verdict.ts and checks.ts), so every driven review gets fresh event objects:
// `reviewScript()` builds a new set on each call, outside the timing.

import type { ReviewEventInput, ReviewInputInput } from '../machines/index.js';
import type { AssessmentInput } from '../src/index.js';

type Person = { id: string; roles: string[]; unitId?: string };

const PEOPLE = {
  subject: { id: 'nguyen-van-a', roles: ['subject'], unitId: 'so-tai-chinh' },
  unitHead: { id: 'tran-thi-b', roles: ['unitHead'], unitId: 'so-tai-chinh' },
  superior: { id: 'ban-can-su', roles: ['superior'] },
  appraiser: { id: 'so-noi-vu-tham-dinh', roles: ['appraiser'] },
  authority: { id: 'ubnd-tinh', roles: ['authority'] },
  organizer: { id: 'so-noi-vu', roles: ['organizer'] },
  scheduler: { id: 'scheduler', roles: ['scheduler'] },
} satisfies Record<string, Person>;

/** The review's input (validated by `createReviewActor`); its deadlines are all met on time. */
export const REVIEW_INPUT: ReviewInputInput = {
  subject: { id: 'nguyen-van-a', kind: 'individual', role: 'member', unitId: 'so-tai-chinh' },
  cycle: { year: 2025, openedAt: '2025-11-03T08:00:00+07:00' },
  deadlines: [
    { id: 'giai-trinh', due: '2025-11-08T00:00:00+07:00', guards: 'suggested', policy: 'block' },
    { id: 'hop-kiem-diem', due: '2025-11-15T00:00:00+07:00', guards: 'meeting' },
    { id: 'quyet-dinh', due: '2025-11-25T00:00:00+07:00', guards: 'decision', leadWorkingDays: 3 },
  ],
};

/** 09:00 in Vietnam on a day of November 2025. */
function nov(day: number, hour = 9): string {
  return `2025-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+07:00`;
}

function ev(type: string, by: Person, at: string, payload: object = {}): ReviewEventInput {
  return { type, by: { ...by, roles: [...by.roles] }, at, ...payload } as ReviewEventInput;
}

/** The dossier's assessment: a valid qd366-2025 member assessment that classifies EXCELLENT. */
function assessment(): AssessmentInput {
  return {
    id: 'nguyen-van-a',
    kind: 'individual',
    role: 'member',
    year: 2025,
    points: { general: 28, tasks: 67 },
    tasks: { total: 10, completed: 10, onTime: 10, exceeded: 5 },
  };
}

const tick = (now: string) => ev('TICK', PEOPLE.scheduler, now, { now });

/**
 * A fresh set of the 14 events of a full review, in order. Each (step, event) pair in it has one
 * outcome in the review machine whatever its guards say, so the guard-free baseline takes the
 * same steps: preparing → suggested (→ suggested) → selfReview → meeting (→ meeting) → appraisal
 * → decision (→ decision) → published → closed (→ closed).
 */
export function reviewScript(): ReviewEventInput[] {
  const { subject, unitHead, superior, appraiser, authority, organizer } = PEOPLE;
  return [
    ev('ISSUE_SUGGESTIONS', superior, nov(4), {
      points: [{ id: 'g1', content: 'Trách nhiệm người đứng đầu' }],
    }),
    ev('ISSUE_SUGGESTIONS', superior, nov(4, 15), { points: [{ id: 'g2' }] }),
    tick(nov(5, 0)),
    ev('SUBMIT_EXPLANATION', subject, nov(5), { covers: ['g1', 'g2'] }),
    ev('SUBMIT_SELF_REVIEW', subject, nov(6), {
      proposedLevel: 'GOOD',
      selfAssessment: { general: 27, tasks: 66 },
    }),
    ev('SUBMIT_EXPLANATION', subject, nov(7), {
      covers: ['g1', 'g2'],
      document: { id: 'bao-cao-giai-trinh', title: 'Báo cáo giải trình (bổ sung)' },
    }),
    ev('RECORD_MEETING', unitHead, nov(10), { heldOn: '2025-11-10', conclusion: 'Đạt yêu cầu' }),
    tick(nov(11, 0)),
    ev('PROPOSE_LEVEL', appraiser, nov(12), { assessment: assessment() }),
    ev('DECIDE_LEVEL', authority, nov(14), { level: 'EXCELLENT' }),
    ev('PUBLISH', authority, nov(17)),
    tick(nov(20, 0)),
    ev('CLOSE', organizer, nov(24)),
    tick(nov(26, 0)),
  ];
}

/** The number of events in `reviewScript()`. */
export const SCRIPT_EVENTS = reviewScript().length;

/** The step each event of the script leads to (checked once against the review machine). */
export const SCRIPT_STEPS = [
  'suggested',
  'suggested',
  'suggested',
  'selfReview',
  'meeting',
  'meeting',
  'appraisal',
  'appraisal',
  'decision',
  'decision',
  'published',
  'published',
  'closed',
  'closed',
] as const;
