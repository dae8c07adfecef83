import { type ActorOptions, type AnyStateMachine, createActor } from 'xstate';
import { fastSafeParse } from '../src/schemas/fast/compile.js';
import { toInputIssues } from '../src/schemas/issues.js';
import type { AuditEntry } from './audit.js';
import { type AuditKeys, verifyChain } from './chain.js';
import { canonicalJson, isKeyed } from './digest.js';
import {
  type PersistedSnapshotJson,
  REVIEW_ENVELOPE_FORMAT_1,
  ReviewEnvelopeSchema,
  ReviewEnvelopeV1Schema,
} from './envelope.js';
import { PersistenceError } from './errors.js';
import { migrateFormat1 } from './format1.js';
import { type MigrationRegistry, migrate, reviewMigrations, versionOf } from './migrations.js';
import { replay, reviewInputOf } from './replay.js';
import { checkMachine, checkSeal, checkSnapshot, refuse } from './restore-checks.js';
import { type GuardedActor, guardActor } from './review/guarded.js';
import type { ReviewMachine } from './review/machine.js';
import type { ReviewContext } from './review/types.js';
import { isTrustedSeal, trustSeal } from './trusted.js';

export interface RestoreOptions extends AuditKeys {
  /** Migrations to use (default: `reviewMigrations`). */
  readonly migrations?: MigrationRegistry;
  /** The review's whole audit log: its chain is verified and it becomes the actor's `auditLog()`. */
  readonly log?: readonly unknown[];
  /** `chain` (default with a log): verify the chain; `replay`: also replay it (needs payloads). */
  readonly verify?: 'chain' | 'replay';
  /**
   * Accept a format-1 envelope (unsealed) although the host verifies with a key. Off by default:
   * with a key, an unsealed envelope may be a sealed one rewritten in the old format.
   */
  readonly acceptFormat1?: boolean;
  /** `false`: the restored actor keeps no log of the entries it makes (see `createReviewActor`). */
  readonly keepAuditLog?: boolean;
}

interface Opened {
  readonly snapshot: PersistedSnapshotJson;
  readonly head: AuditEntry | null;
  readonly log: AuditEntry[] | undefined;
}

/** `ReviewEnvelopeSchema.safeParse`, through the fast path derived from it. */
const parseEnvelope = fastSafeParse(ReviewEnvelopeSchema);

function open(
  machine: AnyStateMachine,
  envelope: unknown,
  options: RestoreOptions,
  sealedText: string | undefined,
): Opened {
  const current = versionOf(machine);
  const migrations = options.migrations ?? reviewMigrations;
  const legacy = (envelope as { format?: unknown } | null)?.format === REVIEW_ENVELOPE_FORMAT_1;
  let snapshot: PersistedSnapshotJson;
  let head: AuditEntry | null;
  let log: AuditEntry[] | undefined;
  let seal: string | undefined;
  if (legacy) {
    const v1 = ReviewEnvelopeV1Schema.safeParse(envelope);
    if (!v1.success)
      throw refuse(
        'INVALID_ENVELOPE',
        'Not a valid saved review envelope (format 1).',
        'Không phải một bản lưu kiểm điểm hợp lệ (định dạng 1).',
        toInputIssues(v1.error),
      );
    checkMachine(machine, v1.data.machineId, v1.data.machineVersion);
    if ((options.auditKey || options.auditKeys) && !options.acceptFormat1)
      throw refuse(
        'BAD_SEAL',
        'A format-1 envelope carries no seal; the host verifies with a key (pass acceptFormat1 to migrate it once).',
        'Bản lưu định dạng 1 không có dấu niêm trong khi máy chủ kiểm bằng khóa (dùng acceptFormat1 để chuyển đổi một lần).',
      );
    const m = migrateFormat1(v1.data, options.auditKey);
    snapshot = migrate(m.snapshot, m.machineVersion, current, migrations);
    log = m.log;
    head = m.log.at(-1) ?? null;
  } else {
    const env = parseEnvelope(envelope);
    if (!env.success)
      throw refuse(
        'INVALID_ENVELOPE',
        'Not a valid saved review envelope.',
        'Không phải một bản lưu kiểm điểm hợp lệ.',
        toInputIssues(env.error),
      );
    checkMachine(machine, env.data.machine.id, env.data.machine.version);
    checkSeal(env.data.snapshot, env.data.head, env.data.seal, options, sealedText);
    snapshot = migrate(env.data.snapshot, env.data.machine.version, current, migrations);
    head = env.data.head;
    seal = snapshot === env.data.snapshot ? env.data.seal : undefined; // migrated: a new snapshot
  }
  // A snapshot whose seal this process made or checked for this machine is known good (trusted.ts),
  // and so is one sealed with the host's own audit key (checkSeal verified the HMAC with it): only
  // the host's processes hold the key, and each checked or built the context it sealed. A plain
  // sha256 seal anyone can recompute, so an unknown one is checked in full.
  const known = seal !== undefined && (isKeyed(seal) || isTrustedSeal(machine, seal));
  const ctx = known
    ? (snapshot.context as unknown as ReviewContext)
    : checkSnapshot(machine, snapshot);
  if (seal !== undefined && !known) trustSeal(machine, seal);
  if (options.log !== undefined)
    log = verifyChain(options.log, { subjectId: ctx.subject.id, head }, options);
  if (options.verify === 'replay') {
    if (!log)
      throw refuse('BROKEN_CHAIN', 'Replay needs the audit log.', 'Cần nhật ký để chạy lại.');
    const again = replay(reviewInputOf(ctx), log, {
      machine: machine as ReviewMachine,
      ...(options.auditKey ? { auditKey: options.auditKey } : {}),
    });
    if (canonicalJson(withoutHead(again)) !== canonicalJson(withoutHead(snapshot)))
      throw refuse(
        'REPLAY_DIVERGED',
        'Replaying the log does not give the saved snapshot.',
        'Chạy lại nhật ký không cho ra bản lưu.',
      );
  }
  return { snapshot, head, log };
}

