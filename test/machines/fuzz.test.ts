import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AuditKey,
  createReviewActor,
  type DispatchResult,
  persist,
  type ReviewActor,
  replay,
  restore,
  reviewMachine,
  verifyChain,
} from '../../machines/index.js';
import { withoutAudit } from './helpers.js';
import { fuzzInput, fuzzRuns, hostileRun, toSent } from './hostile.js';

// Issue 8: random and hostile events — payloads out of bounds or not JSON-shaped, senders
// unbound, in NFD or padded, instants out of order or out of range, TICKs whose at is not their
// now, host-sent xstate.* — through send() and dispatch(). The normal suite runs 10,000 cases
// (9,500 short runs + 500 sequences); `npm run test:fuzz` runs 100,000 (KIEMDIEM_FUZZ_RUNS).
// Short runs continue one review for a while (a fresh one every 40 runs), so that they reach
// every step without paying for a new actor each time; sequences start fresh and are replayed.
const TOTAL = fuzzRuns(10_000);
const LONG = Math.round(TOTAL * 0.05);
const SHORT = TOTAL - LONG;
/** Generous: the time a run takes varies with the machine; this only keeps a hung run from hanging. */
const TIMEOUT = 60_000 + TOTAL * 20;

const KEY: AuditKey = { keyId: 'k2026', key: 'bi-mat-cua-tinh' };

/** Sends one value and checks what every event must satisfy; returns nothing, asserts all. */
function sendChecked(actor: ReviewActor, value: unknown, viaDispatch: boolean, audits: number[]) {
  const before = actor.getSnapshot();
  const emittedBefore = audits[0] ?? 0;
  let result: DispatchResult | undefined;
  const kept = JSON.stringify(withoutAudit(actor));
  if (viaDispatch) result = actor.dispatch(value);
  else actor.send(value);
  const after = actor.getSnapshot();
  // never `error`, never stopped
  expect(after.status).toBe('active');
  // audited exactly once: one entry, one `audit` event, the chain moved by one
  expect(audits[0]).toBe(emittedBefore + 1);
  const entry = actor.auditHead();
  expect(entry?.seq).toBe(before.context.audit.seq + 1);
  expect(entry?.prev).toBe(before.context.audit.head);
  expect(after.context.audit).toEqual({ seq: before.context.audit.seq + 1, head: entry?.digest });
  if (entry?.outcome === 'rejected') {
    // a refused event changes nothing but { seq, head }
    expect(JSON.stringify(withoutAudit(actor))).toBe(kept);
    if (result) expect(result).toMatchObject({ ok: false, rejection: { code: entry.code } });
  } else if (result) {
    expect(result).toEqual({ ok: true, seq: entry?.seq });
  }
}

function startedFuzz(bound: boolean, key?: AuditKey) {
  const actor = createReviewActor(fuzzInput(bound), key ? { auditKey: key } : {});
  const audits = [0];
  actor.on('audit', () => {
    audits[0] = (audits[0] ?? 0) + 1;
  });
  actor.start();
  return { actor, audits };
}

describe('fuzz: hostile events never put a review in error (issue 8)', () => {
  it(
    `short runs (${SHORT}): every event audited once, a refusal changes nothing but the chain`,
    () => {
      let review = startedFuzz(false);
      let runs = 0;
      fc.assert(
        fc.property(hostileRun(2), ({ bound, commands }) => {
          runs += 1;
          if (runs % 40 === 0) {
            review.actor.stop();
            review = startedFuzz(bound);
          }
          for (const [value, viaDispatch] of toSent(
            commands,
            review.actor.getSnapshot().context.now,
          ))
            sendChecked(review.actor, value, viaDispatch, review.audits);
        }),
        { numRuns: SHORT },
      );
    },
    TIMEOUT,
  );

  it(
    `sequences (${LONG}): the chain verifies, replay and restore reproduce the snapshot`,
    () => {
      fc.assert(
        fc.property(hostileRun(10), fc.boolean(), ({ bound, commands }, keyed) => {
          const key = keyed ? KEY : undefined;
          const { actor, audits } = startedFuzz(bound, key);
          for (const [value, viaDispatch] of toSent(commands))
            sendChecked(actor, value, viaDispatch, audits);
          const log = actor.auditLog();
          const env = JSON.parse(JSON.stringify(persist(actor)));
          const keys = key ? { auditKey: key } : {};
          expect(verifyChain(log, { subjectId: 'nguyen-van-a', head: env.head }, keys)).toEqual(
            log,
          );
          expect(replay(fuzzInput(bound), log, keys)).toEqual(env.snapshot);
          const again = restore(reviewMachine, env, { log, verify: 'replay', ...keys });
          expect(again.getSnapshot().context).toEqual(env.snapshot.context);
          actor.stop();
        }),
        { numRuns: LONG },
      );
    },
    TIMEOUT,
  );
});
