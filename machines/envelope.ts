import { z } from 'zod';
import { AuditEntrySchema } from './audit.js';

/** The `format` of a review envelope (format 1 was the string `kiemdiem.review`). */
export const REVIEW_ENVELOPE_FORMAT = 2;
/** The `format` of the first envelopes (audit log inside the context, no seal). */
export const REVIEW_ENVELOPE_FORMAT_1 = 'kiemdiem.review';

const Empty = z.strictObject({});

/**
 * A persisted snapshot as JSON (what `getPersistedSnapshot()` gives, after a JSON round trip).
 * The review machine has no history states and invokes no actors: `historyValue` and `children`
 * must be empty — a garbage `historyValue` would restore and then fail on the first event.
 */
export const PersistedSnapshotSchema = z.strictObject({
  status: z.literal('active'),
  value: z.record(z.string(), z.unknown()),
  historyValue: Empty.optional(),
  context: z.record(z.string(), z.unknown()),
  children: Empty.optional(),
});
export type PersistedSnapshotJson = z.output<typeof PersistedSnapshotSchema>;

const DIGEST = /^(sha256|hmac-sha256):[0-9a-f]{64}$/;

/**
 * The envelope a review is saved in, format 2 (CONTRACT.md "Audit entry and envelope"): the
 * snapshot, the last audit entry (`head`, null before any event) and the `seal` — the digest
 * (HMAC with the host's audit key) of the snapshot, whose context holds `head.digest`, so the seal
 * binds the state to its history. The log itself is not in it.
 */
export const ReviewEnvelopeSchema = z.strictObject({
  format: z.literal(REVIEW_ENVELOPE_FORMAT),
  machine: z.strictObject({ id: z.string().min(1), version: z.number().int().min(1) }),
  /** The library version that saved it (informative: nothing reads it on restore). */
  library: z.string().min(1),
  snapshot: PersistedSnapshotSchema,
  head: AuditEntrySchema.nullable(),
  seal: z.string().regex(DIGEST),
});
export type ReviewEnvelope = z.output<typeof ReviewEnvelopeSchema>;

/** A format-1 envelope, as the first version of the library saved it. */
export const ReviewEnvelopeV1Schema = z.strictObject({
  format: z.literal(REVIEW_ENVELOPE_FORMAT_1),
  machineId: z.string().min(1),
  machineVersion: z.number().int().min(1),
  libraryVersion: z.string().min(1),
  savedAt: z.string(),
  snapshot: z.looseObject({
    status: z.literal('active'),
    value: z.record(z.string(), z.unknown()),
    context: z.looseObject({ seq: z.number(), audit: z.array(z.record(z.string(), z.unknown())) }),
  }),
});
export type ReviewEnvelopeV1 = z.output<typeof ReviewEnvelopeV1Schema>;
