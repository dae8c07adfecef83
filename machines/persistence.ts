import type { AnyStateMachine, Snapshot } from 'xstate';
import { text } from '../src/core/text.js';
import { toInputIssues } from '../src/schemas/issues.js';
import { sealOf, toJsonValue } from './digest.js';
import {
  PersistedSnapshotSchema,
  REVIEW_ENVELOPE_FORMAT,
  type ReviewEnvelope,
} from './envelope.js';
import { PersistenceError } from './errors.js';
import { versionOf } from './migrations.js';
import { ReviewContextSchema } from './review/context-schema.js';
import { guardStateOf } from './review/guarded.js';
import { LIBRARY_VERSION } from './version.js';

export {
  type PersistedSnapshotJson,
  PersistedSnapshotSchema,
  REVIEW_ENVELOPE_FORMAT,
  type ReviewEnvelope,
  ReviewEnvelopeSchema,
} from './envelope.js';
export {
  type MigrationRegistry,
  reviewMigrations,
  type SnapshotMigration,
} from './migrations.js';
export { type RestoreOptions, restore, restoreSnapshot } from './restore.js';

/** An actor whose snapshot can be saved: one made by `createReviewActor` or `restore`. */
export interface PersistableActor {
  readonly logic: AnyStateMachine;
  getPersistedSnapshot(): Snapshot<unknown>;
}

function notPersistable(en: string, vi: string, issues = [] as PersistenceError['issues']) {
  return new PersistenceError('NOT_PERSISTABLE', text(vi, en), issues);
}

/**
 * Saves a review (format 2): its persisted snapshot, the last audit entry (`head`) and the seal —
 * the digest of the snapshot, an HMAC with the actor's audit key. The log itself is not in it: the
 * host keeps it from the `audit` events or `actor.auditLog()`. Needs an actor made by
 * `createReviewActor` or `restore` (a bare XState actor does not know its head entry).
 */
export function persist(actor: PersistableActor): ReviewEnvelope {
  const machine = actor.logic;
  const guard = guardStateOf(actor);
  if (!guard)
    throw notPersistable(
      'Only an actor made by createReviewActor or restore can be saved.',
      'Chỉ lưu được actor tạo bằng createReviewActor hoặc restore.',
    );
  const parsed = PersistedSnapshotSchema.safeParse(toJsonValue(actor.getPersistedSnapshot()));
  if (!parsed.success)
    throw notPersistable(
      'Only a running review can be saved.',
      'Chỉ lưu được cuộc kiểm điểm đang chạy.',
      toInputIssues(parsed.error),
    );
  const ctx = ReviewContextSchema.safeParse(parsed.data.context);
  if (!ctx.success)
    throw notPersistable(
      'The context is not a review’s.',
      'Ngữ cảnh không phải của một cuộc kiểm điểm.',
      toInputIssues(ctx.error),
    );
  const head = guard.head;
  if ((head?.digest ?? '') !== ctx.data.audit.head)
    throw notPersistable(
      'The actor’s last audit entry is not the one its context names.',
      'Dòng nhật ký cuối của actor không khớp ngữ cảnh.',
    );
  return {
    format: REVIEW_ENVELOPE_FORMAT,
    machine: { id: machine.id, version: versionOf(machine) },
    library: LIBRARY_VERSION,
    snapshot: parsed.data,
    head,
    seal: sealOf(parsed.data, guard.key?.key),
  };
}