/** A snapshot without the chain's head digest (it differs when the key rotated mid-log). */
function withoutHead(s: PersistedSnapshotJson): unknown {
  const { audit, ...context } = s.context as { audit: { seq: number } };
  return { ...s, context: { ...context, seq: audit.seq } };
}

function opened(
  machine: AnyStateMachine,
  envelope: unknown,
  options: RestoreOptions,
  sealedText?: string,
): Opened {
  try {
    return open(machine, envelope, options, sealedText);
  } catch (err) {
    if (err instanceof PersistenceError) throw err;
    // e.g. a snapshot too deep to digest: refused, never a crash
    throw refuse(
      'INVALID_ENVELOPE',
      `The envelope cannot be read: ${(err as Error)?.message ?? String(err)}`,
      'Không đọc được bản lưu.',
    );
  }
}

/**
 * Checks and upgrades a saved envelope for a machine and returns the snapshot to start from.
 * Refuses (PersistenceError, loading nothing): not an envelope (INVALID_ENVELOPE), another
 * machine's (FOREIGN_MACHINE), a newer version's (NEWER_VERSION), no migration path
 * (MISSING_MIGRATION), a seal or head that does not match (BAD_SEAL), a key not given
 * (UNKNOWN_KEY), a corrupt snapshot (CORRUPT_SNAPSHOT), a log that is not its chain
 * (BROKEN_CHAIN), a replay that differs (REPLAY_DIVERGED). Format-1 envelopes are migrated.
 */
export function restoreSnapshot(
  machine: AnyStateMachine,
  envelope: unknown,
  options: RestoreOptions = {},
): PersistedSnapshotJson {
  return opened(machine, envelope, options).snapshot;
}

/**
 * Restores a saved review into a new, checked actor (not started) — see {@link restoreSnapshot}
 * for what is refused; on refusal no actor is created. Its `auditLog()` starts with the verified
 * `log` (or the migrated log of a format-1 envelope); its audit key is `auditKey`.
 */
export function restore<TMachine extends AnyStateMachine>(
  machine: TMachine,
  envelope: unknown,
  options: RestoreOptions & Omit<ActorOptions<TMachine>, 'snapshot' | 'input'> = {},
): GuardedActor<TMachine> {
  return restoreWith(machine, envelope, options, undefined);
}

/** `restore`, the snapshot's saved text given when the envelope was parsed from text. Internal. */
export function restoreWith<TMachine extends AnyStateMachine>(
  machine: TMachine,
  envelope: unknown,
  options: RestoreOptions & Omit<ActorOptions<TMachine>, 'snapshot' | 'input'>,
  sealedText: string | undefined,
): GuardedActor<TMachine> {
  const {
    migrations,
    log,
    verify,
    auditKey,
    auditKeys,
    acceptFormat1,
    keepAuditLog,
    ...actorOptions
  } = options;
  // the restore options as given (opened reads only those; the actor's go to createActor)
  const o = opened(machine, envelope, options, sealedText);
  // XState requires `input` in the options type even when restoring (statelyai/xstate#4915); it
  // is ignored at runtime when a snapshot is given.
  // The context as a spread copy: XState copies it with Object.assign on every assign, and a copy
  // of the parsed object would have slow (dictionary) properties (see reviewContextFromInput).
  const snapshot = Object.assign({}, o.snapshot, { context: { ...o.snapshot.context } });
  const actor = createActor(machine, {
    ...actorOptions,
    snapshot,
  } as unknown as ActorOptions<TMachine>);
  return guardActor(actor, {
    ...(auditKey ? { key: auditKey } : {}),
    ...(o.log && keepAuditLog !== false ? { log: o.log } : {}),
    ...(keepAuditLog === false ? { keepLog: false } : {}),
    head: o.head,
  });
}
