import { describe, expect, it } from 'vitest';
import { createCycle, memoryReviews, type ReviewEnvelope, tasksFor } from '../../src/index.js';
import { accepted, nov, OPENED, ORGANIZER, smallCycle, toDecision } from './helpers.js';

describe('tasksFor (issue 10 item 9)', () => {
  it("lists what one person must do across reviews, with the step's deadline and how close it is", () => {
    const reviews = memoryReviews();
    const run = createCycle(smallCycle(), { reviews });
    run.open(OPENED, ORGANIZER);
    const [suggest, selfReview] = toDecision('snv/gd', 'so-noi-vu', 'individual', 'leader');
    accepted(run, 'snv/gd', [suggest, selfReview]);
    run.persist();
    const envelopes = reviews.ids().map((id) => reviews.load(id) as ReviewEnvelope);

    // the superior issues suggestions for every review still in `preparing`, due before 04-11
    const superior = tasksFor('p/superior', envelopes, nov(1, 8));
    expect(superior.map((t) => t.subjectId)).toEqual([
      'ccvc/ld',
      'snv/ld',
      'snv/pgd',
      'stc/gd',
      'stc/ld',
      'syt/ld',
    ]);
    expect(superior[0]).toMatchObject({
      stage: 'preparing',
      role: 'superior',
      events: ['ISSUE_SUGGESTIONS'],
      label: { vi: 'Chuẩn bị kiểm điểm', en: 'Preparing' },
      deadline: {
        id: 'step-suggestions',
        due: '2024-11-04T00:00:00.000+07:00',
        lastWorkingDay: '2024-11-01',
        workingDaysLeft: 0,
        status: 'approaching',
        overdue: false,
      },
    });
    // a week earlier it is open, 5 working days ahead
    expect(
      tasksFor('p/superior', envelopes, '2024-10-25T09:00:00+07:00')[0]?.deadline,
    ).toMatchObject({
      status: 'open',
      workingDaysLeft: 5,
    });
    // the head of Sở Nội vụ holds the meeting of its director; late after 15-11
    const head = tasksFor('p/head-so-noi-vu', envelopes, nov(18));
    expect(head.map((t) => [t.subjectId, t.role, t.events])).toEqual([
      ['snv/gd', 'unitHead', ['RECORD_MEETING']],
    ]);
    expect(head[0]?.deadline).toMatchObject({
      id: 'step-meeting',
      overdue: true,
      workingDaysLeft: -1,
    });
    // snapshots work as well as envelopes; a person named nowhere has nothing to do
    const live = run.review('snv/ld');
    expect(live && tasksFor('p/snv/ld', [live], nov(1))[0]?.events).toEqual(['SUBMIT_SELF_REVIEW']);
    expect(tasksFor('p/nobody', envelopes, nov(1))).toEqual([]);
    // an ended review gives no task
    expect(tasksFor('p/syt/nghi', envelopes, nov(1))).toEqual([]);
  });
});
