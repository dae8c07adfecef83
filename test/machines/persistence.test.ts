import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import {
  LIBRARY_VERSION,
  type MigrationRegistry,
  PersistenceError,
  persist,
  type ReviewEnvelope,
  replay,
  restore,
  reviewMachine,
} from '../../machines/index.js';
import { reviewSetup } from '../../machines/review/setup.js';
import { ev, nov, started } from './helpers.js';
import { envelopeOf, fixturePath, SCENARIOS } from './scenarios.js';

function golden(name: string): ReviewEnvelope {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8')) as ReviewEnvelope;
}

function refusal(run: () => unknown): PersistenceError {
  try {
    run();
  } catch (e) {
    if (e instanceof PersistenceError) return e;
    throw e;
  }
  throw new Error('expected a PersistenceError');
}

describe('golden envelopes (test/fixtures/review)', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))(
    '%s: the shape has not changed',
    (name, s) => {
      expect(envelopeOf(s)).toEqual(golden(name));
    },
  );

  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s: restores and continues', (name, s) => {
    const actor = restore(reviewMachine, golden(name)).start();
    for (const e of s.continueWith) actor.send(e);
    const ctx = actor.getSnapshot().context;
    expect(ctx.stage).toBe(s.endsIn);
    expect(
      ctx.audit
        .filter((e) => e.seq > (golden(name).snapshot.context.audit as unknown[]).length)
        .every((e) => e.outcome === 'accepted'),
    ).toBe(true);
  });

  it.each(SCENARIOS.filter((s) => s.name !== 'digest-only').map((s) => [s.name, s] as const))(
    '%s: replaying the audit log rebuilds the saved snapshot',
    (name, s) => {
      const env = golden(name);
      const audit = env.snapshot.context.audit as never;
      expect(replay(s.input, audit)).toEqual(env.snapshot);
    },
  );

  it('a digest-only log cannot be replayed', () => {
    const s = SCENARIOS.find((x) => x.name === 'digest-only');
    const env = golden('digest-only');
    expect(
      (env.snapshot.context.audit as Array<{ event?: unknown }>).every(
        (e) => e.event === undefined,
      ),
    ).toBe(true);
    expect(refusal(() => replay(s!.input, env.snapshot.context.audit as never)).code).toBe(
      'REPLAY_PAYLOAD_MISSING',
    );
  });

  it('a tampered log is refused (REPLAY_DIVERGED)', () => {
    const s = SCENARIOS.find((x) => x.name === 'closed');
    const env = structuredClone(golden('closed'));
    const audit = env.snapshot.context.audit as Array<{ event: { level?: string } }>;
    const decide = audit.find((e) => e.event.level !== undefined);
    if (decide) decide.event.level = 'GOOD';
    expect(refusal(() => replay(s!.input, audit as never)).code).toBe('REPLAY_DIVERGED');
  });
});

describe('persist', () => {
  it('wraps the snapshot in a versioned envelope; savedAt is the last event’s instant, not the clock', () => {
    const s = started();
    expect(persist(s.actor).savedAt).toBe('2025-11-03T08:00:00+07:00');
    s.send(
      ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }, nov(5)),
      ev('CLOSE', 'subject', {}, nov(6, 11)),
    );
    const env = persist(s.actor);
    expect(env).toMatchObject({
      format: 'kiemdiem.review',
      machineId: 'review',
      machineVersion: 1,
      libraryVersion: LIBRARY_VERSION,
      savedAt: nov(6, 11),
    });
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
    expect(refusal(() => restore(reviewMachine, { ...env(), machineId: 'cycle' })).code).toBe(
      'FOREIGN_MACHINE',
    );
  });

  it('a newer machine version', () => {
    const e = refusal(() => restore(reviewMachine, { ...env(), machineVersion: 2 }));
    expect(e.code).toBe('NEWER_VERSION');
    expect(e.message).toMatch(/upgrade/);
  });

  it('a corrupt snapshot: bad context, unknown state, a gap in the audit log, a stage that disagrees', () => {
    const badStage = env();
    (badStage.snapshot.context as { stage: string }).stage = 'approved';
    const e = refusal(() => restore(reviewMachine, badStage));
    expect(e.code).toBe('CORRUPT_SNAPSHOT');
    expect(e.issues.map((i) => i.path.join('.'))).toContain('snapshot.context.stage');

    const badValue = env();
    badValue.snapshot.value = { review: 'approved', deadline: 'onTime' };
    expect(refusal(() => restore(reviewMachine, badValue)).code).toBe('CORRUPT_SNAPSHOT');

    const gap = env();
    (gap.snapshot.context.audit as unknown[]).splice(1, 1);
    expect(refusal(() => restore(reviewMachine, gap)).code).toBe('CORRUPT_SNAPSHOT');

    const disagree = env();
    disagree.snapshot.value = { review: 'meeting', deadline: 'onTime' };
    expect(refusal(() => restore(reviewMachine, disagree)).code).toBe('CORRUPT_SNAPSHOT');
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

  it('upgrades a golden version-1 envelope and continues', () => {
    const actor = restore(v2, golden('decision'), { migrations }).start();
    expect(actor.getSnapshot().value).toEqual({ review: 'decision', timeliness: 'onTime' });
    actor.send(ev('DECIDE_LEVEL', 'authority', { level: 'GOOD' }, nov(21)) as never);
    actor.send(ev('PUBLISH', 'authority', {}, nov(21)) as never);
    expect((actor.getSnapshot().context as { stage: string }).stage).toBe('published');
    expect(persist(actor as never).machineVersion).toBe(2);
  });

  it('refuses when no migration leads there', () => {
    expect(refusal(() => restore(v2, golden('decision'))).code).toBe('MISSING_MIGRATION');
  });

  it('refuses a migration that breaks the snapshot', () => {
    const broken: MigrationRegistry = { 1: (s) => ({ ...s, context: { ...s.context, seq: -1 } }) };
    expect(refusal(() => restore(v2, golden('decision'), { migrations: broken })).code).toBe(
      'CORRUPT_SNAPSHOT',
    );
  });
});
