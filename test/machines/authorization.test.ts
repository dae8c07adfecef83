import { describe, expect, it } from 'vitest';
import { SENDER_ROLES } from '../../machines/index.js';
import { orderHeld } from '../../machines/review/order-hold.js';
import { text } from '../../src/core/text.js';
import {
  ev,
  happyPath,
  nov,
  PEOPLE,
  rejectionCodes,
  reviewInput,
  started,
  withoutAudit,
} from './helpers.js';

/** Sends one event and checks it is refused with `code`, changing nothing but the audit chain. */
function refuses(s: ReturnType<typeof started>, event: unknown, code: string) {
  const before = withoutAudit(s.actor);
  const entries = s.actor.auditLog().length;
  s.emitted.length = 0;
  s.actor.send(event as never);
  expect(rejectionCodes(s.emitted)).toEqual([code]);
  expect(withoutAudit(s.actor)).toEqual(before);
  const audit = s.actor.auditLog();
  expect(audit).toHaveLength(entries + 1);
  expect(s.actor.getSnapshot().context.audit).toEqual({
    seq: entries + 1,
    head: audit.at(-1)?.digest,
  });
  expect(audit.at(-1)).toMatchObject({ outcome: 'rejected', code });
  return s.emitted.find((e) => e.type === 'rejected');
}

function atDecision() {
  const s = started();
  s.send(...happyPath().slice(0, 3));
  return s;
}

