import { describe, expect, it } from 'vitest';
import { PersistenceError, persist, reviewTask } from '../../src/index.js';
import { happyPath, started } from './helpers.js';

// Issue 12: `reviewTask` reads what a host stored — the envelope, or its snapshot after a JSON
// round trip — as it reads a live snapshot (it used to throw "snapshot.hasTag is not a function").

describe('reviewTask on stored snapshots (issue 12)', () => {
  const steps = happyPath();
  for (const n of [0, 1, 3, steps.length]) {
    it(`after ${n} events: live, envelope and stored snapshot give the same task`, () => {
      const { actor, send } = started();
      send(...steps.slice(0, n));
      const live = reviewTask(actor.getSnapshot());
      const envelope = JSON.parse(JSON.stringify(persist(actor)));
      expect(reviewTask(envelope)).toEqual(live);
      expect(reviewTask(envelope.snapshot)).toEqual(live);
      if (n === 0) expect(live.waitingFor).toContain('subject');
      if (n === steps.length) expect(live.ended).toBe(true);
    });
  }

  it('refuses what is not a review snapshot with a bilingual PersistenceError', () => {
    for (const bad of [null, 5, {}, { value: 'x' }, { value: 'x', context: 3 }]) {
      const thrown = (() => {
        try {
          reviewTask(bad as never);
        } catch (e) {
          return e;
        }
      })();
      expect(thrown).toBeInstanceOf(PersistenceError);
      expect((thrown as PersistenceError).code).toBe('INVALID_ENVELOPE');
      expect((thrown as PersistenceError).text.vi).toMatch(/kiểm điểm/);
    }
  });
});
