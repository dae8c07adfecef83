import { describe, expect, it } from 'vitest';
import { ev, happyPath, nov, PEOPLE, rejectionCodes, reviewInput, started } from './helpers.js';

const stage = (s: ReturnType<typeof started>) => s.actor.getSnapshot().context.stage;

describe('review machine: the path without suggestions', () => {
  it('goes preparing → meeting → appraisal → decision → published → closed', () => {
    const s = started();
    expect(s.actor.getSnapshot().value).toEqual({ review: 'preparing', deadline: 'onTime' });
    const stages = happyPath().map((e) => {
      s.send(e);
      return stage(s);
    });
    expect(stages).toEqual(['meeting', 'appraisal', 'decision', 'decision', 'published', 'closed']);
    expect(rejectionCodes(s.emitted)).toEqual([]);
    const ctx = s.actor.getSnapshot().context;
    expect(ctx.classification?.level).toBe('EXCELLENT');
    expect(ctx.proposal?.level).toBe('EXCELLENT');
    expect(ctx.decision).toMatchObject({
      level: 'EXCELLENT',
      computedLevel: 'EXCELLENT',
      belowComputed: false,
    });
    expect(ctx.visited).toEqual([
      'preparing',
      'meeting',
      'appraisal',
      'decision',
      'published',
      'closed',
    ]);
    expect(s.actor.getSnapshot().hasTag('ended')).toBe(true);
  });

  it('ISSUE_SUGGESTIONS with no points in preparing means "no suggestions" → selfReview', () => {
    const s = started();
    s.send(ev('ISSUE_SUGGESTIONS', 'superior', { points: [] }));
    expect(stage(s)).toBe('selfReview');
    s.send(ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }));
    expect(stage(s)).toBe('meeting');
    expect(s.actor.getSnapshot().context.selfReview).toMatchObject({
      proposedLevel: 'GOOD',
      form: '2B',
    });
  });

  it('an excluded subject ends in notReviewed at once, with the reason', () => {
    const s = started(
      reviewInput({
        subject: {
          id: 'x',
          kind: 'individual',
          role: 'member',
          unitId: 'u',
          excluded: {
            reason: { vi: 'Đình chỉ sinh hoạt đảng', en: 'Party activity suspended' },
            rule: 'Q366-EXCLUDE',
          },
        },
      }),
    );
    const snap = s.actor.getSnapshot();
    expect(snap.value).toEqual({ review: 'notReviewed', deadline: 'onTime' });
    expect(snap.context.outcome).toMatchObject({ status: 'not-reviewed', rule: 'Q366-EXCLUDE' });
    expect(snap.hasTag('ended')).toBe(true);
  });
});

