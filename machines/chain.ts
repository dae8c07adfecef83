import { text } from '../src/core/text.js';
import { toInputIssues } from '../src/schemas/issues.js';
import { type AuditEntry, AuditEntrySchema, entryDigest } from './audit.js';
import { type AuditKey, canonicalJson, isKeyed, signText } from './digest.js';
import { PersistenceError } from './errors.js';

/**
 * The keys a host verifies with: its current `auditKey` and, so that keys can rotate, earlier
 * ones by `keyId`. When any is given, every digest must be keyed: an unkeyed digest can be made
 * by anyone who edits the database.
 */
export interface AuditKeys {
  readonly auditKey?: AuditKey;
  readonly auditKeys?: Readonly<Record<string, AuditKey['key']>>;
}

function hasKeys(keys: AuditKeys): boolean {
  return keys.auditKey !== undefined || Object.keys(keys.auditKeys ?? {}).length > 0;
}

/**
 * The key that made a digest (`undefined`: none), or a refusal: a keyed digest whose key the
 * host did not give (UNKNOWN_KEY), an unkeyed one while the host verifies with keys (BAD_SEAL).
 */
export function keyFor(
  digest: string,
  keyId: string | undefined,
  keys: AuditKeys,
  what: string,
): AuditKey['key'] | undefined {
  if (!isKeyed(digest)) {
    if (hasKeys(keys))
      throw new PersistenceError(
        'BAD_SEAL',
        text(
          `${what}: mã băm không có khóa trong khi máy chủ kiểm bằng khóa.`,
          `${what}: an unkeyed digest where the host verifies with a key.`,
        ),
      );
    return undefined;
  }
  const id = keyId ?? keys.auditKey?.keyId;
  const key =
    id !== undefined && keys.auditKey?.keyId === id
      ? keys.auditKey.key
      : keys.auditKeys?.[id ?? ''];
  if (key === undefined)
    throw new PersistenceError(
      'UNKNOWN_KEY',
      text(
        `${what}: cần khóa nhật ký "${id ?? '?'}" để kiểm.`,
        `${what}: the audit key "${id ?? '?'}" is needed to verify it.`,
      ),
    );
  return key;
}

/** Whether an entry's own digest (and its payload's, when it holds one) recomputes. */
export function entryHolds(entry: AuditEntry, keys: AuditKeys, what: string): boolean {
  const key = keyFor(entry.digest, entry.keyId, keys, what);
  if (!('payload' in entry)) return entryDigest(entry, key) === entry.digest;
  // the payload's canonical text written once: its digest, and spliced into the entry's
  const payloadJson = canonicalJson(entry.payload);
  if (signText(payloadJson) !== entry.payloadDigest) return false;
  return entryDigest(entry, key, payloadJson) === entry.digest;
}

function broken(seq: number | string, en: string, vi: string): PersistenceError {
  return new PersistenceError(
    'BROKEN_CHAIN',
    text(`Nhật ký đứt ở dòng ${seq}: ${vi}.`, `The audit log breaks at entry ${seq}: ${en}.`),
  );
}

/**
 * Verifies a review's whole audit log: every entry well-formed, of this subject, numbered from 1
 * without a gap, linked to the previous one (`prev`), its digest recomputing (with the key its
 * `keyId` names), its payload matching `payloadDigest`, and the last one equal to `head`.
 * Returns the parsed log; throws BROKEN_CHAIN (or UNKNOWN_KEY / BAD_SEAL) otherwise.
 */
export function verifyChain(
  log: unknown,
  expect: { readonly subjectId: string; readonly head: AuditEntry | null },
  keys: AuditKeys,
): AuditEntry[] {
  if (!Array.isArray(log)) throw broken('-', 'the log is not an array', 'nhật ký không phải mảng');
  let prev = '';
  const out: AuditEntry[] = [];
  log.forEach((raw, i) => {
    const parsed = AuditEntrySchema.safeParse(raw);
    if (!parsed.success)
      throw new PersistenceError(
        'BROKEN_CHAIN',
        text(`Dòng nhật ký ${i + 1} không hợp lệ.`, `Audit entry ${i + 1} is malformed.`),
        toInputIssues(parsed.error).map((x) => ({ ...x, path: ['log', i, ...x.path] })),
      );
    const e = parsed.data;
    if (e.seq !== i + 1) throw broken(i + 1, `seq is ${e.seq}`, `seq là ${e.seq}`);
    if (e.subjectId !== expect.subjectId)
      throw broken(e.seq, 'another subject’s entry', 'dòng của đối tượng khác');
    if (e.prev !== prev) throw broken(e.seq, 'prev is not the previous digest', 'prev sai');
    if (!entryHolds(e, keys, `audit entry ${e.seq}`))
      throw broken(e.seq, 'its digest does not recompute', 'mã băm không khớp');
    prev = e.digest;
    out.push(e);
  });
  const last = out.at(-1) ?? null;
  if ((last?.digest ?? null) !== (expect.head?.digest ?? null))
    throw broken(out.length, 'it does not end at the envelope’s head', 'không kết thúc ở head');
  return out;
}
