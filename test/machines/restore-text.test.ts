import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../machines/digest.js';
import {
  createReviewActor,
  PersistenceError,
  persist,
  persistText,
  type ReviewActor,
  restore,
  restoreText,
  reviewMachine,
} from '../../machines/index.js';
import { snapshotTextOf } from '../../machines/restore-text.js';
import { forgetTrustedSeal } from '../../machines/trusted.js';
import { thrownBy } from '../helpers/errors.js';
import { SCENARIOS } from './scenarios.js';

const KEY = { keyId: 'k1', key: 'a host secret of some length' };

function played(i: number, options: { auditKey?: typeof KEY } = {}): ReviewActor {
  const s = SCENARIOS[i]!;
  const actor = createReviewActor(s.input, options).start();
  for (const e of s.events) actor.send(e);
  return actor;
}

const refusal = (run: () => unknown) => thrownBy(run, PersistenceError);

describe('restoreText (issue 9: the seal checked on the saved text)', () => {
  it('restores what restore restores from the parsed text, for every scenario', () => {
    for (let i = 0; i < SCENARIOS.length; i++) {
      const actor = played(i);
      const text = persistText(actor);
      const fromText = restoreText(reviewMachine, text);
      const fromObject = restore(reviewMachine, JSON.parse(text));
      expect(fromText.getSnapshot().value).toEqual(actor.getSnapshot().value);
      expect(fromText.getSnapshot().context).toEqual(fromObject.getSnapshot().context);
      // and the restored review saves the same text again
      expect(persistText(fromText.start())).toBe(text);
      actor.stop();
    }
  });

  it('cuts out exactly the snapshot text of the saved envelope, and nothing of another layout', () => {
    const actor = played(0);
    const text = persistText(actor);
    const envelope = JSON.parse(text);
    expect(snapshotTextOf(text, envelope)).toBe(canonicalJson(envelope.snapshot));
    // JSON.stringify(persist(…)) lays the envelope out alike, its snapshot's keys in another
    // order: the cut is that text, which the seal does not sign (restoreText then checks in full)
    const other = JSON.stringify(persist(actor));
    const cut = snapshotTextOf(other, JSON.parse(other));
    expect(cut).toBe(JSON.stringify(JSON.parse(other).snapshot));
    expect(cut).not.toBe(canonicalJson(envelope.snapshot));
    expect(restoreText(reviewMachine, other).getSnapshot().context).toEqual(
      actor.getSnapshot().context,
    );
    expect(snapshotTextOf(` ${text}`, envelope)).toBeUndefined();
    expect(snapshotTextOf(text.replace('"library":', '"library" :'), envelope)).toBeUndefined();
    expect(snapshotTextOf(text, null)).toBeUndefined();
  });

  it('restores another layout of the same envelope by checking it in full', () => {
    const actor = played(1);
    const pretty = JSON.stringify(persist(actor), null, 2);
    forgetTrustedSeal(reviewMachine, persist(actor).seal);
    const again = restoreText(reviewMachine, pretty);
    expect(again.getSnapshot().context).toEqual(actor.getSnapshot().context);
  });

  it('refuses an edited snapshot (BAD_SEAL), in the layout of persistText or not', () => {
    const actor = played(0);
    const text = persistText(actor);
    const stage = (actor.getSnapshot().context as { stage: string }).stage;
    const edited = text.replace(`"stage":"${stage}"`, '"stage":"selfReview"');
    expect(edited).not.toBe(text);
    expect(refusal(() => restoreText(reviewMachine, edited)).code).toBe('BAD_SEAL');
    const envelope = JSON.parse(text);
    envelope.snapshot.context.subject = { ...envelope.snapshot.context.subject, id: 'other' };
    expect(refusal(() => restoreText(reviewMachine, JSON.stringify(envelope))).code).toBe(
      'BAD_SEAL',
    );
  });

  it('refuses a second "snapshot" key hidden after the sealed one (the later one is what JSON.parse keeps)', () => {
    const actor = played(0);
    const text = persistText(actor);
    const envelope = JSON.parse(text);
    const sealed = canonicalJson(envelope.snapshot);
    const evil = JSON.parse(sealed);
    evil.context.outcome = 'EXCELLENT';
    const crafted = text.replace(sealed, `${sealed},"snapshot":${JSON.stringify(evil)}`);
    expect(JSON.parse(crafted).snapshot.context.outcome).toBe('EXCELLENT');
    expect(refusal(() => restoreText(reviewMachine, crafted)).code).toBe('BAD_SEAL');
  });

  it('checks a keyed seal with the host key, and refuses it without', () => {
    const actor = played(0, { auditKey: KEY });
    const text = persistText(actor);
    const again = restoreText(reviewMachine, text, { auditKey: KEY });
    expect(again.getSnapshot().context).toEqual(actor.getSnapshot().context);
    expect(
      refusal(() =>
        restoreText(reviewMachine, text, { auditKey: { keyId: 'k1', key: 'another secret' } }),
      ).code,
    ).toBe('BAD_SEAL');
  });

  it('refuses text that is not JSON, and a value that is not text, as INVALID_ENVELOPE', () => {
    const bad = refusal(() => restoreText(reviewMachine, '{"format":2,'));
    expect(bad.code).toBe('INVALID_ENVELOPE');
    expect(bad.text.vi).toContain('JSON');
    expect(refusal(() => restoreText(reviewMachine, 42 as never)).code).toBe('INVALID_ENVELOPE');
    expect(refusal(() => restoreText(reviewMachine, '[]')).code).toBe('INVALID_ENVELOPE');
  });
});
