import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  type AuditEntry,
  createReviewActor,
  persist,
  type ReviewEmitted,
  type ReviewEventInput,
  replay,
  restore,
  reviewMachine,
} from '../../machines/index.js';
import { explanationCovers } from '../../machines/review/deadlines.js';
import type { ReviewContext } from '../../machines/review/types.js';
import { assessment, PEOPLE, reviewInput } from './helpers.js';

const INPUT = reviewInput({
  deadlines: [
    { id: 'giai-trinh', due: '2025-11-10T00:00:00+07:00', guards: 'suggested', policy: 'block' },
    { id: 'tu-kiem-diem', due: '2025-11-12T00:00:00+07:00', guards: 'selfReview', policy: 'warn' },
    {
      id: 'quyet-dinh',
      due: '2025-11-25T00:00:00+07:00',
      guards: 'decision',
      policy: 'block',
      leadWorkingDays: 2,
    },
  ],
});
const OPENED = DateTime.fromISO('2025-11-03T08:00:00+07:00', { setZone: true });

const SENDERS = [
  ...Object.values(PEOPLE),
  { id: 'nguyen-van-a', roles: ['authority'] },
  { id: 'kiem-nhiem', roles: ['authority', 'appraiser'] },
  { id: 'tu-xep-loai', roles: ['authority', 'subject'] },
  { id: 'don-vi-khac', roles: ['subject', 'unitHead'], unitId: 'so-khac' },
  { id: 'scheduler', roles: ['scheduler'] },
  { id: 'scheduler-gia', roles: [] },
];

/** Payloads per event type: the first ones valid, the last ones not. */
const PAYLOADS: Record<string, ReadonlyArray<Record<string, unknown>>> = {
  ISSUE_SUGGESTIONS: [
    { points: [{ id: 'g1' }, { id: 'g2' }] },
    { points: [] },
    { points: [{ id: 'g3' }] },
    { points: 'g1' },
  ],
  SUBMIT_EXPLANATION: [
    { covers: ['g1', 'g2'] },
    { covers: ['g1'] },
    { covers: ['g1', 'g2', 'g3'] },
    { covers: ['zz'] },
  ],
  RETURN_EXPLANATION: [{ reason: 'Bổ sung' }, {}],
  SUBMIT_SELF_REVIEW: [
    { proposedLevel: 'GOOD' },
    { proposedLevel: 'EXCELLENT', form: '2B' },
    { proposedLevel: 'TOP' },
  ],
  RECORD_MEETING: [{ heldOn: '2025-11-14' }, { heldOn: '14/11/2025' }],
  PROPOSE_LEVEL: [
    { assessment: assessment() },
    { assessment: assessment({ points: { general: 25, tasks: 60 } }) },
    { assessment: assessment({ party: { suspended: true } }) },
    { assessment: assessment({ tasks: { total: 1, completed: 2, onTime: 0, exceeded: 0 } }) },
  ],
  DECIDE_LEVEL: [
    { level: 'GOOD' },
    { level: 'EXCELLENT' },
    { level: 'EXCELLENT', override: { by: 'Chủ tịch', reason: 'Đột xuất' } },
    { level: 'COMPLETED', note: 'Xếp loại theo kết quả thẩm định' },
  ],
  RETURN_TO_APPRAISAL: [{ reason: 'Thiếu hồ sơ' }],
  PUBLISH: [{}],
  FILE_COMPLAINT: [{ reason: 'Xem xét lại' }],
  RESOLVE_COMPLAINT: [
    { outcome: 'upheld', reason: 'Có cơ sở' },
    { outcome: 'rejected', reason: 'Không' },
    { outcome: 'maybe' },
  ],
  RERATE: [{ reason: 'Xếp loại lại' }],
  CLOSE: [{}],
  TICK: [{}],
  GRANT_EXTENSION: [
    { deadlineId: 'giai-trinh', due: '2025-12-20T00:00:00+07:00', reason: 'Gia hạn' },
    { deadlineId: 'quyet-dinh', due: '2025-12-20T00:00:00+07:00', reason: 'Gia hạn' },
    { deadlineId: 'khong-co', due: '2025-12-20T00:00:00+07:00', reason: 'x' },
  ],
  NOT_AN_EVENT: [{}],
};

/** The person whose role an event needs (so that random runs get deep into the flow). */
const FITTING: Record<string, number> = {
  ISSUE_SUGGESTIONS: 2,
  SUBMIT_EXPLANATION: 0,
  RETURN_EXPLANATION: 2,
  SUBMIT_SELF_REVIEW: 0,
  RECORD_MEETING: 1,
  PROPOSE_LEVEL: 3,
  DECIDE_LEVEL: 4,
  RETURN_TO_APPRAISAL: 4,
  PUBLISH: 4,
  FILE_COMPLAINT: 0,
  RESOLVE_COMPLAINT: 4,
  RERATE: 4,
  CLOSE: 5,
  TICK: 11,
  GRANT_EXTENSION: 5,
  NOT_AN_EVENT: 0,
};

const command = fc
  .record({
    type: fc.constantFrom(...Object.keys(PAYLOADS)),
    sender: fc.oneof(
      { weight: 3, arbitrary: fc.constant(-1) },
      { weight: 1, arbitrary: fc.nat(SENDERS.length - 1) },
    ),
    variant: fc.oneof(
      { weight: 3, arbitrary: fc.constant(0) },
      { weight: 2, arbitrary: fc.nat(3) },
    ),
    hours: fc.integer({ min: 0, max: 12 }),
  })
  .map((c) => ({ ...c, sender: c.sender < 0 ? (FITTING[c.type] ?? 0) : c.sender }));

