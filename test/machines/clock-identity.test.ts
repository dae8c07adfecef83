import { describe, expect, it } from 'vitest';
import { createReviewActor } from '../../machines/index.js';
import { ev, happyPath, nov, PEOPLE, refusedInput, reviewInput, started } from './helpers.js';

// Issue 8, findings 2 and 3, reproduced as the issue describes them (with the public API): the
// review's clock, and identity after normalisation.

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
