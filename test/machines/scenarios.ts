import type { ReviewEventInput, ReviewInputInput } from '../../machines/index.js';
import {
  type AuditEntry,
  createReviewActor,
  persist,
  type ReviewEnvelope,
} from '../../machines/index.js';
import { ev, happyPath, nov, reviewInput } from './helpers.js';

/** A scripted review whose envelope is committed under test/fixtures/review/ (golden). */
export interface Scenario {
  readonly name: string;
  readonly input: ReviewInputInput;
  /** Events up to the moment the envelope was saved. */
  readonly events: readonly ReviewEventInput[];
  /** Events that continue the review after a restore, and the step they lead to. */
  readonly continueWith: readonly ReviewEventInput[];
  readonly endsIn: string;
}

const deadlines = [
  { id: 'giai-trinh', due: '2025-11-08T00:00:00+07:00', guards: 'suggested', policy: 'block' },
  { id: 'hop-kiem-diem', due: '2025-11-15T00:00:00+07:00', guards: 'meeting' },
  { id: 'quyet-dinh', due: '2025-11-25T00:00:00+07:00', guards: 'decision', leadWorkingDays: 3 },
] as const;

const withDeadlines = reviewInput({ deadlines: [...deadlines] });
const tick = (now: string) => ev('TICK', 'scheduler', { now }, now);
const path = happyPath();

export const SCENARIOS: readonly Scenario[] = [
  { name: 'fresh', input: withDeadlines, events: [], continueWith: path, endsIn: 'closed' },
  {
    name: 'meeting-gate',
    input: withDeadlines,
    events: [
      ev(
        'ISSUE_SUGGESTIONS',
        'superior',
        { points: [{ id: 'g1', content: 'Trách nhiệm người đứng đầu' }, { id: 'g2' }] },
        nov(4),
      ),
      ev('SUBMIT_EXPLANATION', 'subject', { covers: ['g1'] }, nov(5)),
      ev(
        'SUBMIT_SELF_REVIEW',
        'subject',
        { proposedLevel: 'GOOD', selfAssessment: { general: 27, tasks: 66 } },
        nov(6),
      ),
      ev('RECORD_MEETING', 'unitHead', { heldOn: '2025-11-10' }, nov(10)),
      ev('DECIDE_LEVEL', 'subject', { level: 'EXCELLENT' }, nov(10)),
    ],
    continueWith: [
      ev(
        'GRANT_EXTENSION',
        'organizer',
        {
          deadlineId: 'giai-trinh',
          due: '2025-11-12T00:00:00+07:00',
          reason: 'Bổ sung giải trình',
        },
        nov(10),
      ),
      ev('SUBMIT_EXPLANATION', 'subject', { covers: ['g1', 'g2'] }, nov(11)),
      ev(
        'RECORD_MEETING',
        'unitHead',
        { heldOn: '2025-11-11', conclusion: 'Đạt yêu cầu' },
        nov(11),
      ),
      ...path.slice(2, 5),
    ],
    endsIn: 'published',
  },
  {
    name: 'decision',
    input: withDeadlines,
    events: [
      ...path.slice(0, 3),
      tick('2025-11-20T00:00:00+07:00'),
      ev('PUBLISH', 'authority', {}, nov(20)),
    ],
    continueWith: [
      ev('DECIDE_LEVEL', 'authority', { level: 'GOOD' }, nov(21)),
      ev('PUBLISH', 'authority', {}, nov(21)),
      ev('CLOSE', 'organizer', {}, nov(28)),
    ],
    endsIn: 'closed',
  },
  {
    name: 'closed',
    input: withDeadlines,
    events: [
      ...path.slice(0, 5),
      ev('FILE_COMPLAINT', 'subject', { reason: 'Đề nghị xem xét lại' }, nov(18)),
      ev(
        'RESOLVE_COMPLAINT',
        'authority',
        { outcome: 'rejected', reason: 'Đúng quy định' },
        nov(19),
      ),
      tick('2025-11-24T00:00:00+07:00'),
      path[5] as ReviewEventInput,
    ],
    continueWith: [
      ev('RERATE', 'authority', { reason: 'Xếp loại lại theo kết luận kiểm tra' }, nov(28)),
    ],
    endsIn: 'decision',
  },
  {
    name: 'digest-only',
    input: reviewInput({ audit: { payloads: 'digest' } }),
    events: path.slice(0, 5),
    continueWith: [path[5] as ReviewEventInput],
    endsIn: 'closed',
  },
];

/** Runs a scenario's events and returns its envelope (format 2) and its audit log. */
export function savedOf(s: Scenario): { envelope: ReviewEnvelope; log: AuditEntry[] } {
  const actor = createReviewActor(s.input).start();
  for (const e of s.events) actor.send(e);
  const saved = { envelope: persist(actor), log: actor.auditLog() };
  actor.stop();
  return JSON.parse(JSON.stringify(saved)) as { envelope: ReviewEnvelope; log: AuditEntry[] };
}

/** Runs a scenario's events and returns its envelope. */
export function envelopeOf(s: Scenario): ReviewEnvelope {
  return savedOf(s).envelope;
}

/** Where the golden envelope of a scenario lives (format 2; format 1 under `format1/`). */
export function fixturePath(name: string): string {
  return new URL(`../fixtures/review/${name}.envelope.json`, import.meta.url).pathname;
}

/** Where the golden audit log of a scenario lives (the envelope no longer holds it). */
export function logPath(name: string): string {
  return new URL(`../fixtures/review/${name}.log.json`, import.meta.url).pathname;
}
