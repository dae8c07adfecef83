import type { AnyStateMachine, Snapshot } from 'xstate';
import { text } from '../src/core/text.js';
import { fastSafeParse } from '../src/schemas/fast/compile.js';
import { toInputIssues } from '../src/schemas/issues.js';
import { canonicalJsonOfParts, jsonCopyOfParts } from './canonical-memo.js';
import { canonicalJson, signText } from './digest.js';
import {
  PersistedSnapshotSchema,
  REVIEW_ENVELOPE_FORMAT,
  type ReviewEnvelope,
} from './envelope.js';
import { PersistenceError } from './errors.js';
import { versionOf } from './migrations.js';
import { ReviewContextSchema } from './review/context-schema.js';
import { guardStateOf } from './review/guarded.js';
import { reviewMachine } from './review/machine.js';
import type { ReviewContext } from './review/types.js';
import { trustSeal } from './trusted.js';
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

/** `PersistedSnapshotSchema.safeParse`, through the fast path derived from it. */
const parseSnapshot = fastSafeParse(PersistedSnapshotSchema);

function notPersistable(en: string, vi: string, issues = [] as PersistenceError['issues']) {
  return new PersistenceError('NOT_PERSISTABLE', text(vi, en), issues);
}

/**
 * The actor's persisted snapshot; for a running review machine without XState's walk of the
 * context, and `running: true` — a snapshot the schema holds by construction: active, no child,
 * no history, the machine's state value and context objects.
 */
