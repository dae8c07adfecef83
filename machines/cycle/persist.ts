import { z } from 'zod';
import { text } from '../../src/core/text.js';
import type { CycleDefinition, CycleDefinitionInput } from '../../src/schemas/cycle-definition.js';
import { CYCLE_STATES } from '../../src/schemas/cycle-events.js';
import type { Profile, ProfileInput } from '../../src/schemas/cycle-profile.js';
import { toInputIssues } from '../../src/schemas/issues.js';
import { type AuditKey, canonicalJson, isKeyed, quote, sealOf, signText } from '../digest.js';
import { PersistenceError } from '../errors.js';
import { LIBRARY_VERSION } from '../version.js';
import { type CycleAuditEntry, CycleAuditEntrySchema } from './audit.js';
import type { CycleIndex } from './index-schema.js';
import { indexFromRecord, indexRecord } from './record.js';

/** The `format` of a saved cycle. */
export const CYCLE_ENVELOPE_FORMAT = 'kiemdiem/cycle@1';

const Empty = z.strictObject({});

/** The cycle machine's persisted snapshot as JSON: one of its states, its index, no children. */
export const CycleSnapshotSchema = z.strictObject({
  status: z.literal('active'),
  value: z.enum(CYCLE_STATES),
  historyValue: Empty.optional(),
  context: z.record(z.string(), z.unknown()),
  children: Empty.optional(),
});

/**
 * A saved cycle: the cycle machine's snapshot (its context is the index as a `CycleRecord`: without
 * the definition, named by its digest), the last entry of the cycle's own audit chain and the seal
 * (digest, HMAC with the host's key, of the snapshot). The reviews are not in it: each is saved on
 * its own through the `ReviewRepository`; the definition is the host's, given to `restoreCycle`.
 */
export const CycleEnvelopeSchema = z.strictObject({
  format: z.literal(CYCLE_ENVELOPE_FORMAT),
  machine: z.strictObject({ id: z.literal('cycle'), version: z.number().int().min(1) }),
  library: z.string().min(1),
  snapshot: CycleSnapshotSchema,
  head: CycleAuditEntrySchema.nullable(),
  seal: z.string().regex(/^(sha256|hmac-sha256):[0-9a-f]{64}$/),
});
export type CycleEnvelope = z.output<typeof CycleEnvelopeSchema>;

export const CYCLE_MACHINE_VERSION = 1;

/**
 * Saves the cycle actor (its index as a record) with its head entry and seal. It reads the live
 * snapshot, not `getPersistedSnapshot()`: the cycle machine has no children and no history, and
 * its context, the index, is JSON data that holds no actor, so XState's persisted snapshot is the
 * same status, value and context — made by a walk of the whole index that copied nothing and was
 * half of a save (issue 11).
 */
export function persistCycleActor(
  actor: { getSnapshot(): { status: unknown; value: unknown; context: CycleIndex } },
  head: CycleAuditEntry | null,
  key?: AuditKey,
): CycleEnvelope {
  const p = actor.getSnapshot();
  // The index is written as canonical JSON once: parsed back, it is the snapshot's JSON copy, and
  // spliced into the snapshot's canonical text, it is what the seal signs (writing it again for
  // the seal was a third of a save; the index grows with the cycle and is saved at every cycle
  // event on a store: issue 11). A test keeps the seal equal to `sealOf(snapshot)`.
  const contextText = canonicalJson(indexRecord(p.context));
  const snapshot = CycleSnapshotSchema.parse({
    status: p.status,
    value: p.value,
    historyValue: {},
    context: JSON.parse(contextText),
    children: {},
  });
  // the members in canonical (sorted) order; `context` parsed through a record of unknowns is the
  // same JSON, so its text is `contextText`
  const text = `{"children":{},"context":${contextText},"historyValue":{},"status":${quote(snapshot.status)},"value":${quote(snapshot.value)}}`;
  return {
    format: CYCLE_ENVELOPE_FORMAT,
    machine: { id: 'cycle', version: CYCLE_MACHINE_VERSION },
    library: LIBRARY_VERSION,
    snapshot,
    head,
    seal: signText(text, key?.key),
  };
}

function refuse(
  code: PersistenceError['code'],
  en: string,
  vi: string,
  issues = [] as PersistenceError['issues'],
) {
  return new PersistenceError(code, text(vi, en), issues);
}

/**
 * Checks a saved cycle: the envelope's shape, the machine and version, the seal (with the host's
 * key; a keyed seal needs it, an unkeyed one is refused when a key is given), the index, and that
 * the head entry is the one the index names. Returns the snapshot to start from, with the parsed
 * index as its context. Throws PersistenceError, loading nothing.
 */
export function openCycleEnvelope(
  envelope: unknown,
  source: {
    readonly definition: CycleDefinitionInput | CycleDefinition | unknown;
    readonly profile?: Profile | ProfileInput;
    readonly auditKey?: AuditKey;
  },
): { snapshot: CycleEnvelope['snapshot'] & { context: CycleIndex }; head: CycleAuditEntry | null } {
  const key = source.auditKey;
  const env = CycleEnvelopeSchema.safeParse(envelope);
  if (!env.success)
    throw refuse(
      'INVALID_ENVELOPE',
      'Not a saved cycle.',
      'Không phải bản lưu của một đợt kiểm điểm.',
      toInputIssues(env.error),
    );
  const e = env.data;
  if (e.machine.version > CYCLE_MACHINE_VERSION)
    throw refuse(
      'NEWER_VERSION',
      `The cycle was saved by machine version ${e.machine.version}; upgrade the library.`,
      `Bản lưu từ phiên bản máy ${e.machine.version}; hãy nâng cấp thư viện.`,
    );
  if (isKeyed(e.seal) && !key)
    throw refuse(
      'UNKNOWN_KEY',
      'The audit key is needed to verify the saved cycle.',
      'Cần khóa nhật ký để kiểm bản lưu.',
    );
  if (!isKeyed(e.seal) && key)
    throw refuse(
      'BAD_SEAL',
      'An unkeyed seal where the host verifies with a key.',
      'Dấu niêm không có khóa trong khi máy chủ kiểm bằng khóa.',
    );
  if (sealOf(e.snapshot, key?.key) !== e.seal)
    throw refuse(
      'BAD_SEAL',
      'The seal does not match the saved cycle.',
      'Dấu niêm không khớp bản lưu.',
    );
  const index = indexFromRecord(e.snapshot.context, source.definition, source.profile);
  const bound = e.head
    ? index.audit.seq === e.head.seq && index.audit.head === e.head.digest
    : index.audit.seq === 0 && index.audit.head === '';
  if (e.snapshot.value !== index.state || !bound)
    throw refuse(
      'CORRUPT_SNAPSHOT',
      'The saved state, index and head entry disagree.',
      'Trạng thái, chỉ mục và dòng nhật ký cuối không khớp nhau.',
    );
  // the cycle machine has no history states and invokes no actors
  return {
    snapshot: { ...e.snapshot, historyValue: {}, children: {}, context: index },
    head: e.head,
  };
}
