import { deepStrictEqual, ok } from 'node:assert/strict';
import type { AuditEntry } from '../../machines/audit.js';
import type { Json, ReviewStore, StoredReview } from './types.js';

/** One case of the store contract: run it on a fresh, initialised store. */
export interface StoreContractCase {
  readonly name: string;
  run(store: ReviewStore): Promise<void>;
}

export const AT = '2025-11-10T09:00:00+07:00';

/** A stand-in audit entry (the store keeps entries as they are: `verifyChain` checks them). */
export function entry(subjectId: string, seq: number): AuditEntry {
  return {
    subjectId,
    seq,
    at: AT,
    type: 'TICK',
    by: { id: 'lịch', roles: ['scheduler'] },
    outcome: 'accepted',
    from: 'preparing',
    to: 'preparing',
    payloadDigest: `sha256:${'0'.repeat(64)}`,
    prev: seq === 1 ? '' : `sha256:${String(seq - 1).padStart(64, '0')}`,
    digest: `sha256:${String(seq).padStart(64, '0')}`,
  };
}

export function envelope(n: number): Json {
  return { format: 2, n, tên: 'Nguyễn Văn Á', nested: { list: [1, 'hai', null, true] } };
}

export async function created(
  store: ReviewStore,
  subjectId: string,
  nextDueAt: string | null = null,
) {
  ok(
    await store.create({
      subjectId,
      organizerId: 'so-noi-vu',
      year: 2025,
      envelope: envelope(1),
      nextDueAt,
    }),
  );
}

/**
 * A loaded review without its `envelopeText`, after checking that text (optional: a store that
 * keeps no text gives none) is the envelope as JSON — what the service compares its cache with.
 */
export function loaded(
  review: StoredReview | undefined,
): Omit<StoredReview, 'envelopeText'> | undefined {
  if (review === undefined) return undefined;
  const { envelopeText, ...rest } = review;
  if (envelopeText !== undefined)
    deepStrictEqual(
      JSON.parse(envelopeText),
      review.envelope,
      'envelopeText is the envelope as JSON',
    );
  return rest;
}
