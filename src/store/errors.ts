import { type Text, text } from '../core/text.js';

/** Why a store refused or failed. */
export type StoreErrorCode =
  /** The database driver (an optional peer dependency) is not installed. */
  | 'DRIVER_MISSING'
  /** A stored row cannot be read back (bad JSON, wrong shape): the subject is named. */
  | 'CORRUPT_ROW'
  /** The database refused a write (read-only, full, locked too long): nothing was written. */
  | 'WRITE_FAILED'
  /** The database could not be read (unreachable, schema from a newer library). */
  | 'READ_FAILED'
  /** The stored schema is newer than this library knows. */
  | 'NEWER_SCHEMA'
  /** A cycle opens a review whose subject id the store already holds for another cycle. */
  | 'SUBJECT_TAKEN'
  /** A value given to the store is not valid (an id, a limit, an instant). */
  | 'INVALID_ARGUMENT';

/** Thrown by the stores; `subjectId` names the review concerned, when there is one. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  readonly text: Text;
  readonly subjectId: string | undefined;
  constructor(
    code: StoreErrorCode,
    message: Text,
    options: { subjectId?: string; cause?: unknown } = {},
  ) {
    super(`${code}: ${message.en} / ${message.vi}`, { cause: options.cause });
    this.code = code;
    this.text = message;
    this.subjectId = options.subjectId;
  }
}

function reason(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/** A write the database refused, with its reason. */
export function writeFailed(store: string, cause: unknown, subjectId?: string): StoreError {
  const why = reason(cause);
  return new StoreError(
    'WRITE_FAILED',
    text(
      `Kho ${store} không ghi được (${why}); không có gì được ghi.`,
      `The ${store} store could not write (${why}); nothing was written.`,
    ),
    { cause, ...(subjectId !== undefined ? { subjectId } : {}) },
  );
}

/** A read the database failed. */
export function readFailed(store: string, cause: unknown): StoreError {
  const why = reason(cause);
  return new StoreError(
    'READ_FAILED',
    text(`Kho ${store} không đọc được (${why}).`, `The ${store} store could not read (${why}).`),
    { cause },
  );
}

/** A stored row of a subject that cannot be read back. */
export function corruptRow(subjectId: string, what: string, cause?: unknown): StoreError {
  const why = cause === undefined ? '' : `: ${reason(cause)}`;
  return new StoreError(
    'CORRUPT_ROW',
    text(
      `Dữ liệu đã lưu của "${subjectId}" bị hỏng (${what})${why}.`,
      `The stored ${what} of "${subjectId}" is corrupt${why}.`,
    ),
    { subjectId, cause },
  );
}

/** An optional peer dependency that is not installed. */
export function driverMissing(pkg: string, range: string, cause: unknown): StoreError {
  return new StoreError(
    'DRIVER_MISSING',
    text(
      `Cần cài ${pkg} ${range} để dùng kho này (npm install ${pkg}@${range}).`,
      `This store needs ${pkg} ${range} (npm install ${pkg}@${range}).`,
    ),
    { cause },
  );
}

/** Parses a stored JSON text of a subject, or throws CORRUPT_ROW naming it. */
export function parseRow(subjectId: string, what: string, json: unknown): unknown {
  if (typeof json !== 'string') return json;
  try {
    return JSON.parse(json);
  } catch (cause) {
    throw corruptRow(subjectId, what, cause);
  }
}

/** Checks a limit given to a store. */
export function checkLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > 100_000)
    throw new StoreError(
      'INVALID_ARGUMENT',
      text(
        `Giới hạn phải là số nguyên từ 1 đến 100.000 (nhận ${String(limit)}).`,
        `The limit must be an integer from 1 to 100,000 (got ${String(limit)}).`,
      ),
    );
  return limit;
}

/** Epoch milliseconds of an ISO instant with an offset, or INVALID_ARGUMENT. */
export function epochOf(instant: string): number {
  const ms = typeof instant === 'string' ? Date.parse(instant) : Number.NaN;
  if (!Number.isFinite(ms))
    throw new StoreError(
      'INVALID_ARGUMENT',
      text(
        `Thời điểm không hợp lệ: ${String(instant)}.`,
        `Not a valid instant: ${String(instant)}.`,
      ),
    );
  return ms;
}

/** A commit the store refuses (rolled back): the review or cycle moved, or the key is recorded. */
export class Refused extends Error {
  constructor(readonly reason: 'conflict' | 'duplicate') {
    super(reason);
  }
}

/** Runs a write that may be refused; a refusal becomes `{ ok: false, reason }`. */
export async function refusable(
  fn: () => Promise<number>,
): Promise<{ ok: true; version: number } | { ok: false; reason: 'conflict' | 'duplicate' }> {
  try {
    return { ok: true, version: await fn() };
  } catch (err) {
    if (err instanceof Refused) return { ok: false, reason: err.reason };
    throw err;
  }
}

/** A database whose schema is newer than this library's. */
export function newerSchema(at: number, known: number): StoreError {
  return new StoreError(
    'NEWER_SCHEMA',
    text(
      `Cơ sở dữ liệu có lược đồ phiên bản ${at}, mới hơn phiên bản ${known} của thư viện; hãy nâng cấp thư viện.`,
      `The database has schema version ${at}, newer than this library's ${known}; upgrade the library.`,
    ),
  );
}
