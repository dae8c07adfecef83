import { describe, expect, it } from 'vitest';
import {
  createReviewActor,
  PAYLOAD_LIMITS,
  type ReviewInputInput,
  reviewMachine,
} from '../../machines/index.js';
import {
  ev,
  happyPath,
  inputError,
  nov,
  PEOPLE,
  rejectionCodes,
  reviewInput,
  started,
} from './helpers.js';

// Issue 8, findings 1–3, each reproduced as the issue describes it (with the public API).

function nested(depth: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i += 1) v = [v];
  return v;
}

function refusedInput(input: ReviewInputInput) {
  return inputError(() => createReviewActor(input));
}

describe('finding 1: nothing a host sends kills the actor', () => {
  it('a 5,000-deep array in any field is refused INVALID_PAYLOAD and audited; the actor lives', () => {
    const s = started();
    const deep = nested(5000);
    for (const field of ['proposedLevel', 'by', 'at', 'extra']) {
      const r = s.actor.dispatch({
        ...ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }, nov(5)),
        [field]: deep,
      });
      expect(r).toMatchObject({
        ok: false,
        rejection: { code: 'INVALID_PAYLOAD', issues: [{ code: 'payload_too_deep' }] },
      });
    }
    expect(s.actor.getSnapshot().status).toBe('active');
    expect(s.actor.auditLog()).toHaveLength(4);
    // and the review goes on
    expect(s.actor.dispatch(happyPath()[0])).toEqual({ ok: true, seq: 5 });
  });

  it('the bounds are exported constants; a long string or a large payload is refused', () => {
    expect(PAYLOAD_LIMITS).toEqual({
      maxDepth: 32,
      maxJsonBytes: 262_144,
      maxStringLength: 10_000,
    });
    const s = started();
    const base = ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }, nov(5));
    const long = s.actor.dispatch({ ...base, form: 'x'.repeat(10_001) });
    expect(long).toMatchObject({ ok: false, rejection: { issues: [{ code: 'string_too_long' }] } });
    const big = s.actor.dispatch({
      ...base,
      selfAssessment: Object.fromEntries(
        Array.from({ length: 40 }, (_, i) => [`k${i}`, 'x'.repeat(9000)]),
      ),
    });
    expect(big).toMatchObject({
      ok: false,
      rejection: { issues: [{ code: 'payload_too_large' }] },
    });
    // within the bounds: depth 32 is read (and refused by the schema, not by the bounds)
    const ok = s.actor.dispatch({ ...base, selfAssessment: { a: nested(29) } });
    expect(ok).toMatchObject({ ok: false, rejection: { code: 'INVALID_PAYLOAD' } });
    expect(ok.ok ? [] : ok.rejection.issues?.map((i) => i.code)).not.toContain('payload_too_deep');
  });

  it('{}, { type: 5 }, { type: null }, null, a string, a Proxy that throws: refused and audited', () => {
    const s = started();
    const hostile: unknown[] = [
      {},
      { type: 5 },
      { type: null },
      null,
      'TICK',
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error('boom');
          },
          get: () => {
            throw new Error('boom');
          },
        },
      ),
      {
        type: 'TICK',
        toJSON: () => {
          throw new Error('boom');
        },
      },
      { type: 'TICK', by: 10n },
    ];
    for (const e of hostile) {
      expect(s.actor.dispatch(e)).toMatchObject({
        ok: false,
        rejection: { code: 'INVALID_PAYLOAD' },
      });
      s.actor.send(e);
    }
    expect(s.actor.getSnapshot().status).toBe('active');
    expect(s.actor.auditLog()).toHaveLength(hostile.length * 2);
    expect(
      s.actor
        .auditLog()
        .filter((_, i) => i % 2 === 0) // each was sent twice: dispatch, then send
        .map((e) => e.type)
        .slice(0, 5),
    ).toEqual(['(undefined)', '(number)', '(null)', '(null)', '(string)']);
  });

  it('a host-sent xstate.stop (or any xstate.*) is refused and audited; the actor keeps running', () => {
    const s = started();
    for (const type of ['xstate.stop', 'xstate.error.actor.x', 'xstate.done.state.review.review'])
      expect(s.actor.dispatch({ type })).toMatchObject({
        ok: false,
        rejection: { code: 'INVALID_PAYLOAD' },
      });
    s.actor.send({ type: 'xstate.stop' });
    expect(s.actor.getSnapshot().status).toBe('active');
    expect(s.actor.auditLog().map((e) => e.type)).toEqual([
      'xstate.stop',
      'xstate.error.actor.x',
      'xstate.done.state.review.review',
      'xstate.stop',
    ]);
    expect(rejectionCodes(s.emitted)).toEqual(Array(4).fill('INVALID_PAYLOAD'));
  });

  it('dates outside the calendar are invalid input with located bilingual issues, never a throw', () => {
    for (const due of [
      '1949-12-31T00:00:00+07:00',
      '2200-01-01T00:00:00+07:00',
      '0001-01-01T00:00:00Z',
    ]) {
      const e = refusedInput(reviewInput({ deadlines: [{ id: 'd', due, guards: 'decision' }] }));
      expect(e.issues[0]).toMatchObject({
        path: ['deadlines', 0, 'due'],
        code: 'instant_out_of_range',
      });
      expect(e.issues[0]?.message.vi).toMatch(/ngoài khoảng năm/);
    }
    const opened = refusedInput(
      reviewInput({
        cycle: { year: 2025, openedAt: '2300-01-01T00:00:00Z', reviewDate: '1900-01-01' },
      }),
    );
    expect(opened.issues.map((i) => i.path.join('.')).sort()).toEqual(
      ['cycle.reviewDate', 'cycle.openedAt'].sort(),
    );
    const s = started();
    const r = s.actor.dispatch(
      ev('TICK', 'scheduler', { now: '2199-12-31T23:00:00+07:00' }, '2199-12-31T23:00:00+07:00'),
    );
    expect(r.ok).toBe(true);
    const late = s.actor.dispatch(
      ev('TICK', 'scheduler', { now: '2200-01-01T00:00:00+07:00' }, '2200-01-01T00:00:00+07:00'),
    );
    expect(late).toMatchObject({
      ok: false,
      rejection: { code: 'INVALID_PAYLOAD', issues: [{ path: ['at'] }, { path: ['now'] }] },
    });
    const meeting = s.actor.dispatch(
      ev('RECORD_MEETING', 'unitHead', { heldOn: '0999-01-01' }, '2199-12-31T23:00:00+07:00'),
    );
    expect(meeting).toMatchObject({
      ok: false,
      rejection: { issues: [{ path: ['heldOn'], code: 'date_out_of_range' }] },
    });
  });

  it('a bare XState actor (createActor) is not the boundary; createReviewActor’s is', () => {
    expect(reviewMachine.id).toBe('review');
    const s = started();
    expect(() => s.actor.send({} as never)).not.toThrow();
    expect(s.actor.getSnapshot().status).toBe('active');
  });
});

