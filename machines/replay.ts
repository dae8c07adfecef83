import { text } from '../src/core/text.js';
import type { ReviewInputInput } from '../src/schemas/review-input.js';
import type { AuditEntry } from './audit.js';
import { type AuditKey, canonicalJson, digestOf, toJsonValue } from './digest.js';
import type { PersistedSnapshotJson } from './envelope.js';
import { PersistenceError } from './errors.js';
import { createReviewActor } from './review/actor.js';
import type { ReviewMachine } from './review/machine.js';
import type { ReviewContext } from './review/types.js';

export interface ReplayOptions {
  /** The machine to replay on (default `reviewMachine`). */
  readonly machine?: ReviewMachine;
  /** The audit key the replaying actor signs with (the live one's, for equal digests). */
  readonly auditKey?: AuditKey;
}

/**
 * The input a review was created with, read back from its context (what `restore` replays from):
 * the context keeps the parsed input as it was, and each deadline's first due instant.
 */
export function reviewInputOf(ctx: ReviewContext): ReviewInputInput {
  return {
    subject: ctx.subject,
    cycle: ctx.cycle,
    deadlines: ctx.deadlines.map((d) => ({
      id: d.id,
      ...(d.label ? { label: d.label } : {}),
      due: d.originalDue,
      ...(d.reading ? { reading: d.reading } : {}),
      guards: d.guards,
      policy: d.policy,
      leadWorkingDays: d.leadWorkingDays,
    })),
    classification: ctx.profile ? { profile: ctx.profile as never } : {},
    audit: { payloads: ctx.payloads },
    ...(ctx.participants ? { participants: ctx.participants } : {}),
  };
}

/** What an entry says happened, without the chain's digests (which depend on the key). */
function facts(e: AuditEntry): unknown {
  const { digest: _d, prev: _p, keyId: _k, idempotencyKey: _i, ...rest } = e;
  return rest;
}

/**
 * Rebuilds a review from its input and its audit log (PROCESS.md §5): a fresh actor receives
 * every logged payload — accepted and refused — in order through `dispatch`, and each new entry
 * must say what the logged one says (instant, sender, type, steps, outcome, code, payload digest).
 * Returns the persisted snapshot, equal to the live one. A log kept with `audit.payloads:
 * 'digest'` cannot be replayed (REPLAY_PAYLOAD_MISSING); one whose payload no longer matches its
 * digest, or that the machine answers differently, is refused (REPLAY_DIVERGED).
 */
export function replay(
  input: ReviewInputInput,
  entries: readonly AuditEntry[],
  options: ReplayOptions = {},
): PersistedSnapshotJson {
  const actor = createReviewActor(input, {
    ...(options.machine ? { machine: options.machine } : {}),
    ...(options.auditKey ? { auditKey: options.auditKey } : {}),
  });
  actor.start();
  try {
    for (const logged of entries) {
      if (!('payload' in logged))
        throw new PersistenceError(
          'REPLAY_PAYLOAD_MISSING',
          text(
            `Dòng nhật ký ${logged.seq} chỉ có mã băm, không có sự kiện để chạy lại.`,
            `Audit entry ${logged.seq} holds a digest only, no event to replay.`,
          ),
        );
      if (digestOf(logged.payload) !== logged.payloadDigest)
        throw diverged(
          logged.seq,
          'the payload does not match its digest',
          'sự kiện không khớp mã băm',
        );
      actor.dispatch(logged.payload);
      const made = actor.auditHead();
      if (!made || canonicalJson(facts(made)) !== canonicalJson(facts(logged)))
        throw diverged(
          logged.seq,
          'the machine answers it differently',
          'máy trạng thái xử lý khác',
        );
    }
    return toJsonValue(actor.getPersistedSnapshot()) as PersistedSnapshotJson;
  } finally {
    actor.stop();
  }
}

function diverged(seq: number, en: string, vi: string): PersistenceError {
  return new PersistenceError(
    'REPLAY_DIVERGED',
    text(
      `Chạy lại khác ở dòng nhật ký ${seq}: ${vi}.`,
      `Replay diverged at audit entry ${seq}: ${en}.`,
    ),
  );
}
