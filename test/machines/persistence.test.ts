import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AnyStateMachine, createActor } from 'xstate';
import { canonicalJson } from '../../machines/digest.js';
import {
  type AuditEntry,
  createReviewActor,
  LIBRARY_VERSION,
  type MigrationRegistry,
  PersistenceError,
  persist,
  persistText,
  type ReviewEnvelope,
  replay,
  restore,
  reviewMachine,
  sealOf,
} from '../../machines/index.js';
import { reviewSetup } from '../../machines/review/setup.js';
import { thrownBy } from '../helpers/errors.js';
import { ev, nov, started } from './helpers.js';
import { fixturePath, logPath, SCENARIOS, savedOf } from './scenarios.js';

function golden(name: string): ReviewEnvelope {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8')) as ReviewEnvelope;
}

function goldenLog(name: string): AuditEntry[] {
  return JSON.parse(readFileSync(logPath(name), 'utf8')) as AuditEntry[];
}

function refusal(run: () => unknown): PersistenceError {
  return thrownBy(run, PersistenceError);
}

describe('golden envelopes (test/fixtures/review), format 2', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))(
    '%s: the shape has not changed (envelope and log)',
    (name, s) => {
      const saved = savedOf(s);
      expect(saved.envelope).toEqual(golden(name));
      expect(saved.log).toEqual(goldenLog(name));
    },
  );

  it.each(SCENARIOS.map((s) => [s.name, s] as const))(
    '%s: restores with its log (chain verified) and continues',
    (name, s) => {
      const actor = restore(reviewMachine, golden(name), { log: goldenLog(name) }).start();
      const seen = actor.auditLog().length;
      expect(seen).toBe(golden(name).head?.seq ?? 0);
      for (const e of s.continueWith) actor.send(e);
      expect(actor.getSnapshot().context.stage).toBe(s.endsIn);
      const added = actor.auditLog().slice(seen);
      expect(added.map((e) => e.outcome)).toEqual(s.continueWith.map(() => 'accepted'));
      expect(added[0]?.prev).toBe(golden(name).head?.digest ?? '');
    },
  );

  it.each(SCENARIOS.filter((s) => s.name !== 'digest-only').map((s) => [s.name, s] as const))(
    '%s: replaying the audit log rebuilds the saved snapshot',
    (name, s) => {
      expect(replay(s.input, goldenLog(name))).toEqual(golden(name).snapshot);
      const actor = restore(reviewMachine, golden(name), {
        log: goldenLog(name),
        verify: 'replay',
      });
      expect(actor.getSnapshot().context.stage).toBe(golden(name).snapshot.context.stage);
    },
  );

  it('a digest-only log cannot be replayed', () => {
    const s = SCENARIOS.find((x) => x.name === 'digest-only');
    const log = goldenLog('digest-only');
    expect(log.every((e) => !('payload' in e))).toBe(true);
    expect(refusal(() => replay(s!.input, log)).code).toBe('REPLAY_PAYLOAD_MISSING');
  });

  it('a log whose payload was edited is refused (REPLAY_DIVERGED, and BROKEN_CHAIN on restore)', () => {
    const s = SCENARIOS.find((x) => x.name === 'closed');
    const log = structuredClone(goldenLog('closed'));
    const decide = log.find((e) => e.type === 'DECIDE_LEVEL') as { payload: { level: string } };
    decide.payload.level = 'GOOD';
    expect(refusal(() => replay(s!.input, log)).code).toBe('REPLAY_DIVERGED');
    expect(refusal(() => restore(reviewMachine, golden('closed'), { log })).code).toBe(
      'BROKEN_CHAIN',
    );
  });
});