describe('finding 2: the clock only moves forward, only the scheduler moves it', () => {
  it('a subject cannot TICK the review to 2199; a TICK whose at is not its now is invalid', () => {
    const s = started();
    const far = '2199-01-01T00:00:00+07:00';
    expect(s.actor.dispatch(ev('TICK', 'subject', { now: far }, far))).toMatchObject({
      ok: false,
      rejection: { code: 'FORBIDDEN' },
    });
    expect(s.actor.dispatch(ev('TICK', 'scheduler', { now: far }, nov(4)))).toMatchObject({
      ok: false,
      rejection: { code: 'INVALID_PAYLOAD', issues: [{ path: ['at'], code: 'tick_at_not_now' }] },
    });
    expect(s.actor.getSnapshot().context.now).toBe('2025-11-03T08:00:00+07:00');
  });

  it('after the clock passed a block deadline, the same submission dated the day before is OUT_OF_ORDER', () => {
    const s = started(
      reviewInput({
        deadlines: [{ id: 'tu-kiem-diem', due: nov(8, 0), guards: 'selfReview', policy: 'block' }],
      }),
    );
    s.send(ev('ISSUE_SUGGESTIONS', 'superior', { points: [] }, nov(4)));
    s.send(ev('TICK', 'scheduler', { now: nov(9) }, nov(9)));
    const before = s.actor.getSnapshot().context;
    const r = s.actor.dispatch(
      ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }, nov(7)),
    );
    expect(r).toMatchObject({ ok: false, rejection: { code: 'OUT_OF_ORDER' } });
    expect(s.actor.auditHead()).toMatchObject({ outcome: 'rejected', code: 'OUT_OF_ORDER' });
    const { audit: _a, ...rest } = s.actor.getSnapshot().context;
    const { audit: _b, ...was } = before;
    expect(rest).toEqual(was);
  });

  it('PUBLISH dated before the DECIDE_LEVEL is refused, so the log is in order', () => {
    const s = started();
    s.send(...happyPath().slice(0, 4));
    expect(s.actor.dispatch(ev('PUBLISH', 'authority', {}, nov(13)))).toMatchObject({
      ok: false,
      rejection: { code: 'OUT_OF_ORDER' },
    });
    const accepted = s.actor
      .auditLog()
      .filter((e) => e.outcome === 'accepted')
      .map((e) => Date.parse(e.at ?? ''));
    expect(accepted).toEqual([...accepted].sort((a, b) => a - b));
  });
});