describe('rejection codes (PROCESS.md §2), each leaving value and context unchanged', () => {
  it('INVALID_PAYLOAD: the zod schema fails, with located bilingual issues', () => {
    const s = started();
    const r = refuses(
      s,
      {
        type: 'SUBMIT_SELF_REVIEW',
        by: PEOPLE.subject,
        at: '2025-11-05 09:00',
        proposedLevel: 'BEST',
      },
      'INVALID_PAYLOAD',
    );
    const issues = r && 'issues' in r ? (r.issues ?? []) : [];
    expect(issues.map((i) => i.path)).toEqual([['at'], ['proposedLevel']]);
    expect(issues[0]?.message.vi).toMatch(/múi giờ/);
  });

  it('INVALID_PAYLOAD: an unknown event type, a missing sender, an unknown field', () => {
    const s = started();
    refuses(s, { type: 'APPROVE', by: PEOPLE.subject, at: nov(5) }, 'INVALID_PAYLOAD');
    refuses(
      s,
      { type: 'SUBMIT_SELF_REVIEW', at: nov(5), proposedLevel: 'GOOD' },
      'INVALID_PAYLOAD',
    );
    refuses(
      s,
      { ...ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }), score: 99 },
      'INVALID_PAYLOAD',
    );
  });

  it('INVALID_PAYLOAD: PROPOSE_LEVEL with an assessment classify() refuses, issues under `assessment`', () => {
    const s = started();
    s.send(...happyPath().slice(0, 2));
    const bad = {
      id: 'nguyen-van-a',
      kind: 'individual',
      role: 'member',
      year: 2025,
      points: { general: 28, tasks: 67 },
      tasks: { total: 10, completed: 12, onTime: 10, exceeded: 5 },
    };
    const r = refuses(
      s,
      ev('PROPOSE_LEVEL', 'appraiser', { assessment: bad }, nov(12)),
      'INVALID_PAYLOAD',
    );
    const paths = r && 'issues' in r ? (r.issues ?? []).map((i) => i.path.join('.')) : [];
    expect(paths.some((p) => p.startsWith('assessment.tasks'))).toBe(true);
  });

  it("INVALID_PAYLOAD: PROPOSE_LEVEL with another subject's dossier", () => {
    const s = started();
    s.send(...happyPath().slice(0, 2));
    const other = {
      id: 'le-van-c',
      kind: 'individual',
      role: 'member',
      year: 2025,
      points: { general: 28, tasks: 67 },
      tasks: { total: 10, completed: 10, onTime: 10, exceeded: 5 },
    };
    refuses(s, ev('PROPOSE_LEVEL', 'appraiser', { assessment: other }, nov(12)), 'INVALID_PAYLOAD');
  });

  it('INVALID_PAYLOAD: an explanation covering unknown points; a duplicate suggestion id; the wrong form', () => {
    const s = started();
    s.send(ev('ISSUE_SUGGESTIONS', 'superior', { points: [{ id: 'g1' }] }, nov(4)));
    refuses(s, ev('SUBMIT_EXPLANATION', 'subject', { covers: ['g1', 'g7'] }), 'INVALID_PAYLOAD');
    refuses(s, ev('ISSUE_SUGGESTIONS', 'superior', { points: [{ id: 'g1' }] }), 'INVALID_PAYLOAD');
    refuses(s, ev('ISSUE_SUGGESTIONS', 'superior', { points: [] }), 'INVALID_PAYLOAD');
    refuses(
      s,
      ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD', form: '2A' }),
      'INVALID_PAYLOAD',
    );
  });

  it('FORBIDDEN: a sender without the role the event needs', () => {
    const s = started();
    refuses(s, ev('SUBMIT_SELF_REVIEW', 'unitHead', { proposedLevel: 'GOOD' }), 'FORBIDDEN');
    refuses(s, ev('ISSUE_SUGGESTIONS', 'observer', { points: [] }), 'FORBIDDEN');
  });

  it('FORBIDDEN: the subject never decides its own level, even holding the authority role', () => {
    const s = atDecision();
    refuses(
      s,
      ev('DECIDE_LEVEL', { id: 'nguyen-van-a', roles: ['authority'] }, { level: 'EXCELLENT' }),
      'FORBIDDEN',
    );
    refuses(
      s,
      ev(
        'DECIDE_LEVEL',
        { id: 'someone', roles: ['authority', 'subject'] },
        { level: 'EXCELLENT' },
      ),
      'FORBIDDEN',
    );
    refuses(s, ev('DECIDE_LEVEL', 'subject', { level: 'EXCELLENT' }), 'FORBIDDEN');
  });

  it('FORBIDDEN: the appraiser never decides, nor does whoever proposed', () => {
    const s = atDecision();
    refuses(s, ev('DECIDE_LEVEL', 'appraiser', { level: 'EXCELLENT' }), 'FORBIDDEN');
    refuses(
      s,
      ev('DECIDE_LEVEL', { id: 'x', roles: ['authority', 'appraiser'] }, { level: 'EXCELLENT' }),
      'FORBIDDEN',
    );
    refuses(
      s,
      ev('DECIDE_LEVEL', { id: PEOPLE.appraiser.id, roles: ['authority'] }, { level: 'EXCELLENT' }),
      'FORBIDDEN',
    );
  });

  it('FORBIDDEN: only the authority re-rates; the unit head of another unit cannot record the meeting', () => {
    const s = started();
    s.send(...happyPath());
    refuses(s, ev('RERATE', 'organizer', { reason: 'x' }), 'FORBIDDEN');
    refuses(s, ev('RERATE', 'subject', { reason: 'x' }), 'FORBIDDEN');
    const t = started();
    t.send(happyPath()[0] as never);
    refuses(
      t,
      ev(
        'RECORD_MEETING',
        { id: 'h', roles: ['unitHead'], unitId: 'so-khac' },
        { heldOn: '2025-11-10' },
      ),
      'FORBIDDEN',
    );
  });

  it('NOT_ALLOWED_IN_STATE: an event the step does not handle (checked after payload and sender)', () => {
    const s = started();
    refuses(s, ev('RECORD_MEETING', 'unitHead', { heldOn: '2025-11-10' }), 'NOT_ALLOWED_IN_STATE');
    refuses(s, ev('DECIDE_LEVEL', 'authority', { level: 'GOOD' }), 'NOT_ALLOWED_IN_STATE');
    refuses(s, ev('SUBMIT_EXPLANATION', 'subject', { covers: [] }), 'NOT_ALLOWED_IN_STATE');
    refuses(s, ev('CLOSE', 'subject', {}), 'FORBIDDEN');
  });

  it('NOT_ALLOWED_IN_STATE: nothing but TICK after the review ended', () => {
    const s = started(
      reviewInput({
        subject: {
          id: 'x',
          kind: 'individual',
          role: 'member',
          unitId: 'u',
          excluded: { reason: { vi: 'Miễn sinh hoạt', en: 'Exempt' } },
        },
      }),
    );
    refuses(
      s,
      ev('SUBMIT_SELF_REVIEW', { id: 'x', roles: ['subject'] }, { proposedLevel: 'GOOD' }),
      'NOT_ALLOWED_IN_STATE',
    );
  });

  it('DEADLINE_PASSED: a late submission under a block deadline, until the organizer extends it', () => {
    const s = started(
      reviewInput({
        deadlines: [
          {
            id: 'tu-kiem-diem',
            due: '2025-11-07T00:00:00+07:00',
            guards: 'selfReview',
            policy: 'block',
          },
        ],
      }),
    );
    refuses(
      s,
      ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }, nov(7, 8)),
      'DEADLINE_PASSED',
    );
    refuses(
      s,
      ev('GRANT_EXTENSION', 'authority', { deadlineId: 'tu-kiem-diem', due: nov(12), reason: 'x' }),
      'FORBIDDEN',
    );
    refuses(
      s,
      ev('GRANT_EXTENSION', 'organizer', { deadlineId: 'khong-co', due: nov(12), reason: 'x' }),
      'INVALID_PAYLOAD',
    );
    refuses(
      s,
      ev('GRANT_EXTENSION', 'organizer', { deadlineId: 'tu-kiem-diem', due: nov(6), reason: 'x' }),
      'INVALID_PAYLOAD',
    );
    s.send(
      ev(
        'GRANT_EXTENSION',
        'organizer',
        {
          deadlineId: 'tu-kiem-diem',
          due: '2025-11-12T00:00:00+07:00',
          reason: 'Đơn vị có công tác đột xuất',
        },
        nov(7, 9),
      ),
    );
    s.send(ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }, nov(10)));
    const ctx = s.actor.getSnapshot().context;
    expect(ctx.stage).toBe('meeting');
    expect(ctx.deadlines[0]).toMatchObject({
      due: '2025-11-12T00:00:00+07:00',
      originalDue: '2025-11-07T00:00:00+07:00',
      extensions: [{ reason: 'Đơn vị có công tác đột xuất', by: { id: PEOPLE.organizer.id } }],
    });
    expect(
      s.actor.auditLog().find((e) => e.type === 'GRANT_EXTENSION' && e.outcome === 'accepted'),
    ).toBeDefined();
  });

  it('ORDER: X-ORDER is held by the cycle (orderHeld); no event clears it (no orderCleared)', () => {
    const s = atDecision();
    // the self-clearing flag is gone: an event naming it is refused as an unknown field
    const r = refuses(
      s,
      ev('DECIDE_LEVEL', 'authority', { level: 'EXCELLENT', orderCleared: true } as never, nov(14)),
      'INVALID_PAYLOAD',
    );
    expect(r?.type === 'rejected' && r.issues?.map((i) => i.path)).toEqual([['orderCleared']]);
    const held = orderHeld(
      ev('DECIDE_LEVEL', 'authority', { level: 'EXCELLENT' }, nov(14)),
      text('chờ tập thể', 'wait for the collective'),
    );
    const o = refuses(s, held, 'ORDER');
    expect(o?.type === 'rejected' && o.message.en).toBe('wait for the collective');
    s.send(ev('DECIDE_LEVEL', 'authority', { level: 'EXCELLENT' }, nov(14)));
    expect(s.actor.getSnapshot().context.decision?.level).toBe('EXCELLENT');
    // a host can no longer ask the review to wait on its own
    expect(() =>
      started(
        reviewInput({
          cycle: { year: 2025, openedAt: '2025-11-03T08:00:00+07:00', awaitOrder: true as never },
        }),
      ),
    ).toThrow(/awaitOrder/);
  });

  it("ORDER: a collective's draft report must reach the participants 3 working days before the meeting", () => {
    const input = reviewInput({
      subject: {
        id: 'so-tai-chinh/ld',
        kind: 'collective',
        role: 'leadership',
        unitId: 'so-tai-chinh',
      },
    });
    const s = started(input);
    s.send(ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }, nov(5)));
    refuses(s, ev('RECORD_MEETING', 'unitHead', { heldOn: '2025-11-07' }), 'ORDER');
    s.send(ev('RECORD_MEETING', 'unitHead', { heldOn: '2025-11-10' }));
    expect(s.actor.getSnapshot().context.stage).toBe('appraisal');
  });

  it('the checks run in order: payload before sender before step', () => {
    const s = started();
    refuses(
      s,
      { type: 'DECIDE_LEVEL', by: PEOPLE.subject, at: 'soon', level: 'GOOD' },
      'INVALID_PAYLOAD',
    );
    refuses(s, ev('DECIDE_LEVEL', 'subject', { level: 'GOOD' }), 'FORBIDDEN');
    refuses(s, ev('DECIDE_LEVEL', 'authority', { level: 'GOOD' }), 'NOT_ALLOWED_IN_STATE');
  });

  it('every event type names the roles that may send it', () => {
    expect(Object.keys(SENDER_ROLES)).toHaveLength(15);
    expect(SENDER_ROLES.DECIDE_LEVEL).toEqual(['authority']);
    expect(SENDER_ROLES.RERATE).toEqual(['authority']);
  });
});