/** The flow's own order: runs that follow it (with noise in between) get deep into the flow. */
const SPINE = [
  'ISSUE_SUGGESTIONS',
  'SUBMIT_SELF_REVIEW',
  'SUBMIT_EXPLANATION',
  'RECORD_MEETING',
  'PROPOSE_LEVEL',
  'DECIDE_LEVEL',
  'PUBLISH',
  'FILE_COMPLAINT',
  'RESOLVE_COMPLAINT',
  'DECIDE_LEVEL',
  'PUBLISH',
  'CLOSE',
  'RERATE',
  'DECIDE_LEVEL',
  'PUBLISH',
];

/** The spine's commands interleaved with random ones (the `picks` decide which comes next). */
const run = fc
  .tuple(
    fc.array(command, { minLength: SPINE.length, maxLength: SPINE.length }),
    fc.array(command, { maxLength: 25 }),
    fc.array(fc.boolean(), { maxLength: 40 }),
  )
  .map(([spine, noise, picks]) => {
    const a = spine.map((c, i) => ({
      ...c,
      type: SPINE[i] ?? c.type,
      sender: FITTING[SPINE[i] ?? ''] ?? c.sender,
    }));
    const out: typeof noise = [];
    let i = 0;
    let j = 0;
    for (const p of picks) {
      if (p && i < a.length) out.push(a[i++] as (typeof noise)[number]);
      else if (j < noise.length) out.push(noise[j++] as (typeof noise)[number]);
    }
    return [...out, ...a.slice(i), ...noise.slice(j)];
  });

interface Command {
  readonly type: string;
  readonly sender: number;
  readonly variant: number;
  readonly hours: number;
}

/** Materialises commands into events with increasing instants. */
function toEvents(commands: ReadonlyArray<Command>): ReviewEventInput[] {
  let t = OPENED;
  return commands.map((c) => {
    t = t.plus({ hours: c.hours });
    const at = t.toISO() ?? '';
    const payloads = PAYLOADS[c.type] ?? [{}];
    const payload = payloads[c.variant % payloads.length];
    const extra = c.type === 'TICK' ? { now: at } : {};
    return {
      type: c.type,
      by: SENDERS[c.sender],
      at,
      ...payload,
      ...extra,
    } as unknown as ReviewEventInput;
  });
}

const LATER = ['appraisal', 'decision', 'published', 'complaint', 'closed'];

function checkStep(
  prev: ReviewContext,
  prevValue: unknown,
  next: ReviewContext,
  nextValue: unknown,
  entry: AuditEntry | undefined,
): void {
  expect(entry?.seq).toBe(prev.audit.seq + 1);
  expect(next.audit).toEqual({ seq: prev.audit.seq + 1, head: entry?.digest });
  if (entry?.outcome === 'rejected') {
    const strip = ({ audit: _a, ...rest }: ReviewContext) => rest;
    expect(strip(next)).toEqual(strip(prev));
    expect(nextValue).toEqual(prevValue);
    return;
  }
  if (LATER.includes(next.stage))
    expect(next.selfReview !== null && next.meeting !== null).toBe(true);
  if (next.decision) expect(next.selfReview).not.toBeNull();
  if (entry?.type === 'RECORD_MEETING') expect(explanationCovers(prev)).toBe(true);
  if (
    entry &&
    ['DECIDE_LEVEL', 'RERATE', 'RESOLVE_COMPLAINT', 'PROPOSE_LEVEL'].includes(entry.type)
  ) {
    expect(entry.by?.roles).not.toContain('subject');
    expect(entry.by?.id).not.toBe(next.subject.id);
  }
  if (entry?.type === 'DECIDE_LEVEL') expect(entry.by?.roles).not.toContain('appraiser');
}

describe('model: random sequences of (event, sender, time)', () => {
  it('never throw, keep the invariants, and persist/restore and replay agree with the live run', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(run, fc.nat(), (commands, cut) => {
        const events = toEvents(commands);
        const live = createReviewActor(INPUT);
        const notices: ReviewEmitted[] = [];
        live.on('*', (e) => notices.push(e));
        live.start();
        for (const e of events) {
          const before = live.getSnapshot();
          live.send(e);
          const after = live.getSnapshot();
          expect(after.status).toBe('active');
          checkStep(
            before.context,
            before.value,
            after.context,
            after.value,
            live.auditLog().at(-1),
          );
        }
        const final = persist(live).snapshot;
        for (const s of live.getSnapshot().context.visited) reached.add(s);
        expect(live.auditLog()).toHaveLength(events.length);

        // deadline notices: at most once per deadline and due instant
        const keys = notices.flatMap((n) =>
          n.type === 'deadline.missed' || n.type === 'deadline.approaching'
            ? [`${n.type} ${n.deadlineId} ${n.due}`]
            : [],
        );
        expect(new Set(keys).size).toBe(keys.length);

        // persist → restore → continue equals continuing directly
        const k = cut % (events.length + 1);
        const first = createReviewActor(INPUT).start();
        for (const e of events.slice(0, k)) first.send(e);
        const saved = JSON.parse(JSON.stringify(persist(first)));
        const second = restore(reviewMachine, saved).start();
        for (const e of events.slice(k)) second.send(e);
        expect(persist(second).snapshot).toEqual(final);

        // replaying the audit log equals the live snapshot
        expect(replay(INPUT, live.auditLog())).toEqual(final);
      }),
      { numRuns: 120 },
    );
    // the random runs get through the whole flow, not only its first steps
    expect(reached.size).toBeGreaterThanOrEqual(9);
  });
});
