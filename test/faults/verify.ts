import { expect } from 'vitest';
import { type AuditEntry, restore, reviewMachine } from '../../machines/index.js';
import type { ReviewStore } from '../../src/store/index.js';
import { AUDIT_KEY } from '../service/fixture.js';
import type { Acked } from './spawn.js';

/**
 * Every review is whole: its envelope restores with its whole log (the chain verifies, ends at
 * the envelope's head, the seal binds the snapshot to it), the log has one entry per seq, and
 * every commit a worker reported is there. With `replay`, the log also rebuilds the snapshot.
 */
export async function verifyStore(
  store: ReviewStore,
  ids: readonly string[],
  acked: readonly Acked[],
  replay = false,
): Promise<number> {
  let entries = 0;
  for (const id of ids) {
    const stored = await store.load(id);
    const log = (await store.log(id)) as AuditEntry[];
    const actor = restore(reviewMachine, stored?.envelope, {
      auditKey: AUDIT_KEY,
      log,
      ...(replay ? { verify: 'replay' as const } : {}),
    });
    expect(actor.getSnapshot().context.audit.seq).toBe(log.length);
    entries += log.length;
  }
  for (const a of acked) {
    expect(
      await store.outcome(a.subjectId, a.key),
      `${a.key} was reported committed`,
    ).toBeDefined();
    expect((await store.log(a.subjectId)).length).toBeGreaterThanOrEqual(a.seq ?? 0);
  }
  return entries;
}
