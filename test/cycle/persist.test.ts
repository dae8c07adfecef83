import { describe, expect, it } from 'vitest';
import { resumeCycle } from '../../machines/cycle/runner.js';
import {
  type AnyAuditEntry,
  type CycleIndex,
  createCycle,
  memoryReviews,
  PersistenceError,
  restoreCycle,
  sealOf,
  verifyChain,
} from '../../src/index.js';
import {
  accepted,
  decide,
  decideAndClose,
  ITEMS,
  LEVELS,
  nov,
  OPENED,
  ORGANIZER,
  reviewsToDecision,
  runReviews,
  smallCycle,
  who,
} from './helpers.js';

const KEY = { keyId: 'k1', key: 'bí mật của máy chủ' };

function dossiers(run: ReturnType<typeof createCycle>) {
  for (const [unitId, day] of [
    ['so-noi-vu', 20],
    ['phong-ccvc', 22],
    ['so-tai-chinh', 26],
  ] as const)
    run.sendCycle({
      type: 'SUBMIT_DOSSIER',
      unitId,
      items: ITEMS,
      at: nov(day),
      by: who('unitHead', '', unitId),
    });
}

function finish(run: ReturnType<typeof createCycle>) {
  run.sendCycle({ type: 'COMPILE_SUMMARY', at: nov(28), by: ORGANIZER });
  run.sendCycle({
    type: 'FINALIZE',
    at: nov(29),
    by: ORGANIZER,
    overrides: [{ subjectId: 'stc/ld', by: 'p/bcsd', reason: 'Dẫn đầu khối thi đua' }],
  });
  return run.summary();
}

