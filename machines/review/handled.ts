import type { ReviewEventType } from '../../src/schemas/review-events.js';
import type { ReviewStage } from '../../src/schemas/review-input.js';

/** Events the `review` region handles in every step (the clock and the organizer's extensions). */
export const EVERY_STEP: readonly ReviewEventType[] = ['TICK', 'GRANT_EXTENSION'];

/**
 * The events each step has transitions for (a test keeps this table equal to the machine's
 * definition). An event outside it is refused NOT_ALLOWED_IN_STATE — after the payload and sender
 * checks, which come first (PROCESS.md §2).
 */
export const HANDLED: Record<ReviewStage, readonly ReviewEventType[]> = {
  preparing: ['ISSUE_SUGGESTIONS', 'SUBMIT_SELF_REVIEW'],
  suggested: [
    'ISSUE_SUGGESTIONS',
    'SUBMIT_EXPLANATION',
    'RETURN_EXPLANATION',
    'SUBMIT_SELF_REVIEW',
  ],
  selfReview: [
    'SUBMIT_SELF_REVIEW',
    'ISSUE_SUGGESTIONS',
    'SUBMIT_EXPLANATION',
    'RETURN_EXPLANATION',
  ],
  meeting: ['RECORD_MEETING', 'ISSUE_SUGGESTIONS', 'SUBMIT_EXPLANATION', 'RETURN_EXPLANATION'],
  appraisal: ['PROPOSE_LEVEL'],
  decision: ['DECIDE_LEVEL', 'RETURN_TO_APPRAISAL', 'PUBLISH'],
  published: ['FILE_COMPLAINT', 'RERATE', 'CLOSE'],
  complaint: ['RESOLVE_COMPLAINT'],
  closed: ['RERATE'],
  notReviewed: [],
  notRated: [],
};

/** Whether the current step has a transition for an event type. */
export function isHandled(stage: ReviewStage, type: unknown): boolean {
  return (
    typeof type === 'string' &&
    ([...EVERY_STEP, ...HANDLED[stage]] as readonly string[]).includes(type)
  );
}