describe('review machine: appraisal, decision, publication, complaint, re-rating', () => {
  function atDecision() {
    const s = started();
    s.send(...happyPath().slice(0, 3));
    expect(stage(s)).toBe('decision');
    return s;
  }

  it('PROPOSE_LEVEL runs classify(): a computed not-reviewed ends the review', () => {
    const s = started();
    s.send(...happyPath().slice(0, 2));
    s.send(
      ev(
        'PROPOSE_LEVEL',
        'appraiser',
        { assessment: { ...happyAssessment(), party: { suspended: true } } },
        nov(12),
      ),
    );
    const snap = s.actor.getSnapshot();
    expect(snap.context.stage).toBe('notReviewed');
    expect(snap.context.outcome).toMatchObject({ status: 'not-reviewed', rule: 'Q366-EXCLUDE' });
  });

  it('the proposal defaults to the computed level; an explicit one is kept', () => {
    const s = started();
    s.send(...happyPath().slice(0, 2));
    s.send(
      ev(
        'PROPOSE_LEVEL',
        'appraiser',
        { assessment: happyAssessment(), level: 'GOOD', note: 'Thận trọng' },
        nov(12),
      ),
    );
    expect(s.actor.getSnapshot().context.proposal).toMatchObject({
      level: 'GOOD',
      computedLevel: 'EXCELLENT',
    });
  });

  it('DECIDE_LEVEL above the computed level needs an override (X-DECISION); below is recorded', () => {
    const s = started();
    s.send(...happyPath().slice(0, 2));
    s.send(
      ev(
        'PROPOSE_LEVEL',
        'appraiser',
        { assessment: { ...happyAssessment(), points: { general: 25, tasks: 60 } } },
        nov(12),
      ),
    );
    const computed = s.actor.getSnapshot().context.classification?.level;
    expect(computed).toBe('GOOD');
    s.send(ev('DECIDE_LEVEL', 'authority', { level: 'EXCELLENT' }, nov(14)));
    expect(rejectionCodes(s.emitted)).toEqual(['INVALID_PAYLOAD']);
    expect(s.actor.getSnapshot().context.decision).toBeNull();
    s.send(
      ev(
        'DECIDE_LEVEL',
        'authority',
        {
          level: 'EXCELLENT',
          override: { by: 'Chủ tịch UBND tỉnh', reason: 'Thành tích đột xuất' },
        },
        nov(14),
      ),
    );
    expect(s.actor.getSnapshot().context.decision).toMatchObject({
      level: 'EXCELLENT',
      override: { reason: 'Thành tích đột xuất' },
    });
    s.send(ev('DECIDE_LEVEL', 'authority', { level: 'COMPLETED' }, nov(15)));
    expect(s.actor.getSnapshot().context.decision).toMatchObject({
      level: 'COMPLETED',
      belowComputed: true,
    });
    expect(s.actor.getSnapshot().context.decisions).toHaveLength(2);
  });

  it('RETURN_TO_APPRAISAL goes back to appraisal and clears the proposal, audited as a reopening', () => {
    const s = atDecision();
    s.send(ev('RETURN_TO_APPRAISAL', 'authority', { reason: 'Thiếu biên bản' }, nov(13)));
    const ctx = s.actor.getSnapshot().context;
    expect(ctx.stage).toBe('appraisal');
    expect(ctx.proposal).toBeNull();
    expect(ctx.reopenings).toMatchObject([
      { kind: 'returnedToAppraisal', from: 'decision', reason: 'Thiếu biên bản' },
    ]);
  });

  it('PUBLISH needs a decision (NOT_ALLOWED_IN_STATE before one)', () => {
    const s = atDecision();
    s.send(ev('PUBLISH', 'authority', {}, nov(13)));
    expect(rejectionCodes(s.emitted)).toEqual(['NOT_ALLOWED_IN_STATE']);
    s.send(
      ev('DECIDE_LEVEL', 'authority', { level: 'GOOD' }, nov(14)),
      ev('PUBLISH', 'authority', {}, nov(15)),
    );
    expect(stage(s)).toBe('published');
  });

  it('a complaint upheld reopens the decision; a rejected one keeps the result; one complaint per publication', () => {
    const s = atDecision();
    s.send(
      ev('DECIDE_LEVEL', 'authority', { level: 'GOOD' }, nov(14)),
      ev('PUBLISH', 'authority', {}, nov(15)),
    );
    s.send(
      ev('FILE_COMPLAINT', 'subject', { reason: 'Chưa đánh giá đúng kết quả nhiệm vụ' }, nov(16)),
    );
    expect(stage(s)).toBe('complaint');
    expect(s.actor.getSnapshot().hasTag('waiting-authority')).toBe(true);
    s.send(
      ev(
        'RESOLVE_COMPLAINT',
        'authority',
        { outcome: 'rejected', reason: 'Đúng quy định' },
        nov(17),
      ),
    );
    expect(stage(s)).toBe('published');
    s.send(ev('FILE_COMPLAINT', 'subject', { reason: 'Lần nữa' }, nov(18)));
    expect(rejectionCodes(s.emitted)).toEqual(['NOT_ALLOWED_IN_STATE']);
    s.send(ev('RERATE', 'authority', { reason: 'Xếp loại lại theo Mẫu 03' }, nov(19)));
    s.send(
      ev('DECIDE_LEVEL', 'authority', { level: 'EXCELLENT' }, nov(20)),
      ev('PUBLISH', 'authority', {}, nov(21)),
    );
    s.send(ev('FILE_COMPLAINT', 'subject', { reason: 'Khiếu nại mới' }, nov(22)));
    s.send(
      ev('RESOLVE_COMPLAINT', 'authority', { outcome: 'upheld', reason: 'Xem xét lại' }, nov(23)),
    );
    const ctx = s.actor.getSnapshot().context;
    expect(ctx.stage).toBe('decision');
    expect(ctx.decision).toBeNull();
    expect(ctx.reopenings.map((r) => r.kind)).toEqual(['rerated', 'complaintUpheld']);
  });

  it('RERATE reopens a closed review into decision (authority, or the level above with the role)', () => {
    const s = started();
    s.send(...happyPath());
    expect(stage(s)).toBe('closed');
    s.send(
      ev(
        'RERATE',
        { id: 'tinh-uy', roles: ['authority'] },
        { reason: 'Phát hiện vi phạm sau khi xếp loại' },
        nov(26),
      ),
    );
    const ctx = s.actor.getSnapshot().context;
    expect(ctx.stage).toBe('decision');
    expect(ctx.closed).toBeNull();
    expect(ctx.reopenings[0]).toMatchObject({
      kind: 'rerated',
      from: 'closed',
      by: { id: 'tinh-uy' },
    });
  });
});

function happyAssessment() {
  return {
    id: 'nguyen-van-a',
    kind: 'individual',
    role: 'member',
    year: 2025,
    points: { general: 28, tasks: 67 },
    tasks: { total: 10, completed: 10, onTime: 10, exceeded: 5 },
  };
}

describe('review machine: TICK and the clock', () => {
  it('only the scheduler (or the organizer) sends TICK; it is accepted in every step (even an ended one); the clock only moves forward', () => {
    const s = started();
    s.send(ev('TICK', PEOPLE.observer, { now: nov(4) }, nov(4)));
    s.send(ev('TICK', 'scheduler', { now: nov(4) }, nov(4)));
    s.send(ev('TICK', 'organizer', { now: nov(4, 10) }, nov(4, 10)));
    s.send(ev('TICK', 'scheduler', { now: nov(4) }, nov(4)));
    expect(s.actor.getSnapshot().context.now).toBe(nov(4, 10));
    expect(rejectionCodes(s.emitted)).toEqual(['FORBIDDEN', 'OUT_OF_ORDER']);
    s.send(...happyPath());
    s.send(ev('TICK', 'scheduler', { now: nov(28) }, nov(28)));
    expect(rejectionCodes(s.emitted)).toEqual(['FORBIDDEN', 'OUT_OF_ORDER']);
    expect(s.actor.getSnapshot().context.now).toBe(nov(28));
    expect(s.actor.auditLog().filter((e) => e.outcome === 'accepted')).toHaveLength(9);
  });
});
