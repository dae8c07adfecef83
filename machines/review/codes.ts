/** Why an event was refused (PROCESS.md §2), in the order the checks run. OUT_OF_ORDER: the event is dated before the review's clock. */
export const REJECTION_CODES = [
  'INVALID_PAYLOAD',
  'FORBIDDEN',
  'OUT_OF_ORDER',
  'NOT_ALLOWED_IN_STATE',
  'DEADLINE_PASSED',
  'ORDER',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];
