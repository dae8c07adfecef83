import { formatPath, type InputIssue } from '../src/core/errors.js';
import { type Text, text } from '../src/core/text.js';

function firstIssues(issues: readonly InputIssue[], lang: keyof Text): string {
  const shown = issues
    .slice(0, 3)
    .map((i) => `${formatPath(i.path)}: ${i.message[lang]}`)
    .join('; ');
  return issues.length > 3 ? `${shown} (+${issues.length - 3})` : shown;
}

/**
 * Thrown by `createReviewActor` (and by the machine's context factory) when the input of a review
 * is invalid: `issues` are located (`subject.role`, `deadlines[1].due`) and bilingual.
 */
export class ReviewInputError extends Error {
  override readonly name = 'ReviewInputError';
  readonly issues: readonly InputIssue[];
  readonly text: Text;
  constructor(issues: readonly InputIssue[]) {
    const t = text(
      `Dữ liệu đầu vào của cuộc kiểm điểm không hợp lệ: ${firstIssues(issues, 'vi')}`,
      `Invalid review input: ${firstIssues(issues, 'en')}`,
    );
    super(`${t.en} / ${t.vi}`);
    this.issues = issues;
    this.text = t;
  }
}

/** Why an envelope, a snapshot or an audit log was refused. */
export type PersistenceErrorCode =
  | 'INVALID_ENVELOPE'
  | 'FOREIGN_MACHINE'
  | 'NEWER_VERSION'
  | 'MISSING_MIGRATION'
  | 'CORRUPT_SNAPSHOT'
  /** The seal or the head entry does not match the snapshot (or is unkeyed where a key is due). */
  | 'BAD_SEAL'
  /** The audit log given to `restore` is not an unbroken chain ending at the envelope's head. */
  | 'BROKEN_CHAIN'
  /** A digest was made with a key the host did not give (`keyId`). */
  | 'UNKNOWN_KEY'
  | 'NOT_PERSISTABLE'
  | 'REPLAY_PAYLOAD_MISSING'
  | 'REPLAY_DIVERGED';

/**
 * Thrown by `persist`, `restore`, `restoreSnapshot` and `replay`. Nothing is loaded when it is
 * thrown: a restore either yields a whole, valid snapshot or this error.
 */
export class PersistenceError extends Error {
  override readonly name = 'PersistenceError';
  readonly code: PersistenceErrorCode;
  readonly text: Text;
  readonly issues: readonly InputIssue[];
  constructor(code: PersistenceErrorCode, message: Text, issues: readonly InputIssue[] = []) {
    const more = issues.length > 0 ? ` (${firstIssues(issues, 'en')})` : '';
    super(`${code}: ${message.en}${more} / ${message.vi}`);
    this.code = code;
    this.text = message;
    this.issues = issues;
  }
}
