import { type AuditEntry, entryDigest } from './audit.js';
import type { AuditKey } from './digest.js';
import type { PersistedSnapshotJson, ReviewEnvelopeV1 } from './envelope.js';

/**
 * Migrates a format-1 envelope (the audit log inside the context, no seal) to what a format-2
 * restore works on: the snapshot with `audit: { seq, head }` and `participants: null`, and the log
 * as a hash chain (keyed with the host's current key, if any). A format-1 envelope carries no seal,
 * so nothing proves it unedited: the host trusts it as it trusted it before, once, and the next
 * `persist` seals it.
 */
export function migrateFormat1(
  env: ReviewEnvelopeV1,
  key: AuditKey | undefined,
): { snapshot: PersistedSnapshotJson; log: AuditEntry[]; machineVersion: number } {
  const { seq: _seq, audit, ...context } = env.snapshot.context;
  const subject = context.subject as { id?: unknown } | undefined;
  const subjectId = typeof subject?.id === 'string' ? subject.id : '';
  const log: AuditEntry[] = [];
  let prev = '';
  for (const old of audit) {
    const o = old as Record<string, unknown>;
    const entry = {
      subjectId,
      seq: o.seq,
      at: o.at,
      type: o.type,
      by: o.by,
      outcome: o.outcome,
      ...(o.code !== undefined ? { code: o.code } : {}),
      from: o.from,
      to: o.to,
      ...(o.event !== undefined ? { payload: o.event } : {}),
      payloadDigest: o.digest,
      ...(key ? { keyId: key.keyId } : {}),
      prev,
    } as Omit<AuditEntry, 'digest'>;
    const digest = entryDigest(entry, key?.key);
    log.push({ ...entry, digest });
    prev = digest;
  }
  const { historyValue, children, status, value } = env.snapshot as PersistedSnapshotJson;
  const snapshot: PersistedSnapshotJson = {
    status,
    value,
    ...(historyValue !== undefined ? { historyValue } : {}),
    context: { ...context, participants: null, audit: { seq: log.length, head: prev } },
    ...(children !== undefined ? { children } : {}),
  };
  return { snapshot, log, machineVersion: env.machineVersion };
}
