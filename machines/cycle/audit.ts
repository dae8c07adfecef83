import { z } from 'zod';
import { CYCLE_STATES, type CycleState } from '../../src/schemas/cycle-events.js';
import { type AuditEntry, AuditEntrySchema, type AuditFacts, auditEntry } from '../audit.js';
import type { AuditKey } from '../digest.js';

/**
 * One entry of the cycle's own audit chain: the review entry's shape (CONTRACT.md "Audit entry
 * and envelope"), its `subjectId` the cycle's id, `from`/`to` the cycle's states. The same digest
 * and chain rules apply (`prev`, `digest`, HMAC with the host's key).
 */
export const CycleAuditEntrySchema = AuditEntrySchema.extend({
  from: z.enum(CYCLE_STATES),
  to: z.enum(CYCLE_STATES),
});
export type CycleAuditEntry = z.output<typeof CycleAuditEntrySchema>;

/** An audit entry of a review or of the cycle, as `onAudit` receives it. */
export type AnyAuditEntry = AuditEntry | CycleAuditEntry;

type CycleFacts = Omit<AuditFacts, 'from' | 'to'> & {
  readonly from: CycleState;
  readonly to: CycleState;
};

/**
 * The next entry of the cycle's chain: `auditEntry` of the review machine, which reads `from` and
 * `to` only to copy them into the entry.
 */
export function cycleAuditEntry(
  chain: { readonly seq: number; readonly head: string },
  facts: CycleFacts,
  key?: AuditKey,
): CycleAuditEntry {
  return auditEntry(chain, facts as unknown as AuditFacts, key) as unknown as CycleAuditEntry;
}
