// The baseline of the machine bench: a bare XState v5 machine with the review machine's state
// names and the event names and transitions of its happy path (machines/review/machine.ts), plus
// the self-loops the bench's script uses. No guards, no actions, no context, no input check: what
// XState alone costs to carry the same events through the same steps.
//
// Without guards, one (state, event) pair can lead to one place only, so the bench's script uses
// no pair whose outcome depends on a guard in the review machine (e.g. a partial explanation in
// `suggested`). Like the review machine it is parallel, with a `deadline` region (`onTime` /
// `overdue`, never left here: the review machine leaves it through guarded `always`).

import { createMachine } from 'xstate';

/** A transition that changes nothing (the review machine's targetless, self-loop transitions). */
const stay = {};

export const bareReviewMachine = createMachine({
  id: 'review',
  version: '1',
  type: 'parallel',
  states: {
    review: {
      initial: 'preparing',
      on: { TICK: stay, GRANT_EXTENSION: stay },
      states: {
        preparing: {
          on: {
            ISSUE_SUGGESTIONS: { target: 'suggested' },
            SUBMIT_SELF_REVIEW: { target: 'meeting' },
          },
        },
        suggested: {
          on: {
            ISSUE_SUGGESTIONS: stay,
            SUBMIT_EXPLANATION: { target: 'selfReview' },
            RETURN_EXPLANATION: stay,
            SUBMIT_SELF_REVIEW: { target: 'meeting' },
          },
        },
        selfReview: {
          on: {
            SUBMIT_SELF_REVIEW: { target: 'meeting' },
            ISSUE_SUGGESTIONS: { target: 'suggested' },
            SUBMIT_EXPLANATION: stay,
            RETURN_EXPLANATION: { target: 'suggested' },
          },
        },
        meeting: {
          on: {
            RECORD_MEETING: { target: 'appraisal' },
            ISSUE_SUGGESTIONS: stay,
            SUBMIT_EXPLANATION: stay,
            RETURN_EXPLANATION: stay,
          },
        },
        appraisal: { on: { PROPOSE_LEVEL: { target: 'decision' } } },
        decision: {
          on: {
            DECIDE_LEVEL: stay,
            RETURN_TO_APPRAISAL: { target: 'appraisal' },
            PUBLISH: { target: 'published' },
          },
        },
        published: {
          on: {
            FILE_COMPLAINT: { target: 'complaint' },
            RERATE: { target: 'decision' },
            CLOSE: { target: 'closed' },
          },
        },
        complaint: { on: { RESOLVE_COMPLAINT: { target: 'published' } } },
        closed: { on: { RERATE: { target: 'decision' } } },
        notReviewed: { type: 'final' },
        notRated: { type: 'final' },
      },
    },
    deadline: {
      initial: 'onTime',
      states: { onTime: {}, overdue: {} },
    },
  },
});

export type BareReviewMachine = typeof bareReviewMachine;
