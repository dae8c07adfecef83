import { describe, expect, it, vi } from 'vitest';
import { createTestModel, getShortestPaths, TestModel } from 'xstate/graph';
import {
  createReviewActor,
  REVIEW_STAGES,
  type ReviewEventInput,
  type ReviewSnapshot,
  reviewMachine,
} from '../../machines/index.js';
import type { Classification } from '../../src/index.js';
import { assessment, ev, reviewInput } from './helpers.js';

// No shipped rule set computes `not-rated` yet (N90-NOT-RATED comes with nd90-2020), so this file
// lets an assessment named "not-rated" classify as such to reach the `notRated` state.
vi.mock('../../src/rules/classify.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/rules/classify.js')>();
  return {
    ...real,
    classify: (a: unknown, o?: Parameters<typeof real.classify>[1]): Classification =>
      (a as { name?: string }).name === 'not-rated'
        ? {
            id: 'nguyen-van-a',
            ruleSet: 'qd366-2025',
            status: 'not-rated',
            level: null,
            needsJudgment: false,
            reasons: [
              {
                rule: 'N90-NOT-RATED',
                effect: 'not-rated',
                citation: 'test',
                message: { vi: 'Nghỉ quá thời gian', en: 'Absent too long' },
              },
            ],
          }
        : real.classify(a, o),
  };
});

const EVENTS: ReviewEventInput[] = [
  ev('ISSUE_SUGGESTIONS', 'superior', { points: [] }),
  ev('ISSUE_SUGGESTIONS', 'superior', { points: [{ id: 'g1' }] }),
  ev('SUBMIT_EXPLANATION', 'subject', { covers: ['g1'] }),
  ev('SUBMIT_EXPLANATION', 'subject', { covers: [] }),
  ev('RETURN_EXPLANATION', 'superior', { reason: 'Bổ sung' }),
  ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }),
  ev('RECORD_MEETING', 'unitHead', { heldOn: '2025-11-10' }),
  ev('PROPOSE_LEVEL', 'appraiser', { assessment: assessment() }),
  ev('PROPOSE_LEVEL', 'appraiser', { assessment: assessment({ party: { suspended: true } }) }),
  ev('PROPOSE_LEVEL', 'appraiser', { assessment: assessment({ name: 'not-rated' }) }),
  ev('DECIDE_LEVEL', 'authority', { level: 'EXCELLENT' }),
  ev('RETURN_TO_APPRAISAL', 'authority', { reason: 'Thiếu hồ sơ' }),
  ev('PUBLISH', 'authority', {}),
  ev('FILE_COMPLAINT', 'subject', { reason: 'Đề nghị xem xét' }),
  ev('RESOLVE_COMPLAINT', 'authority', { outcome: 'upheld', reason: 'Có cơ sở' }),
  ev('RESOLVE_COMPLAINT', 'authority', { outcome: 'rejected', reason: 'Không có cơ sở' }),
  ev('RERATE', 'authority', { reason: 'Xếp loại lại' }),
  ev('CLOSE', 'organizer', {}),
  ev('DECIDE_LEVEL', 'subject', { level: 'EXCELLENT' }),
];

/** A state is its value plus the parts of the context that decide what comes next. */
function serializeState(s: ReviewSnapshot): string {
  const c = s.context;
  return JSON.stringify({
    v: s.value,
    g: c.suggestions.map((p) => p.id),
    x: c.explanation && [c.explanation.status, c.explanation.covers],
    r: c.selfReview !== null,
    p: c.proposal?.level,
    d: c.decision?.level,
    k: c.complaint?.resolution?.outcome ?? (c.complaint ? 'open' : null),
  });
}

const options = { input: reviewInput(), events: EVENTS, serializeState } as const;

describe('paths from xstate/graph', () => {
  const paths = getShortestPaths(reviewMachine, options);

  it('a computed not-rated ends the review in notRated with the engine’s reason', () => {
    const actor = createReviewActor(reviewInput()).start();
    for (const e of [EVENTS[5], EVENTS[6], EVENTS[9]]) actor.send(e as ReviewEventInput);
    const snap = actor.getSnapshot();
    expect(snap.value).toEqual({ review: 'notRated', deadline: 'onTime' });
    expect(snap.context.outcome).toMatchObject({ status: 'not-rated', rule: 'N90-NOT-RATED' });
    expect(snap.hasTag('ended')).toBe(true);
  });

  it('reach every step of the review', () => {
    const reached = new Set(paths.map((p) => p.state.context.stage));
    expect([...reached].sort()).toEqual([...REVIEW_STAGES].sort());
  });

  /** Runs a path's events on a real actor. */
  function run(events: readonly ReviewEventInput[]) {
    const actor = createReviewActor(reviewInput()).start();
    for (const e of events) actor.send(e);
    return Object.assign(actor.getSnapshot(), { log: actor.auditLog() });
  }

  it('each path, run on a real actor, ends in the same state', () => {
    for (const p of paths) expect(run(p.steps.map((s) => s.event)).value).toEqual(p.state.value);
  });

  it('cover every transition of the definition that changes step (a test per transition)', () => {
    // From every state a shortest path reaches, every event: the machine's whole adjacency.
    const covered = new Set<string>();
    for (const p of paths) {
      for (const e of EVENTS) {
        const last = run([...p.steps.map((s) => s.event), e]).log.at(-1);
        if (last?.outcome === 'accepted' && last.from !== last.to)
          covered.add(`${last.from} ${last.type} ${last.to}`);
      }
    }
    const defined = new Set<string>();
    for (const [from, node] of Object.entries(
      reviewMachine.getStateNodeById('review.review').states,
    )) {
      for (const [type, ts] of node.transitions)
        for (const t of ts)
          for (const to of t.target ?? []) defined.add(`${from} ${type} ${to.key}`);
    }
    expect([...defined].filter((d) => !covered.has(d))).toEqual([]);
  });

  it('createTestModel accepts the machine (no `after` timers); a TestModel over the events runs its paths', async () => {
    // createTestModel derives its events from the descriptors, and the wildcard `'*'` of the review
    // region cannot be sent: the TestModel is built with the explicit event list instead.
    expect(() => createTestModel(reviewMachine, options)).not.toThrow();
    const model = new TestModel(reviewMachine as never, { ...options, events: EVENTS } as never);
    const modelPaths = model.getShortestPaths();
    expect(modelPaths.length).toBeGreaterThan(0);
    for (const path of modelPaths) {
      const actor = createReviewActor(reviewInput()).start();
      const send = ({ event }: { event: ReviewEventInput }) => void actor.send(event);
      await path.test({
        events: Object.fromEntries(EVENTS.map((e) => [e.type, send])),
        states: { '*': (s: ReviewSnapshot) => expect(actor.getSnapshot().value).toEqual(s.value) },
      } as never);
      expect(actor.getSnapshot().value).toEqual((path.state as ReviewSnapshot).value);
    }
  });
});
