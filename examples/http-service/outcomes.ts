// How the service's outcomes and failures become HTTP answers (the table is in README.md).
import { type CycleOutcome, type SendOutcome, StoreError, text } from 'kiemdiem';
import { problem, type Reply } from './http.js';

/**
 * The status of each refusal. The request itself is wrong: 400 (`INVALID_PAYLOAD`: the event's
 * payload, with located issues; `BAD_REQUEST`: the idempotency key). Not this sender: 401, 403.
 * Not now, because of something else: 409 (`ORDER`: X-ORDER, another review must be decided
 * first; `CONFLICT`: a concurrent write won twice, send again with the same key; `OUT_OF_ORDER`).
 * Refused by the review in its present step: 422.
 */
const STATUS: Readonly<Record<string, number>> = {
  INVALID_PAYLOAD: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ORDER: 409,
  OUT_OF_ORDER: 409,
  CONFLICT: 409,
  NOT_ALLOWED_IN_STATE: 422,
  DEADLINE_PASSED: 422,
};

/** The HTTP answer to an outcome of `send`, `open` or `sendCycle`. */
export function replyOf(outcome: SendOutcome | CycleOutcome): Reply {
  if (outcome.ok) return { status: 200, body: outcome };
  if ('first' in outcome) {
    // DUPLICATE: a retried request answers what the first one answered, and says it is a replay
    const first = replyOf(outcome.first);
    return {
      status: first.status,
      body: {
        ...(first.body as object),
        replayed: { code: outcome.code, message: outcome.message },
      },
      headers: { 'idempotent-replayed': 'true' },
    };
  }
  if ('rejection' in outcome) {
    // refused by the review or the cycle machine, and audited in its chain
    const { rejection } = outcome;
    const where =
      'subjectId' in outcome ? { subjectId: outcome.subjectId, version: outcome.version } : {};
    return problem(
      STATUS[rejection.code] ?? 422,
      rejection.code,
      rejection.message,
      { ...where, seq: outcome.seq },
      rejection.issues,
    );
  }
  // refused by the service before anything was recorded
  return problem(STATUS[outcome.code] ?? 500, outcome.code, outcome.message, {
    ...('subjectId' in outcome ? { subjectId: outcome.subjectId } : {}),
  });
}

const STORE_STATUS: Readonly<Record<string, number>> = {
  WRITE_FAILED: 503,
  READ_FAILED: 503,
  SUBJECT_TAKEN: 409,
};

const INTERNAL = text('Lỗi của dịch vụ.', 'The service failed.');

/**
 * A failure thrown while answering: a `StoreError` says what failed in both languages (a corrupt
 * row names its subject; a full or read-only database is 503, nothing was written); anything else
 * is the service's fault, answered without its details (the caller logs it).
 */
export function failureOf(error: unknown): Reply {
  if (error instanceof StoreError)
    return problem(STORE_STATUS[error.code] ?? 500, error.code, error.text, {
      ...(error.subjectId !== undefined ? { subjectId: error.subjectId } : {}),
    });
  return problem(500, 'INTERNAL', INTERNAL);
}