describe('finding 3: identity after normalisation, people bound to roles', () => {
  it('the subject’s id in NFD, holding authority, is still the subject: FORBIDDEN', () => {
    const id = 'nguyễn-văn-a';
    const s = started(
      reviewInput({ subject: { id, kind: 'individual', role: 'member', unitId: 'so-tai-chinh' } }),
    );
    const me = { id: id.normalize('NFD'), roles: ['subject'], unitId: 'so-tai-chinh' };
    s.send(ev('SUBMIT_SELF_REVIEW', me, { proposedLevel: 'GOOD' }, nov(5)));
    s.send(ev('RECORD_MEETING', 'unitHead', { heldOn: '2025-11-10' }, nov(10)));
    s.send(
      ev('PROPOSE_LEVEL', 'appraiser', { assessment: { ...happyPathAssessment(), id } }, nov(12)),
    );
    expect(s.actor.getSnapshot().context.stage).toBe('decision');
    const r = s.actor.dispatch(
      ev(
        'DECIDE_LEVEL',
        { id: id.normalize('NFD'), roles: ['authority'] },
        { level: 'EXCELLENT' },
        nov(14),
      ),
    );
    expect(r).toMatchObject({ ok: false, rejection: { code: 'FORBIDDEN' } });
  });

  it('an id with surrounding whitespace or a control character is invalid; groups are NFC', () => {
    const s = started();
    for (const id of ['nguyen-van-a ', ' nguyen-van-a', 'nguyen\u0000van-a', 'a\nb'])
      expect(
        s.actor.dispatch(
          ev('SUBMIT_SELF_REVIEW', { id, roles: ['subject'] }, { proposedLevel: 'GOOD' }, nov(5)),
        ),
      ).toMatchObject({
        ok: false,
        rejection: { code: 'INVALID_PAYLOAD', issues: [{ path: ['by', 'id'] }] },
      });
    const nfd = 'sở ngành'.normalize('NFD');
    const a = createReviewActor(
      reviewInput({
        subject: { id: 'x', kind: 'individual', role: 'member', unitId: 'u', group: nfd },
      }),
    ).start();
    expect(a.getSnapshot().context.subject.group).toBe('sở ngành'.normalize('NFC'));
  });

  it('with participants, a sender claiming a role it is not named for is FORBIDDEN', () => {
    const s = started(
      reviewInput({
        participants: {
          subject: [PEOPLE.subject.id],
          authority: ['chu-tich'],
          appraiser: [PEOPLE.appraiser.id],
          unitHead: [PEOPLE.unitHead.id],
        },
      }),
    );
    s.send(...happyPath().slice(0, 3));
    expect(s.actor.getSnapshot().context.stage).toBe('decision');
    // PEOPLE.authority claims `authority`, but the review names chu-tich
    expect(
      s.actor.dispatch(ev('DECIDE_LEVEL', 'authority', { level: 'EXCELLENT' }, nov(14))),
    ).toMatchObject({ ok: false, rejection: { code: 'FORBIDDEN' } });
    // a role left out names nobody: no scheduler is named, so nobody may TICK with it
    expect(s.actor.dispatch(ev('TICK', 'scheduler', { now: nov(14) }, nov(14)))).toMatchObject({
      ok: false,
      rejection: { code: 'FORBIDDEN' },
    });
    expect(
      s.actor.dispatch(
        ev(
          'DECIDE_LEVEL',
          { id: 'chu-tich', roles: ['authority'] },
          { level: 'EXCELLENT' },
          nov(14),
        ),
      ),
    ).toEqual({ ok: true, seq: 6 });
  });

  it('one person is never both appraiser and authority of one review', () => {
    const e = refusedInput(reviewInput({ participants: { appraiser: ['x'], authority: ['x'] } }));
    expect(e.issues[0]).toMatchObject({
      path: ['participants', 'appraiser', 0],
      code: 'appraiser_is_authority',
    });
    // without participants: who decided may not appraise after a return to appraisal
    const s = started();
    s.send(...happyPath().slice(0, 4));
    s.send(ev('RETURN_TO_APPRAISAL', 'authority', { reason: 'Bổ sung hồ sơ' }, nov(15)));
    const dual = { id: PEOPLE.authority.id, roles: ['appraiser'] };
    expect(
      s.actor.dispatch(ev('PROPOSE_LEVEL', dual, { assessment: happyPathAssessment() }, nov(16))),
    ).toMatchObject({ ok: false, rejection: { code: 'FORBIDDEN' } });
  });
});

/** The assessment of the happy path's PROPOSE_LEVEL. */
function happyPathAssessment(): Record<string, unknown> {
  const propose = happyPath()[2] as { assessment: Record<string, unknown> };
  return propose.assessment;
}
