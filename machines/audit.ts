import { z } from 'zod';
import { fastSafeParse } from '../src/schemas/fast/compile.js';
import { Instant } from '../src/schemas/review-boundary.js';
import { SenderSchema } from '../src/schemas/review-events.js';
import { REVIEW_STAGES, type ReviewStage } from '../src/schemas/review-input.js';
import { type AuditKey, canonicalJson, quote, sealOf, signText } from './digest.js';
import type { Screened } from './review/boundary.js';
import { REJECTION_CODES, type RejectionCode } from './review/codes.js';

const DIGEST = /^(sha256|hmac-sha256):[0-9a-f]{64}$/;

/**
 * One line of a review's audit log, format 2 (CONTRACT.md "Audit entry and envelope"): who, what,
 * when, the step before and after, the outcome, the payload (unless the review keeps digests
 * only) and its digest, and the chain — `prev` is the digest of entry `seq - 1` (`""` for the
 * first), `digest` the digest of this entry without `digest` (an HMAC with the host's `auditKey`,
 * then `keyId` names the key).
 */
export const AuditEntrySchema = z.strictObject({
  subjectId: z.string().min(1),
  seq: z.number().int().min(1),
  /** The event's instant (`at`), or null when the event carried no valid one. */
  at: Instant.nullable(),
  type: z.string(),
  by: z.strictObject({ id: z.string(), roles: z.array(z.string()) }).nullable(),
  outcome: z.enum(['accepted', 'rejected']),
  code: z.enum(REJECTION_CODES).optional(),
  from: z.enum(REVIEW_STAGES),
  to: z.enum(REVIEW_STAGES),
  /** The validated event when accepted, the one received (JSON, NFC) when refused. */
  payload: z.unknown().optional(),
  payloadDigest: z.string().regex(DIGEST),
  idempotencyKey: z.string().min(1).optional(),
  keyId: z.string().min(1).optional(),
  prev: z.union([z.literal(''), z.string().regex(DIGEST)]),
  digest: z.string().regex(DIGEST),
});
export type AuditEntry = z.output<typeof AuditEntrySchema>;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Where a review's chain stands: all its context keeps of the log. */
export interface AuditHead {
  readonly seq: number;
  /** The digest of the last entry (`""` before any). */
  readonly head: string;
}

/** What the machine knows of an event when it logs it. */
export interface AuditFacts {
  readonly subjectId: string;
  readonly from: ReviewStage;
  readonly to: ReviewStage;
  readonly outcome: 'accepted' | 'rejected';
  readonly code?: RejectionCode;
  /** The validated event (accepted), or null: then the received one is logged. */
  readonly validated: { readonly type: string; readonly at: string; readonly by: unknown } | null;
  readonly received: Screened;
  readonly keepPayload: boolean;
}

/** The schemas an entry reads the event's sender and instant with, through their fast paths. */
const parseSender = fastSafeParse(SenderSchema);
const parseInstant = fastSafeParse(Instant);

function senderOf(raw: unknown): AuditEntry['by'] {
  if (raw === null || typeof raw !== 'object') return null;
  const by = parseSender((raw as { by?: unknown }).by);
  return by.success ? { id: by.data.id, roles: [...by.data.roles] } : null;
}

function instantOf(raw: unknown): string | null {
  if (raw === null || typeof raw !== 'object') return null;
  const at = parseInstant((raw as { at?: unknown }).at);
  return at.success ? at.data : null;
}

/** The event's `type`; `(number)`, `(null)`… when it has none, or is not an object. */
function typeOf(raw: unknown): string {
  const type = raw !== null && typeof raw === 'object' ? (raw as { type?: unknown }).type : raw;
  if (typeof type === 'string' && type !== raw) return type;
  return `(${type === null ? 'null' : typeof type})`;
}

/**
 * The digest of an entry: of the canonical JSON of the entry without `digest`, keyed when a key is
 * given. `payloadJson`, the payload's canonical JSON when the caller has it, is spliced in rather
 * than computed again (the same text: keys sorted, no whitespace).
 */