describe('format-1 envelopes (test/fixtures/review/format1) migrate on restore', () => {
  const v1 = (name: string) =>
    JSON.parse(readFileSync(fixturePath(`format1/${name}`), 'utf8')) as {
      snapshot: { context: { audit: unknown[] } };
    };

  it.each(['decision', 'closed'])('%s: the log leaves the context as a verified chain', (name) => {
    const old = v1(name);
    const actor = restore(reviewMachine, old).start();
    const log = actor.auditLog();
    expect(log).toHaveLength(old.snapshot.context.audit.length);
    expect(actor.getSnapshot().context.audit).toEqual({
      seq: log.length,
      head: log.at(-1)?.digest,
    });
    const env = persist(actor);
    expect(env.format).toBe(2);
    // the migrated chain verifies against the sealed envelope
    expect(restore(reviewMachine, env, { log }).auditLog()).toEqual(log);
  });

  it('with an audit key, only when the host says so (an old-format rewrite would skip the seal)', () => {
    const auditKey = { keyId: 'k1', key: 'bi-mat' };
    expect(refusal(() => restore(reviewMachine, v1('decision'), { auditKey })).code).toBe(
      'BAD_SEAL',
    );
    const actor = restore(reviewMachine, v1('decision'), { auditKey, acceptFormat1: true });
    expect(actor.auditLog().every((e) => e.keyId === 'k1')).toBe(true);
    expect(
      restore(reviewMachine, persist(actor), { log: actor.auditLog(), auditKey }).auditHead(),
    ).toEqual(actor.auditHead());
  });
});

describe('persist', () => {
  it('format 2: machine, library, snapshot, head (the last entry) and seal; no log', () => {
    const s = started();
    const fresh = persist(s.actor);
    expect(fresh).toMatchObject({ format: 2, head: null, machine: { id: 'review', version: 1 } });
    s.send(
      ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }, nov(5)),
      ev('CLOSE', 'subject', {}, nov(6, 11)),
    );
    const env = persist(s.actor);
    expect(Object.keys(env).sort()).toEqual(
      ['format', 'head', 'library', 'machine', 'seal', 'snapshot'].sort(),
    );
    expect(env).toMatchObject({
      library: LIBRARY_VERSION,
      head: { seq: 2, type: 'CLOSE', outcome: 'rejected', at: nov(6, 11) },
    });
    expect(env.snapshot.context.audit).toEqual({ seq: 2, head: env.head?.digest });
    expect(env.seal).toBe(sealOf(env.snapshot));
    expect(JSON.stringify(env.snapshot)).not.toContain('"payload"');
  });

  it('an envelope does not grow with every TICK', () => {
    const s = started();
    const size = () => JSON.stringify(persist(s.actor)).length;
    const tick = (day: number, hour: number) =>
      s.send(ev('TICK', 'scheduler', { now: nov(day, hour) }, nov(day, hour)));
    for (let h = 10; h < 20; h += 1) tick(4, h); // seq 10: two digits, like seq 90
    const ten = size();
    for (let d = 5; d < 13; d += 1) for (let h = 10; h < 20; h += 1) tick(d, h);
    expect(s.actor.getSnapshot().context.audit.seq).toBe(90);
    expect(size()).toBe(ten);
  });

  it('LIBRARY_VERSION follows package.json', () => {
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    expect(LIBRARY_VERSION).toBe(pkg.version);
  });
});

describe('restore refuses, loading nothing', () => {
  const env = () => structuredClone(golden('decision'));

  it('what is not an envelope', () => {
    const e = refusal(() => restore(reviewMachine, { format: 'other', snapshot: {} }));
    expect(e.code).toBe('INVALID_ENVELOPE');
    expect(e.text.vi).toMatch(/bản lưu/);
    expect(refusal(() => restore(reviewMachine, 'null')).code).toBe('INVALID_ENVELOPE');
  });

  it("another machine's envelope", () => {
    const e = env();
    expect(
      refusal(() => restore(reviewMachine, { ...e, machine: { ...e.machine, id: 'cycle' } })).code,
    ).toBe('FOREIGN_MACHINE');
  });

  it('a newer machine version', () => {
    const e = refusal(() =>
      restore(reviewMachine, { ...env(), machine: { id: 'review', version: 2 } }),
    );
    expect(e.code).toBe('NEWER_VERSION');
    expect(e.message).toMatch(/upgrade/);
  });

  it('a corrupt snapshot, even resealed by someone who knows the (absent) key: bad context, unknown state, a stage that disagrees, a garbage historyValue', () => {
    const resealed = (edit: (e: ReviewEnvelope) => void) => {
      const e = env();
      edit(e);
      return { ...e, seal: sealOf(e.snapshot) };
    };
    const badStage = resealed((e) => {
      (e.snapshot.context as { stage: string }).stage = 'approved';
    });
    const x = refusal(() => restore(reviewMachine, badStage));
    expect(x.code).toBe('CORRUPT_SNAPSHOT');
    expect(x.issues.map((i) => i.path.join('.'))).toContain('snapshot.context.stage');
    const badValue = resealed((e) => {
      e.snapshot.value = { review: 'approved', deadline: 'onTime' };
    });
    expect(refusal(() => restore(reviewMachine, badValue)).code).toBe('CORRUPT_SNAPSHOT');
    const disagree = resealed((e) => {
      e.snapshot.value = { review: 'meeting', deadline: 'onTime' };
    });
    expect(refusal(() => restore(reviewMachine, disagree)).code).toBe('CORRUPT_SNAPSHOT');
    const history = resealed((e) => {
      (e.snapshot as { historyValue: unknown }).historyValue = { 'review.review': [42] };
    });
    expect(refusal(() => restore(reviewMachine, history)).code).toBe('INVALID_ENVELOPE');
  });
});