function persistedOf(
  actor: PersistableActor,
): { running: true; snapshot: Record<string, unknown> } | { running: false; snapshot: unknown } {
  const live =
    actor.logic === reviewMachine ? (actor as unknown as Snap).getSnapshot?.() : undefined;
  if (
    live?.status === 'active' &&
    Object.keys(live.children ?? {}).length === 0 &&
    Object.keys(live.historyValue ?? {}).length === 0 &&
    isRecord(live.value) &&
    isRecord(live.context)
  )
    // what getPersistedSnapshot gives for it: the review machine holds no actor in its context
    return {
      snapshot: {
        status: live.status,
        value: live.value,
        historyValue: {},
        context: live.context,
        children: {},
      },
      running: true as const,
    };
  return { snapshot: actor.getPersistedSnapshot(), running: false as const };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A snapshot the schema holds, as its parse gives it: its members in the schema's order. */
function inSchemaOrder(s: Record<string, unknown>): ReviewEnvelope['snapshot'] {
  return {
    status: s.status as 'active',
    value: s.value as Record<string, unknown>,
    historyValue: s.historyValue as Record<string, never>,
    context: s.context as Record<string, unknown>,
    children: s.children as Record<string, never>,
  };
}

interface Snap {
  getSnapshot?(): {
    status: string;
    value: unknown;
    context: unknown;
    children?: object;
    historyValue?: object;
  };
}

interface Sealed {
  readonly machine: AnyStateMachine;
  /** The snapshot's canonical JSON: the text the seal signs. */
  readonly text: string;
  /** The envelope's JSON-only copy of the snapshot (checked by the snapshot schema). */
  readonly snapshot: ReviewEnvelope['snapshot'];
  readonly head: ReviewEnvelope['head'];
  readonly seal: string;
}

/**
 * What both `persist` and `persistText` save: the snapshot's canonical text, checked and sealed.
 * `copy: false` checks the live snapshot instead of building the envelope's copy (the text is
 * all `persistText` writes).
 */
function sealed(actor: PersistableActor, copy: boolean): Sealed {
  const machine = actor.logic;
  const guard = guardStateOf(actor);
  if (!guard)
    throw notPersistable(
      'Only an actor made by createReviewActor or restore can be saved.',
      'Chỉ lưu được actor tạo bằng createReviewActor hoặc restore.',
    );
  // the review machine's context members are never changed in place: each is written once
  const persisted = persistedOf(actor);
  const snapshot = persisted.snapshot;
  const ours = machine === reviewMachine && snapshot !== null && typeof snapshot === 'object';
  // The members' texts are remembered (canonical-memo.ts) for an actor saved again — the service
  // saves a cached review after each event — and for `persist`, whose copy shares them. The first
  // `persistText` of an actor writes plainly: a cycle saves each review once, at its close, and the
  // memo's first write cost three times the plain one (measured cold: 120–230 µs against 45–90;
  // issue 10).
  const memo = ours && (copy || guard.saved);
  guard.saved = true;
  const text = memo ? canonicalJsonOfParts(snapshot, 2) : canonicalJson(snapshot);
  // the JSON copy the envelope holds; for the review machine its unchanged members are shared.
  // A running review's needs no check by the schema (persistedOf): its copy is put in the
  // schema's order, as the parse would (issue 9: the parse was a fifth of a save from memory).
  const parsed = persisted.running
    ? {
        success: true as const,
        data: inSchemaOrder(copy ? jsonCopyOfParts(persisted.snapshot) : persisted.snapshot),
      }
    : parseSnapshot(!ours ? JSON.parse(text) : copy ? jsonCopyOfParts(snapshot) : snapshot);
  if (!parsed.success)
    throw notPersistable(
      'Only a running review can be saved.',
      'Chỉ lưu được cuộc kiểm điểm đang chạy.',
      toInputIssues(parsed.error),
    );
  const context = parsed.data.context as unknown as ReviewContext;
  if (machine !== reviewMachine) {
    const ctx = ReviewContextSchema.safeParse(context);
    if (!ctx.success)
      throw notPersistable(
        'The context is not a review’s.',
        'Ngữ cảnh không phải của một cuộc kiểm điểm.',
        toInputIssues(ctx.error),
      );
  }
  const head = guard.head;
  if ((head?.digest ?? '') !== context.audit?.head)
    throw notPersistable(
      'The actor’s last audit entry is not the one its context names.',
      'Dòng nhật ký cuối của actor không khớp ngữ cảnh.',
    );
  const seal = signText(text, guard.key?.key);
  trustSeal(machine, seal);
  return { machine, text, snapshot: parsed.data, head, seal };
}

/**
 * Saves a review (format 2): its persisted snapshot, the last audit entry (`head`) and the seal —
 * the digest of the snapshot, an HMAC with the actor's audit key. The log itself is not in it: the
 * host keeps it from the `audit` events or `actor.auditLog()`. Needs an actor made by
 * `createReviewActor` or `restore` (a bare XState actor does not know its head entry).
 *
 * The snapshot's canonical JSON is written once: it is the text the seal signs, and parsed back
 * it is the envelope's JSON-only copy (shared with nothing the actor holds). The context of the
 * review machine itself is not run through the context schema: the machine built it from
 * validated input with its own actions (a restored one was checked by `restore`); another
 * machine's context is checked.
 */
export function persist(actor: PersistableActor): ReviewEnvelope {
  const s = sealed(actor, true);
  return {
    format: REVIEW_ENVELOPE_FORMAT,
    machine: { id: s.machine.id, version: versionOf(s.machine) },
    library: LIBRARY_VERSION,
    snapshot: s.snapshot,
    head: s.head,
    seal: s.seal,
  };
}

/**
 * `JSON.stringify(persist(actor))`, up to the order of the snapshot's keys (canonical here), for a
 * host that stores the text: the snapshot is the canonical text the seal signs, so no copy of it
 * is built and none is written out again (issue 10: a cycle saves every review it closes).
 */
export function persistText(actor: PersistableActor): string {
  const s = sealed(actor, false);
  const machine = JSON.stringify({ id: s.machine.id, version: versionOf(s.machine) });
  return `{"format":${REVIEW_ENVELOPE_FORMAT},"machine":${machine},"library":${JSON.stringify(LIBRARY_VERSION)},"snapshot":${s.text},"head":${JSON.stringify(s.head)},"seal":${JSON.stringify(s.seal)}}`;
}