export function entryDigest(
  entry: Omit<AuditEntry, 'digest'>,
  key?: AuditKey['key'],
  payloadJson?: string,
): string {
  const { digest: _ignored, ...rest } = entry as AuditEntry;
  if (payloadJson === undefined || !('payload' in rest)) return sealOf(rest, key);
  const record = rest as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${k === 'payload' ? payloadJson : canonicalJson(record[k])}`);
  return signText(`{${members.join(',')}}`, key);
}

/** The sender of a validated event, as an entry names it (its id and roles, no unit). */
function validSender(by: unknown): AuditEntry['by'] {
  const b = by as { id: string; roles: readonly string[] };
  return { id: b.id, roles: [...b.roles] };
}

/**
 * The next entry of a chain. A refused event outside the payload bounds is logged by its summary
 * (type and why), without sender or instant: nothing of it was read. An accepted event's instant,
 * type and sender are its validated ones, and its payload is the validated event itself: a value
 * the library made (zod's output of the boundary's JSON, NFC copy), already JSON-only and NFC, so
 * it equals the JSON copy earlier versions parsed back from its canonical text (issue 9: that
 * copy was the costliest line of an entry). A refused event's payload is the copy of what was
 * received. The entry is built once, with its digest.
 */
export function auditEntry(chain: AuditHead, facts: AuditFacts, key?: AuditKey): AuditEntry {
  const received = facts.received;
  const v = facts.validated;
  const payloadJson = canonicalJson(v ?? received.value);
  const copy: unknown = v !== null ? v : JSON.parse(payloadJson);
  const readable = v !== null || received.ok;
  // Built member by member in the entry's order: on Node 20 a member written after a spread in
  // an object literal costs about half a microsecond.
  const fields: Mutable<Omit<AuditEntry, 'digest'>> = {
    subjectId: facts.subjectId,
    seq: chain.seq + 1,
    at: v ? v.at : readable ? instantOf(copy) : null,
    type: v ? v.type : typeOf(copy),
    by: v ? validSender(v.by) : readable ? senderOf(copy) : null,
    outcome: facts.outcome,
  } as Mutable<Omit<AuditEntry, 'digest'>>;
  if (facts.code) fields.code = facts.code;
  fields.from = facts.from;
  fields.to = facts.to;
  if (facts.keepPayload) fields.payload = copy;
  fields.payloadDigest = signText(payloadJson);
  if (key) fields.keyId = key.keyId;
  fields.prev = chain.head;
  const entry = fields as AuditEntry;
  entry.digest = signText(entryText(fields, payloadJson), key?.key);
  return entry;
}

const opt = (name: string, value: string | undefined) =>
  value === undefined ? '' : `"${name}":${quote(value)},`;

/**
 * The canonical JSON of an entry the machine made (what {@link entryDigest} signs), written in
 * its members' sorted order directly: the machine builds every entry with the same members, so
 * nothing needs sorting. `idempotencyKey` is never set by the machine. Steps, outcomes, codes and
 * digests are ASCII names that need no escaping; the rest goes through `quote` (NFC, escapes).
 */
function entryText(e: Omit<AuditEntry, 'digest'>, payloadJson: string): string {
  const by = e.by
    ? `{"id":${quote(e.by.id)},"roles":[${e.by.roles.map(quote).join(',')}]}`
    : 'null';
  return (
    `{"at":${e.at === null ? 'null' : quote(e.at)},"by":${by},${opt('code', e.code)}` +
    `"from":"${e.from}",${opt('keyId', e.keyId)}"outcome":"${e.outcome}",` +
    `${'payload' in e ? `"payload":${payloadJson},` : ''}"payloadDigest":"${e.payloadDigest}",` +
    `"prev":"${e.prev}","seq":${e.seq},"subjectId":${quote(e.subjectId)},` +
    `"to":"${e.to}","type":${quote(e.type)}}`
  );
}
