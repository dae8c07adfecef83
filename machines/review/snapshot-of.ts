import type { SnapshotFrom } from 'xstate';
import { text } from '../../src/core/text.js';
import type { ReviewEnvelope } from '../envelope.js';
import { PersistenceError } from '../errors.js';
import { type ReviewMachine, reviewMachine } from './machine.js';
import type { ReviewContext } from './types.js';

type Snapshot = SnapshotFrom<ReviewMachine>;

/** What a host may hold of a review: a live snapshot, an envelope, or the envelope's `snapshot`. */
export type ReviewSnapshotSource =
  | Snapshot
  | ReviewEnvelope
  | { readonly value: unknown; readonly context: unknown };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/**
 * A live snapshot of the review machine from what a host stored (issue 12: `reviewTask(envelope
 * .snapshot)` used to throw "hasTag is not a function"). A persisted snapshot is plain JSON, with
 * no tags: the state value is resolved against `reviewMachine`, which gives its tags back. This
 * reads, it does not verify: `restore` checks the seal and the chain of what it resumes.
 */
export function reviewSnapshotOf(source: ReviewSnapshotSource): Snapshot {
  if (isObject(source) && typeof (source as { hasTag?: unknown }).hasTag === 'function')
    return source as Snapshot;
  const persisted =
    isObject(source) && 'format' in source && 'snapshot' in source
      ? (source as ReviewEnvelope).snapshot
      : source;
  const ctx = isObject(persisted) ? (persisted as { context?: unknown }).context : undefined;
  if (
    !isObject(persisted) ||
    !isObject(ctx) ||
    !isObject(ctx.subject) ||
    persisted.value === undefined
  )
    throw new PersistenceError(
      'INVALID_ENVELOPE',
      text(
        'Không đọc được trạng thái cuộc kiểm điểm: cần một snapshot, một envelope hoặc snapshot của envelope.',
        'Not a review snapshot: expected a snapshot, an envelope, or an envelope’s snapshot.',
      ),
    );
  try {
    return reviewMachine.resolveState({
      value: persisted.value as never,
      context: ctx as unknown as ReviewContext,
    });
  } catch {
    throw new PersistenceError(
      'CORRUPT_SNAPSHOT',
      text(
        'Trạng thái của snapshot không có trong máy kiểm điểm.',
        'The snapshot’s state is not one of the review machine.',
      ),
    );
  }
}
