import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createReviewActor,
  persist,
  type ReviewActor,
  type ReviewEmitted,
  restore,
  reviewDeadline,
  reviewMachine,
} from '../../machines/index.js';
import { statusAt } from '../../machines/review/deadlines.js';
import { deadlineStatus } from '../../src/calendar/index.js';
import { ev, nov, rejectionCodes, reviewInput, started } from './helpers.js';

const tick = (now: string) => ev('TICK', 'scheduler', { now }, now);

/** "trước ngày 25-11-2025" (a Tuesday): due 00:00 on the 25th; last day to act Monday 24th. */
const decisionDeadline = reviewDeadline({
  id: 'quyet-dinh',
  date: '2025-11-25',
  guards: 'decision',
});

function notices(emitted: readonly ReviewEmitted[]): string[] {
  return emitted.flatMap((e) =>
    e.type === 'deadline.approaching' || e.type === 'deadline.missed'
      ? [`${e.type}@${e.at.slice(0, 16)}`]
      : [],
  );
}

function watch(actor: ReviewActor): ReviewEmitted[] {
  const seen: ReviewEmitted[] = [];
  actor.on('*', (e) => seen.push(e));
  return seen;
}

describe('deadlines as data (PROCESS.md §3)', () => {
  it('reviewDeadline reads the letter with the calendar: due 00:00 on X in Asia/Ho_Chi_Minh', () => {
    expect(decisionDeadline).toMatchObject({
      due: '2025-11-25T00:00:00.000+07:00',
      reading: 'before',
      policy: 'warn',
      leadWorkingDays: 3,
    });
    expect(
      reviewDeadline({ id: 'x', date: '2025-11-25', reading: 'by', guards: 'meeting' }).due,
    ).toBe('2025-11-26T00:00:00.000+07:00');
  });

  it('approaching fires once, on the right working day (lead 3: Thursday 20th), missed once at due', () => {
    const s = started(reviewInput({ deadlines: [decisionDeadline] }));
    s.send(tick('2025-11-19T23:59:00+07:00'));
    expect(notices(s.emitted)).toEqual([]);
    s.send(
      tick('2025-11-20T00:00:00+07:00'),
      tick('2025-11-21T10:00:00+07:00'),
      tick('2025-11-24T16:00:00+07:00'),
    );
    expect(notices(s.emitted)).toEqual(['deadline.approaching@2025-11-20T00:00']);
    expect(s.actor.getSnapshot().hasTag('overdue')).toBe(false);
    s.send(tick('2025-11-25T00:00:00+07:00'), tick('2025-11-26T00:00:00+07:00'));
    expect(notices(s.emitted)).toEqual([
      'deadline.approaching@2025-11-20T00:00',
      'deadline.missed@2025-11-25T00:00',
    ]);
    expect(s.actor.getSnapshot().context.deadlines[0]).toMatchObject({
      approachingAt: '2025-11-20T00:00:00+07:00',
      missedAt: '2025-11-25T00:00:00+07:00',
    });
  });

  it('fires once across a restore (what was emitted is in the context)', () => {
    const a = createReviewActor(reviewInput({ deadlines: [decisionDeadline] }));
    const first = watch(a);
    a.start();
    a.send(tick('2025-11-20T08:00:00+07:00'));
    expect(notices(first)).toEqual(['deadline.approaching@2025-11-20T08:00']);
    const saved = JSON.parse(JSON.stringify(persist(a)));
    a.stop();
    const b = restore(reviewMachine, saved);
    const second = watch(b);
    b.start();
    b.send(tick('2025-11-21T08:00:00+07:00'));
    b.send(tick('2025-11-25T08:00:00+07:00'));
    expect(notices(second)).toEqual(['deadline.missed@2025-11-25T08:00']);
    const again = JSON.parse(JSON.stringify(persist(b)));
    const c = restore(reviewMachine, again);
    const third = watch(c);
    c.start();
    c.send(tick('2025-11-26T08:00:00+07:00'));
    expect(notices(third)).toEqual([]);
    expect(c.getSnapshot().hasTag('overdue')).toBe(true);
  });

  it('the `at` of any accepted event reads the clock too; warn keeps going, tagged overdue until the work is done', () => {
    const s = started(
      reviewInput({
        deadlines: [
          reviewDeadline({ id: 'tu-kiem-diem', date: '2025-11-07', guards: 'selfReview' }),
        ],
      }),
    );
    s.send(ev('ISSUE_SUGGESTIONS', 'superior', { points: [] }, nov(7, 10)));
    expect(notices(s.emitted)).toEqual(['deadline.missed@2025-11-07T10:00']);
    expect(s.actor.getSnapshot().value).toEqual({ review: 'selfReview', deadline: 'overdue' });
    expect(s.actor.getSnapshot().hasTag('overdue')).toBe(true);
    s.send(ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }, nov(8)));
    expect(rejectionCodes(s.emitted)).toEqual([]);
    expect(s.actor.getSnapshot().value).toEqual({ review: 'meeting', deadline: 'onTime' });
  });

  it('a deadline whose work is done says nothing; one on a later step is watched from the start', () => {
    const s = started(
      reviewInput({
        deadlines: [
          reviewDeadline({ id: 'hop', date: '2025-11-12', guards: 'meeting', leadWorkingDays: 1 }),
        ],
      }),
    );
    s.send(tick(nov(11, 0)));
    expect(notices(s.emitted)).toEqual(['deadline.approaching@2025-11-11T00:00']);
    s.send(
      ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }, nov(11)),
      ev('RECORD_MEETING', 'unitHead', { heldOn: '2025-11-11' }, nov(11, 10)),
    );
    s.send(tick(nov(20)));
    expect(notices(s.emitted)).toHaveLength(1);
  });

  it('the explanation deadline is pending only while suggestions wait for a full explanation', () => {
    const late = reviewDeadline({
      id: 'giai-trinh',
      date: '2025-11-06',
      guards: 'suggested',
      policy: 'block',
    });
    const s = started(reviewInput({ deadlines: [late] }));
    s.send(tick(nov(7)));
    expect(notices(s.emitted)).toEqual([]);
    s.send(ev('ISSUE_SUGGESTIONS', 'superior', { points: [{ id: 'g1' }] }, nov(7)));
    expect(notices(s.emitted)).toEqual(['deadline.missed@2025-11-07T09:00']);
    s.send(ev('SUBMIT_EXPLANATION', 'subject', { covers: ['g1'] }, nov(8)));
    expect(rejectionCodes(s.emitted)).toEqual(['DEADLINE_PASSED']);
    s.send(
      ev(
        'GRANT_EXTENSION',
        'organizer',
        { deadlineId: 'giai-trinh', due: '2025-11-14T00:00:00+07:00', reason: 'Gia hạn' },
        nov(8),
      ),
    );
    s.send(ev('SUBMIT_EXPLANATION', 'subject', { covers: ['g1'] }, nov(9)));
    expect(s.actor.getSnapshot().context.stage).toBe('selfReview');
    s.send(
      ev(
        'GRANT_EXTENSION',
        'organizer',
        { deadlineId: 'giai-trinh', due: '2025-11-20T00:00:00+07:00', reason: 'Lần nữa' },
        nov(9),
      ),
    );
    expect(rejectionCodes(s.emitted)).toEqual(['DEADLINE_PASSED', 'NOT_ALLOWED_IN_STATE']);
  });

  it('an extension re-arms the notices for the new due instant', () => {
    const s = started(reviewInput({ deadlines: [decisionDeadline] }));
    s.send(tick('2025-11-25T01:00:00+07:00'));
    s.send(
      ev(
        'GRANT_EXTENSION',
        'organizer',
        {
          deadlineId: 'quyet-dinh',
          due: '2025-12-02T00:00:00+07:00',
          reason: 'Chờ kết luận kiểm tra',
        },
        '2025-11-25T02:00:00+07:00',
      ),
    );
    expect(s.actor.getSnapshot().hasTag('overdue')).toBe(false);
    s.send(tick('2025-11-27T00:00:00+07:00'), tick('2025-12-02T00:00:00+07:00'));
    expect(notices(s.emitted)).toEqual([
      'deadline.missed@2025-11-25T01:00',
      'deadline.approaching@2025-11-27T00:00',
      'deadline.missed@2025-12-02T00:00',
    ]);
  });
});

