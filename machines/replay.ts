import { text } from '../src/core/text.js';
import type { ReviewInputInput } from '../src/schemas/review-input.js';
import { digestOf, toJsonValue } from './digest.js';
import { PersistenceError } from './errors.js';
import type { PersistedSnapshotJson } from './persistence.js';
import { createReviewActor } from './review/actor.js';
import type { ReviewMachine } from './review/machine.js';
import type { AuditEntry } from './review/types.js';

export interface ReplayOptions {
  /** The machine to replay on (default `reviewMachine`). */
  readonly machine?: ReviewMachine;
}

/**
 * Rebuilds a review from its input and its audit log (PROCESS.md §5): a fresh actor receives
 * every logged event — accepted and refused — in order, and each new entry must match the logged
 * one (digest, outcome, code, steps). Returns the persisted snapshot, equal to the live one.
 * Needs the events themselves: a log kept with `audit.payloads: 'digest'` cannot be replayed
 * (`REPLAY_PAYLOAD_MISSING`); a log whose event no longer matches its digest, or that the machine
 * answers differently, is refused (`REPLAY_DIVERGED`).
 */
export function replay(
  input: ReviewInputInput,
  entries: readonly AuditEntry[],
  options: ReplayOptions = {},
): PersistedSnapshotJson {
  const actor = createReviewActor(input, options.machine ? { machine: options.machine } : {});
  actor.start();
  try {
    entries.forEach((logged, i) => {
      if (!('event' in logged) || logged.event === undefined)
        throw new PersistenceError(
          'REPLAY_PAYLOAD_MISSING',
          text(
            `Dòng nhật ký ${logged.seq} chỉ có mã băm, không có sự kiện để chạy lại.`,
            `Audit entry ${logged.seq} holds a digest only, no event to replay.`,
          ),
        );
      if (digestOf(logged.event) !== logged.digest)
        throw diverged(
          logged.seq,
          'the event does not match its digest',
          'sự kiện không khớp mã băm',
        );
      actor.send(logged.event as never);
      const made = actor.getSnapshot().context.audit[i];
      const same =
        made !== undefined &&
        made.seq === logged.seq &&
        made.digest === logged.digest &&
        made.outcome === logged.outcome &&
        made.code === logged.code &&
        made.from === logged.from &&
        made.to === logged.to;
      if (!same)
        throw diverged(
          logged.seq,
          'the machine answers it differently',
          'máy trạng thái xử lý khác',
        );
    });
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
