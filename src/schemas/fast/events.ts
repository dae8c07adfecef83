import {
  REVIEW_EVENT_TYPES,
  type ReviewEvent,
  ReviewEventSchemas,
  type ReviewEventType,
} from '../review-events.js';
import { ReviewInputSchema } from '../review-input.js';
import { type DOUBT, fastParse } from './compile.js';

type FastEvent = (input: unknown) => ReviewEvent | typeof DOUBT;

/**
 * The fast path of each event type's schema (`ReviewEventSchemas[type]`), compiled once: what
 * `safeParse(x).data` gives for an event it confirms, else DOUBT (then zod decides and gives the
 * issues). See `compile.ts`; a fuzz test keeps both in agreement.
 */
export const fastEvents = Object.fromEntries(
  REVIEW_EVENT_TYPES.map((type) => [type, fastParse(ReviewEventSchemas[type]) as FastEvent]),
) as Record<ReviewEventType, FastEvent>;

/** The fast path of `ReviewInputSchema` (a review's input), the same way. */
export const fastReviewInput = fastParse(ReviewInputSchema);