describe('migrations', () => {
  // A real migration, tested end to end: version 2 of the machine renames the `deadline` region
  // `timeliness`; the registry upgrades a version-1 snapshot by renaming its key in the value.
  const config = reviewMachine.config as unknown as {
    states: { review: unknown; deadline: unknown };
  };
  const v2 = reviewSetup.createMachine({
    ...(reviewMachine.config as object),
    version: '2',
    states: { review: config.states.review, timeliness: config.states.deadline },
  } as never) as unknown as AnyStateMachine;
  const migrations: MigrationRegistry = {
    1: (snapshot) => {
      const { deadline, ...value } = snapshot.value;
      return { ...snapshot, value: { ...value, timeliness: deadline } };
    },
  };

  it('upgrades a golden version-1 envelope (seal checked before) and continues', () => {
    const actor = restore(v2, golden('decision'), { migrations }).start();
    expect(actor.getSnapshot().value).toEqual({ review: 'decision', timeliness: 'onTime' });
    actor.send(ev('DECIDE_LEVEL', 'authority', { level: 'GOOD' }, nov(21)) as never);
    actor.send(ev('PUBLISH', 'authority', {}, nov(21)) as never);
    expect((actor.getSnapshot().context as { stage: string }).stage).toBe('published');
    expect(persist(actor).machine.version).toBe(2);
  });

  it('refuses when no migration leads there', () => {
    expect(refusal(() => restore(v2, golden('decision'))).code).toBe('MISSING_MIGRATION');
  });

  it('refuses a migration that breaks the snapshot', () => {
    const broken: MigrationRegistry = {
      1: (s) => ({ ...s, context: { ...s.context, audit: { seq: -1, head: '' } } }),
    };
    expect(refusal(() => restore(v2, golden('decision'), { migrations: broken })).code).toBe(
      'CORRUPT_SNAPSHOT',
    );
  });
});

describe('the review machine restores a context without XState walking it (no-revival.ts)', () => {
  it('hands the checked context over as the same object, untouched, with the state restored', () => {
    const e = savedOf(SCENARIOS.find((s) => s.name === 'closed')!).envelope;
    const context = { ...(e.snapshot.context as object), probe: { xstate$$type: 1, id: 'x' } };
    const snapshot = { ...e.snapshot, context };
    const actor = createActor(reviewMachine, { snapshot } as never);
    // XState's own walk would have put its (absent) actor `x` in place of the probe
    expect(actor.getSnapshot().context).toBe(context);
    expect((actor.getSnapshot().context as unknown as { probe: unknown }).probe).toEqual({
      xstate$$type: 1,
      id: 'x',
    });
    expect(actor.getSnapshot().value).toEqual(e.snapshot.value);
  });
});

describe('persistText', () => {
  it('is the text of the envelope persist gives, with the snapshot in canonical order', () => {
    for (const s of SCENARIOS) {
      const actor = createReviewActor(s.input).start();
      for (const e of s.events) actor.send(e);
      const text = persistText(actor);
      const envelope = persist(actor);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(envelope)));
      expect(JSON.stringify(JSON.parse(text).snapshot)).toBe(canonicalJson(envelope.snapshot));
      const again = restore(reviewMachine, JSON.parse(text));
      expect(again.getSnapshot().context).toEqual(actor.getSnapshot().context);
      actor.stop();
    }
  });

  it('refuses what persist refuses: an actor it cannot vouch for', () => {
    const bare = createActor(reviewMachine, { input: SCENARIOS[0]!.input } as never).start();
    expect(refusal(() => persistText(bare as never)).code).toBe('NOT_PERSISTABLE');
  });
});
