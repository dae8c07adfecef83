import {
  type Actor,
  type ActorOptions,
  type AnyStateMachine,
  createActor,
  type Snapshot,
} from 'xstate';
import { z } from 'zod';
import type { InputIssue } from '../src/core/errors.js';
import { text } from '../src/core/text.js';
import { toInputIssues } from '../src/schemas/issues.js';
import { Instant } from '../src/schemas/review-input.js';
import { toJsonValue } from './digest.js';
import { PersistenceError } from './errors.js';
import { ReviewContextSchema } from './review/context-schema.js';
import { LIBRARY_VERSION } from './version.js';

/** The `format` of a review envelope. */
export const REVIEW_ENVELOPE_FORMAT = 'kiemdiem.review';

/** A persisted snapshot as JSON (what `getPersistedSnapshot()` gives, after a JSON round trip). */
export const PersistedSnapshotSchema = z
  .object({
    status: z.literal('active'),
    value: z.record(z.string(), z.unknown()),
    historyValue: z.record(z.string(), z.unknown()).optional(),
    context: z.record(z.string(), z.unknown()),
    children: z.record(z.string(), z.unknown()).optional(),
  })
  .loose();
export type PersistedSnapshotJson = z.output<typeof PersistedSnapshotSchema>;

/** The versioned envelope a review is saved in (PROCESS.md §5). */
export const ReviewEnvelopeSchema = z.strictObject({
  format: z.literal(REVIEW_ENVELOPE_FORMAT),
  machineId: z.string().min(1),
  machineVersion: z.number().int().min(1),
  libraryVersion: z.string().min(1),
  /** The instant of the last event the review received (never the clock). */
  savedAt: Instant,
  snapshot: PersistedSnapshotSchema,
});
export type ReviewEnvelope = z.output<typeof ReviewEnvelopeSchema>;

/** Upgrades a snapshot saved by machine version N to version N + 1. */
export type SnapshotMigration = (snapshot: PersistedSnapshotJson) => PersistedSnapshotJson;
/** Migrations by the version they upgrade *from*. */
export type MigrationRegistry = Readonly<Record<number, SnapshotMigration>>;

/** The shipped migrations of the review machine (none yet: version 1 is the first). */
export const reviewMigrations: MigrationRegistry = {};

function versionOf(machine: AnyStateMachine): number {
  const v = Number(machine.version);
  if (!Number.isInteger(v) || v < 1)
    throw new PersistenceError(
      'NOT_PERSISTABLE',
      text(
        `Máy trạng thái "${machine.id}" không có số phiên bản.`,
        `Machine "${machine.id}" has no version number.`,
      ),
    );
  return v;
}

/** An actor whose snapshot can be saved: any running machine actor. */
export interface PersistableActor {
  readonly logic: AnyStateMachine;
  getPersistedSnapshot(): Snapshot<unknown>;
}

/**
 * Saves a review: its persisted snapshot in a versioned envelope. `savedAt` is the instant of the
 * last event in the audit log (or the cycle's `openedAt` before any event): never the clock.
 */
export function persist(actor: PersistableActor): ReviewEnvelope {
  const machine = actor.logic;
  const snapshot = toJsonValue(actor.getPersistedSnapshot());
  const parsed = PersistedSnapshotSchema.safeParse(snapshot);
  if (!parsed.success)
    throw new PersistenceError(
      'NOT_PERSISTABLE',
      text('Chỉ lưu được cuộc kiểm điểm đang chạy.', 'Only a running review can be saved.'),
      toInputIssues(parsed.error),
    );
  const ctx = ReviewContextSchema.safeParse(parsed.data.context);
  if (!ctx.success)
    throw new PersistenceError(
      'NOT_PERSISTABLE',
      text('Ngữ cảnh không phải của một cuộc kiểm điểm.', 'The context is not a review’s.'),
      toInputIssues(ctx.error),
    );
  const last = [...ctx.data.audit].reverse().find((e) => e.at !== null);
  return {
    format: REVIEW_ENVELOPE_FORMAT,
    machineId: machine.id,
    machineVersion: versionOf(machine),
    libraryVersion: LIBRARY_VERSION,
    savedAt: last?.at ?? ctx.data.cycle.openedAt,
    snapshot: parsed.data,
  };
}

function corrupt(en: string, vi: string, issues: InputIssue[] = []): PersistenceError {
  return new PersistenceError('CORRUPT_SNAPSHOT', text(vi, en), issues);
}