describe('persist the whole cycle mid-way, restore, finish (issue 10)', () => {
  it('gives the same summary as an uninterrupted run, and chains every audit entry', () => {
    const straight = createCycle(smallCycle(), { auditKey: KEY });
    straight.open(OPENED, ORGANIZER);
    runReviews(straight);
    dossiers(straight);
    const expected = finish(straight);
    expect(straight.index().state).toBe('finalized');

    const reviews = memoryReviews();
    const log: AnyAuditEntry[] = [];
    const first = createCycle(smallCycle(), {
      auditKey: KEY,
      reviews,
      onAudit: (e) => log.push(e),
    });
    first.open(OPENED, ORGANIZER);
    // half-way: every review up to its decision, one decided, then the process stops
    reviewsToDecision(first);
    accepted(first, 'ccvc/ld', [decide('ccvc/ld', 'GOOD')]);
    const plan = smallCycle().subjects.filter((s) => !s.excluded);
    const envelope = JSON.parse(JSON.stringify(first.persist()));
    first.stop();
    expect(reviews.size()).toBe(smallCycle().subjects.length);
    expect(JSON.stringify(envelope).length).toBeLessThan(40_000);

    const second = restoreCycle(envelope, {
      definition: smallCycle(),
      auditKey: KEY,
      reviews,
      onAudit: (e) => log.push(e),
    });
    expect(second.index()).toEqual(JSON.parse(JSON.stringify(first.index())));
    accepted(second, 'snv/ld', [decide('snv/ld', 'GOOD')]);
    const mid = JSON.parse(JSON.stringify(second.persist()));
    second.stop();
    const third = restoreCycle(mid, {
      definition: smallCycle(),
      auditKey: KEY,
      reviews,
      onAudit: (e) => log.push(e),
    });
    // the restored cycle still holds X-ORDER: a head waits for its collective (decided) — now free
    decideAndClose(third, ['ccvc/ld', 'snv/ld']);
    dossiers(third);
    expect(finish(third)).toEqual(expected);

    // every review's log (streamed through onAudit) is an unbroken chain ending at its saved head
    for (const s of plan) {
      const own = log.filter((e) => e.subjectId === s.id);
      const saved = reviews.load(s.id);
      expect(own.length).toBeGreaterThan(0);
      expect(
        verifyChain(own, { subjectId: s.id, head: saved?.head ?? null }, { auditKey: KEY }),
      ).toHaveLength(own.length);
    }
    const cycleLog = log.filter((e) => e.subjectId === 'kon-tum-2024-test');
    expect(cycleLog.map((e) => `${e.type}:${e.outcome}`)).toEqual([
      'OPEN_CYCLE:accepted',
      'SUBMIT_DOSSIER:accepted',
      'SUBMIT_DOSSIER:accepted',
      'SUBMIT_DOSSIER:accepted',
      'COMPILE_SUMMARY:accepted',
      'FINALIZE:accepted',
    ]);
    expect(cycleLog.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(
      Object.keys(LEVELS).every((id) => reviews.load(id)?.snapshot.context.stage === 'closed'),
    ).toBe(true);
  });

  it('saves reviews when they end and on persist; with saveReviews "event", after every event', () => {
    const lazy = memoryReviews();
    const run = createCycle(smallCycle(), { reviews: lazy });
    run.open(OPENED, ORGANIZER);
    expect(lazy.ids()).toEqual(['syt/nghi']); // ended at once: excluded
    reviewsToDecision(run);
    expect(lazy.size()).toBe(1);
    run.persist();
    expect(lazy.size()).toBe(8);
    expect(lazy.load('snv/gd')?.snapshot.context.stage).toBe('decision');

    const eager = memoryReviews();
    const each = createCycle(smallCycle(), { reviews: eager, saveReviews: 'event' });
    each.open(OPENED, ORGANIZER);
    expect(eager.size()).toBe(8);
    reviewsToDecision(each);
    expect(eager.load('snv/gd')?.snapshot.context.stage).toBe('decision');
    expect(eager.load('snv/gd')?.head?.seq).toBe(4);
  });

  it('refuses a tampered, foreign or keyless cycle record, loading nothing', () => {
    const run = createCycle(smallCycle(), { auditKey: KEY });
    run.open(OPENED, ORGANIZER);
    const env = JSON.parse(JSON.stringify(run.persist()));
    const code = (e: unknown, o = {}) => {
      try {
        restoreCycle(e, { definition: smallCycle(), ...o });
      } catch (err) {
        return err instanceof PersistenceError ? err.code : String(err);
      }
      return 'restored';
    };
    expect(code(env, { auditKey: KEY })).toBe('restored');
    expect(code(env)).toBe('UNKNOWN_KEY');
    expect(code(env, { auditKey: { keyId: 'k1', key: 'other' } })).toBe('BAD_SEAL');
    const edited = structuredClone(env);
    edited.snapshot.context.subjects[0].level = 'EXCELLENT';
    expect(code(edited, { auditKey: KEY })).toBe('BAD_SEAL');
    expect(code({ ...env, format: 'x' }, { auditKey: KEY })).toBe('INVALID_ENVELOPE');
    expect(code({ ...env, machine: { id: 'cycle', version: 9 } }, { auditKey: KEY })).toBe(
      'NEWER_VERSION',
    );
    expect(code(null)).toBe('INVALID_ENVELOPE');
    // the record names its definition by digest: another definition is refused
    const other = { ...smallCycle(), id: 'khac' };
    expect(code(env, { auditKey: KEY, definition: other })).toBe('CORRUPT_SNAPSHOT');
    // the cycle record stays small: the definition is not in it
    expect(env.snapshot.context.definition).toBeUndefined();
    expect(env.snapshot.context.definitionDigest).toMatch(/^sha256:/);
  });

  it('seals the snapshot it saves: the seal is sealOf(snapshot), keyed and unkeyed, in every state', () => {
    for (const auditKey of [undefined, KEY]) {
      const run = createCycle(smallCycle(), auditKey ? { auditKey } : {});
      const seals = [run.persist()];
      run.open(OPENED, ORGANIZER);
      seals.push(run.persist());
      reviewsToDecision(run);
      dossiers(run);
      seals.push(run.persist());
      for (const env of seals) {
        expect(env.seal).toBe(sealOf(env.snapshot, auditKey?.key));
        // the envelope's snapshot is JSON-only: a JSON round trip changes nothing
        expect(JSON.parse(JSON.stringify(env.snapshot))).toStrictEqual(env.snapshot);
      }
      expect(new Set(seals.map((e) => e.snapshot.value)).size).toBeGreaterThan(1);
    }
  });

  it('resumes from the index it is given, the same object, without XState walking it', () => {
    const run = createCycle(smallCycle());
    run.open(OPENED, ORGANIZER);
    const index = { ...run.index(), probe: { xstate$$type: 1, id: 'x' } };
    const resumed = resumeCycle(index as CycleIndex, null, {});
    // XState's own walk would have put its (absent) actor `x` in place of the probe
    expect(resumed.index()).toBe(index);
    expect((resumed.index() as unknown as { probe: unknown }).probe).toEqual({
      xstate$$type: 1,
      id: 'x',
    });
    expect(resumed.index().state).toBe('open');
  });
});
