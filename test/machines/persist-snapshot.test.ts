import { describe, expect, it } from 'vitest';
import { PersistedSnapshotSchema, persist } from '../../machines/index.js';
import { ev, nov, started } from './helpers.js';

// persist builds a running review's envelope snapshot without the snapshot schema's parse (it
// holds by construction: machines/persistence.ts `persistedOf`); these keep it what the parse gave.

describe('persist: the snapshot of a running review', () => {
  it("a running review's snapshot is what the snapshot schema gives for it, shared with nothing the actor holds", () => {
    const s = started();
    s.send(ev('SUBMIT_SELF_REVIEW', 'subject', { proposedLevel: 'GOOD' }, nov(5)));
    const env = persist(s.actor);
    // persist builds it without the schema's parse (it holds by construction): the same members
    // in the same order as the parse, JSON data only, and none of them the actor's own objects
    expect(env.snapshot).toStrictEqual(PersistedSnapshotSchema.parse(env.snapshot));
    expect(Object.keys(env.snapshot)).toEqual(Object.keys(PersistedSnapshotSchema.shape));
    expect(env.snapshot).toStrictEqual(JSON.parse(JSON.stringify(env.snapshot)));
    const live = s.actor.getSnapshot();
    expect(env.snapshot.context).not.toBe(live.context);
    for (const [k, m] of Object.entries(env.snapshot.context))
      if (m !== null && typeof m === 'object')
        expect(m).not.toBe((live.context as unknown as Record<string, unknown>)[k]);
    expect(env.snapshot.value).not.toBe(live.value);
  });
});
