import type { AnyStateMachine } from 'xstate';
import type { InputIssue } from '../src/core/errors.js';
import { show } from '../src/core/show.js';
import { text } from '../src/core/text.js';
import { toInputIssues } from '../src/schemas/issues.js';
import type { AuditEntry } from './audit.js';
import { carriedText } from './carried-text.js';
import { type AuditKeys, entryHolds, keyFor } from './chain.js';
import { type AuditKey, canonicalJson, isKeyed, signText } from './digest.js';
import type { PersistedSnapshotJson } from './envelope.js';
import { PersistenceError } from './errors.js';
import { versionOf } from './migrations.js';
import { ReviewContextSchema } from './review/context-schema.js';
import type { ReviewContext } from './review/types.js';

// What `restore` checks of an envelope before it trusts it (restore.ts): the machine and its
// version, the seal and the head entry, and — for a snapshot not known good — the context.

export function refuse(
  code: PersistenceError['code'],
  en: string,
  vi: string,
  issues: InputIssue[] = [],
) {
  return new PersistenceError(code, text(vi, en), issues);
}

export function checkMachine(machine: AnyStateMachine, id: string, version: number): void {
  if (id !== machine.id)
    throw refuse(
      'FOREIGN_MACHINE',
      `The envelope belongs to machine "${id}", not "${machine.id}".`,
      `Bản lưu của máy "${id}", không phải "${machine.id}".`,
    );
  const current = versionOf(machine);
  if (version > current)
    throw refuse(
      'NEWER_VERSION',
      `The envelope comes from machine version ${version}, newer than the running ${current}; upgrade the library.`,
      `Bản lưu từ phiên bản máy ${version}, mới hơn phiên bản ${current} đang chạy; hãy nâng cấp thư viện.`,
    );
}

/** The seal binds the snapshot; the head entry is intact and is the one the context names. */
export function checkSeal(
  snapshot: PersistedSnapshotJson,
  head: AuditEntry | null,
  seal: string,
  keys: AuditKeys,
  sealedText: string | undefined,
): void {
  // The seal is made with the saving actor's key: the head's, or a newer one after a rotation.
  let key: AuditKey['key'] | undefined;
  try {
    key = keyFor(seal, head?.keyId, keys, 'seal');
  } catch (err) {
    if (!(err instanceof PersistenceError) || !keys.auditKey) throw err;
    key = keyFor(seal, keys.auditKey.keyId, keys, 'seal');
  }
  const current = keys.auditKey?.key;
  // What the seal signs, written once for every key tried. Not remembered per member for the next
  // persist: measured, the WeakMap entries of every restored review cost the round trip more
  // (124–138 µs against 83–86 µs) than they saved a service's persist (sends/s within the noise).
  // A snapshot parsed from its own saved text (restoreText) is checked on that text: when it is
  // the text the seal signs, the snapshot is what was sealed, with no canonical re-writing.
  const signs = (text: string) => {
    const matches = (k: AuditKey['key'] | undefined) => signText(text, k) === seal;
    return matches(key) || (isKeyed(seal) && current !== undefined && matches(current));
  };
  const sealedBy = sealedText ?? carriedText(snapshot); // carried-text.ts
  if (!(sealedBy !== undefined && signs(sealedBy)) && !signs(canonicalJson(snapshot)))
    throw refuse('BAD_SEAL', 'The seal does not match the snapshot.', 'Dấu niêm không khớp.');
  const chain = (snapshot.context as { audit?: { seq?: unknown; head?: unknown } }).audit;
  const subject = (snapshot.context as { subject?: { id?: unknown } }).subject;
  const bound = head
    ? entryHolds(head, keys, 'head') &&
      chain?.seq === head.seq &&
      chain?.head === head.digest &&
      subject?.id === head.subjectId
    : chain?.seq === 0 && chain?.head === '';
  if (!bound)
    throw refuse(
      'BAD_SEAL',
      'The head entry is not the last entry of this snapshot’s chain.',
      'Dòng nhật ký head không phải dòng cuối của chuỗi trong bản lưu.',
    );
}

export function checkSnapshot(
  machine: AnyStateMachine,
  snapshot: PersistedSnapshotJson,
): ReviewContext {
  const ctx = ReviewContextSchema.safeParse(snapshot.context);
  if (!ctx.success) {
    const issues = toInputIssues(ctx.error).map((i) => ({
      ...i,
      path: ['snapshot', 'context', ...i.path],
    }));
    throw refuse(
      'CORRUPT_SNAPSHOT',
      'The saved context is not a valid review context.',
      'Ngữ cảnh đã lưu không hợp lệ.',
      issues,
    );
  }
  try {
    machine.resolveState({ value: snapshot.value as never, context: snapshot.context });
  } catch (err) {
    throw refuse(
      'CORRUPT_SNAPSHOT',
      `The saved state does not exist in machine "${machine.id}": ${(err as Error).message}`,
      `Trạng thái đã lưu không có trong máy "${machine.id}".`,
    );
  }
  const stage = ctx.data.stage;
  if (snapshot.value.review !== stage)
    throw refuse(
      'CORRUPT_SNAPSHOT',
      `The saved state (${show(snapshot.value.review)}) disagrees with the context's stage (${stage}).`,
      `Trạng thái đã lưu (${show(snapshot.value.review)}) không khớp bước trong ngữ cảnh (${stage}).`,
    );
  return snapshot.context as unknown as ReviewContext;
}