describe('statusAt (the machine’s memoised deadlineStatus)', () => {
  it('agrees with the calendar’s deadlineStatus', () => {
    const base = Date.parse('2025-11-01T00:00:00+07:00');
    const iso = (ms: number) => new Date(ms).toISOString();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 90 * 24 }),
        fc.integer({ min: -30 * 24, max: 90 * 24 }),
        fc.integer({ min: 0, max: 10 }),
        (dueH, atH, lead) => {
          const due = iso(base + dueH * 3_600_000);
          const at = iso(base + (dueH + atH) * 3_600_000);
          expect(statusAt({ due, leadWorkingDays: lead }, at)).toBe(
            deadlineStatus(due, at, { leadWorkingDays: lead }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('deadlines at the opening', () => {
  // The context factory reads the deadlines at the opening (issue 9: no eventless check per step).
  it('announces on start what is already missed or approaching, once, and marks it', () => {
    const { actor, emitted } = started(
      reviewInput({
        cycle: { year: 2025, openedAt: '2025-11-24T08:00:00+07:00' },
        deadlines: [
          { id: 'giai-trinh', due: '2025-11-20T00:00:00+07:00', guards: 'preparing' },
          decisionDeadline,
        ],
      }),
    );
    expect(notices(emitted)).toEqual([
      'deadline.missed@2025-11-24T08:00',
      'deadline.approaching@2025-11-24T08:00',
    ]);
    const [late, decision] = actor.getSnapshot().context.deadlines;
    expect(late?.missedAt).toBe('2025-11-24T08:00:00+07:00');
    expect(decision?.approachingAt).toBe('2025-11-24T08:00:00+07:00');
    expect(actor.getSnapshot().hasTag('overdue')).toBe(true);
    // a restore does not announce them again
    const again = restore(reviewMachine, JSON.parse(JSON.stringify(persist(actor))));
    const heard: ReviewEmitted[] = [];
    again.on('*', (e) => heard.push(e));
    again.start();
    expect(heard).toEqual([]);
  });

  it('announces nothing for a subject the cycle excluded', () => {
    const { emitted } = started(
      reviewInput({
        subject: {
          id: 'nguyen-van-a',
          kind: 'individual',
          role: 'member',
          unitId: 'so-tai-chinh',
          excluded: { reason: { vi: 'Nghỉ chữa bệnh dài ngày', en: 'Long sick leave' } },
        },
        cycle: { year: 2025, openedAt: '2025-11-24T08:00:00+07:00' },
        deadlines: [{ id: 'giai-trinh', due: '2025-11-20T00:00:00+07:00', guards: 'preparing' }],
      }),
    );
    expect(notices(emitted)).toEqual([]);
  });
});
