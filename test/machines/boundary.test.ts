import { describe, expect, it } from 'vitest';
import { PAYLOAD_LIMITS, persist, replay, reviewMachine } from '../../machines/index.js';
import {
  ev,
  happyPath,
  nov,
  refusedInput,
  rejectionCodes,
  reviewInput,
  started,
} from './helpers.js';

// Issue 8, finding 1, reproduced as the issue describes it (with the public API): nothing a host
// sends kills the actor.

function nested(depth: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i += 1) v = [v];
  return v;
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
      // Found by the fuzz test: an object type whose own `toString` is not a function made the
      // refusal message's String(type) throw, and the actor went to `error`.
      { type: { toString: 1 } },
      { type: 'PROPOSE_LEVEL', assessment: { id: { toString: 1 }, kind: [], year: {} } },
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
        .slice(0, 7),
    ).toEqual([
      '(undefined)',
      '(number)',
      '(null)',
      '(object)',
      'PROPOSE_LEVEL',
      '(null)',
      '(string)',
    ]);
  });

  it('a host-sent xstate.stop (or any xstate.*) is refused and audited; the actor keeps running', () => {
    const s = started();
    // '*': XState throws "An event cannot have the wildcard type" (found by the fuzz)
    expect(s.actor.dispatch({ type: '*' })).toMatchObject({
      ok: false,
      rejection: { code: 'INVALID_PAYLOAD' },
    });
    for (const type of ['xstate.stop', 'xstate.error.actor.x', 'xstate.done.state.review.review'])
      expect(s.actor.dispatch({ type })).toMatchObject({
        ok: false,
        rejection: { code: 'INVALID_PAYLOAD' },
      });
    s.actor.send({ type: 'xstate.stop' });
    expect(s.actor.getSnapshot().status).toBe('active');
    expect(s.actor.auditLog().map((e) => e.type)).toEqual([
      '*',
      'xstate.stop',
      'xstate.error.actor.x',
      'xstate.done.state.review.review',
      'xstate.stop',
    ]);
    expect(rejectionCodes(s.emitted)).toEqual(Array(5).fill('INVALID_PAYLOAD'));
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

  it('a "__proto__" key is a key like any other: refused, logged and replayed as sent', () => {
    const s = started();
    const event = { ...happyPath()[0], ...JSON.parse('{"__proto__":{"polluted":true}}') };
    expect(s.actor.dispatch(event)).toMatchObject({
      ok: false,
      rejection: { code: 'INVALID_PAYLOAD' },
    });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    const logged = s.actor.auditHead();
    expect(Object.keys(logged?.payload as object)).toContain('__proto__');
    // nothing at all (undefined) is audited as JSON's null, and replays as such
    s.actor.send(undefined);
    expect(s.actor.auditHead()).toMatchObject({ type: '(null)', payload: null });
    expect(replay(reviewInput(), s.actor.auditLog())).toEqual(persist(s.actor).snapshot);
  });

  it('an event dispatched from inside a listener is queued, then audited once', () => {
    const s = started();
    let inner: unknown;
    s.actor.on('audit', (e) => {
      if (e.entry.seq === 1) inner = s.actor.dispatch(happyPath()[0]);
    });
    s.actor.dispatch({ type: 'NOPE' });
    expect(inner).toMatchObject({ ok: false, seq: null });
    expect(s.actor.auditLog().map((e) => [e.type, e.outcome])).toEqual([
      ['NOPE', 'rejected'],
      ['SUBMIT_SELF_REVIEW', 'accepted'],
    ]);
  });
});
