import type {
  ReviewEvent,
  ReviewEventOf,
  ReviewEventType,
} from '../../src/schemas/review-events.js';
import * as record from './record.js';
import type { ReviewContext } from './types.js';

type Patch = Partial<ReviewContext>;

/** A record of `record.ts` for the event type it writes (checked: actions run after `verdict`). */
function of<K extends ReviewEventType>(
  type: K,
  write: (ctx: ReviewContext, e: ReviewEventOf<K>) => Patch,
): (ctx: ReviewContext, e: ReviewEvent) => Patch {
  return (ctx, e) => {
    if (e.type !== type) throw new Error(`kiemdiem: expected ${type}, got ${e.type}`);
    return write(ctx, e as ReviewEventOf<K>);
  };
}

/**
 * What an accepted event writes, by the name the machine's `accept` params give (`record`): each
 * entry is the pure function of `record.ts` for its event type.
 */
export const RECORDS = {
  recordSuggestions: of('ISSUE_SUGGESTIONS', record.recordSuggestions),
  recordExplanation: of('SUBMIT_EXPLANATION', record.recordExplanation),
  returnExplanation: of('RETURN_EXPLANATION', record.returnExplanation),
  recordSelfReview: of('SUBMIT_SELF_REVIEW', record.recordSelfReview),
  recordMeeting: of('RECORD_MEETING', record.recordMeeting),
  recordProposal: of('PROPOSE_LEVEL', record.recordProposal),
  recordComputedOutcome: of('PROPOSE_LEVEL', record.recordComputedOutcome),
  recordDecision: of('DECIDE_LEVEL', record.recordDecision),
  returnToAppraisal: of('RETURN_TO_APPRAISAL', record.returnToAppraisal),
  recordPublication: of('PUBLISH', record.recordPublication),
  recordComplaint: of('FILE_COMPLAINT', record.recordComplaint),
  resolveComplaint: of('RESOLVE_COMPLAINT', record.resolveComplaint),
  recordRerating: of('RERATE', record.recordRerating),
  recordClosing: of('CLOSE', record.recordClosing),
  grantExtension: of('GRANT_EXTENSION', record.grantExtension),
} as const;

/** The name of a record (the `record` param of `accept`). */
export type RecordName = keyof typeof RECORDS;
