import { describe, expect, it } from 'vitest';
import {
  PersistenceError,
  persist,
  type ReviewEnvelope,
  restore,
  reviewMachine,
} from '../../machines/index.js';
import { thrownBy } from '../helpers/errors.js';
import { ev, nov, started } from './helpers.js';

// restore checks the seal first on the snapshot as JSON carried it (machines/carried-text.ts),
// then on its canonical text: what each path must accept and refuse.

const refusal = (run: () => unknown): PersistenceError => thrownBy(run, PersistenceError);

describe('restore: the seal on the carried text, then on the canonical text', () => {
  it('restores an envelope whose keys a database reordered (jsonb sorts them by length), and refuses it edited', () => {
    const s = started();
    s.send(
      ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }, nov(5)),
      ev('CLOSE', 'subject', {}, nov(6, 11)),
    );
    const env = persist(s.actor);
    // every object's keys shortest first, as PostgreSQL's jsonb keeps them: not the carried order
    const byLength = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(byLength)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(
              Object.keys(v)
                .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
                .map((k) => [k, byLength((v as Record<string, unknown>)[k])]),
            )
          : v;
    const moved = byLength(JSON.parse(JSON.stringify(env))) as ReviewEnvelope;
    expect(JSON.stringify(moved.snapshot)).not.toBe(JSON.stringify(env.snapshot));
    const back = restore(reviewMachine, moved);
    expect(back.getSnapshot().context).toEqual(s.actor.getSnapshot().context);
    for (const e of [env, moved]) {
      const edited = JSON.parse(JSON.stringify(e)) as ReviewEnvelope;
      (edited.snapshot.context as { form: string }).form = '2A';
      expect(refusal(() => restore(reviewMachine, edited)).code).toBe('BAD_SEAL');
    }
  });

  it('refuses a snapshot holding something that only writes itself as the sealed value (toJSON, a Date)', () => {
    const s = started();
    s.send(ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }, nov(5)));
    const env = JSON.parse(JSON.stringify(persist(s.actor))) as ReviewEnvelope;
    expect(restore(reviewMachine, structuredClone(env)).getSnapshot().context.now).toBe(
      env.snapshot.context.now,
    );
    const now = env.snapshot.context.now;
    const date = Object.assign(new Date(0), { toJSON: () => now });
    for (const stand of [{ toJSON: () => now }, date]) {
      const copy = structuredClone(env);
      (copy.snapshot.context as { now: unknown }).now = stand;
      // JSON.stringify writes the sealed text for it; the canonical writer does not
      expect(JSON.stringify(copy)).toBe(JSON.stringify(env));
      expect(refusal(() => restore(reviewMachine, copy)).code).toBe('BAD_SEAL');
    }
  });
});