export interface RestoreOptions {
  /** Migrations to use (default: `reviewMigrations`). */
  readonly migrations?: MigrationRegistry;
}

/**
 * Checks and upgrades a saved envelope for a machine, and returns the snapshot to start from.
 * Refuses (with a {@link PersistenceError}, loading nothing) an envelope that is not one, a
 * foreign machine's, a newer machine version's, one with no migration path, or a corrupt snapshot
 * (context shape, audit log continuity, a state value the machine does not have).
 */
export function restoreSnapshot(
  machine: AnyStateMachine,
  envelope: unknown,
  options: RestoreOptions = {},
): PersistedSnapshotJson {
  const env = ReviewEnvelopeSchema.safeParse(envelope);
  if (!env.success)
    throw new PersistenceError(
      'INVALID_ENVELOPE',
      text('Không phải một bản lưu kiểm điểm hợp lệ.', 'Not a valid saved review envelope.'),
      toInputIssues(env.error),
    );
  const { machineId, machineVersion } = env.data;
  if (machineId !== machine.id)
    throw new PersistenceError(
      'FOREIGN_MACHINE',
      text(
        `Bản lưu của máy "${machineId}", không phải "${machine.id}".`,
        `The envelope belongs to machine "${machineId}", not "${machine.id}".`,
      ),
    );
  const current = versionOf(machine);
  if (machineVersion > current)
    throw new PersistenceError(
      'NEWER_VERSION',
      text(
        `Bản lưu từ phiên bản máy ${machineVersion}, mới hơn phiên bản ${current} đang chạy; hãy nâng cấp thư viện.`,
        `The envelope comes from machine version ${machineVersion}, newer than the running ${current}; upgrade the library.`,
      ),
    );
  const migrations = options.migrations ?? reviewMigrations;
  let snapshot = env.data.snapshot;
  for (let v = machineVersion; v < current; v += 1) {
    const migrate = migrations[v];
    if (!migrate)
      throw new PersistenceError(
        'MISSING_MIGRATION',
        text(
          `Thiếu hàm chuyển đổi từ phiên bản ${v} lên ${v + 1}.`,
          `No migration from machine version ${v} to ${v + 1}.`,
        ),
      );
    try {
      snapshot = PersistedSnapshotSchema.parse(toJsonValue(migrate(structuredClone(snapshot))));
    } catch (err) {
      throw corrupt(
        `Migration ${v} → ${v + 1} failed: ${(err as Error).message}`,
        `Chuyển đổi ${v} → ${v + 1} thất bại: ${(err as Error).message}`,
      );
    }
  }
  const ctx = ReviewContextSchema.safeParse(snapshot.context);
  if (!ctx.success) {
    const issues = toInputIssues(ctx.error).map((i) => ({
      ...i,
      path: ['snapshot', 'context', ...i.path],
    }));
    throw corrupt(
      'The saved context is not a valid review context.',
      'Ngữ cảnh đã lưu không hợp lệ.',
      issues,
    );
  }
  try {
    machine.resolveState({ value: snapshot.value as never, context: snapshot.context });
  } catch (err) {
    throw corrupt(
      `The saved state does not exist in machine "${machine.id}": ${(err as Error).message}`,
      `Trạng thái đã lưu không có trong máy "${machine.id}".`,
    );
  }
  if (snapshot.value.review !== ctx.data.stage)
    throw corrupt(
      `The saved state (${String(snapshot.value.review)}) disagrees with the context's stage (${ctx.data.stage}).`,
      `Trạng thái đã lưu (${String(snapshot.value.review)}) không khớp bước trong ngữ cảnh (${ctx.data.stage}).`,
    );
  return snapshot;
}

/**
 * Restores a saved review into a new actor (not started). See {@link restoreSnapshot} for what is
 * refused; on refusal no actor is created.
 */
export function restore<TMachine extends AnyStateMachine>(
  machine: TMachine,
  envelope: unknown,
  options: RestoreOptions & Omit<ActorOptions<TMachine>, 'snapshot' | 'input'> = {},
): Actor<TMachine> {
  const { migrations, ...actorOptions } = options;
  const snapshot = restoreSnapshot(machine, envelope, migrations ? { migrations } : {});
  // XState requires `input` in the options type even when restoring (statelyai/xstate#4915); it
  // is ignored at runtime when a snapshot is given.
  return createActor(machine, {
    ...actorOptions,
    snapshot,
  } as unknown as ActorOptions<TMachine>) as Actor<TMachine>;
}
