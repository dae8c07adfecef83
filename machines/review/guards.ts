import { AssessmentError } from '../../src/core/errors.js';
import { classificationOf } from './checks.js';
import { isBehind } from './deadlines.js';
import type { ReviewContext } from './types.js';
import { checkedVerdict, parseEvent } from './verdict.js';

interface Args {
  readonly context: ReviewContext;
  readonly event: { readonly type: string };
}

/** The validated event, for guards that run after `admitted` (inside an `and`). */
function valid(event: unknown) {
  const parsed = parseEvent(event);
  return parsed.ok ? parsed.event : undefined;
}

function computedStatus({ context, event }: Args): string | undefined {
  const e = valid(event);
  if (e?.type !== 'PROPOSE_LEVEL') return undefined;
  const c = classificationOf(context, e);
  return c instanceof AssessmentError ? undefined : c.status;
}

/**
 * The machine's named guards. `admitted` runs every check of PROCESS.md §2 (see `verdict`); the
 * others choose between the outcomes of an admitted event and are always combined with it.
 */
export const reviewGuards = {
  /** Payload, sender, step, deadline, content and order checks all pass. */
  admitted: ({ context, event }: Args) => checkedVerdict(context, event, true).ok,
  /** XState's own events (`xstate.done.state.*`): not the host's, never audited. */
  isInternalEvent: ({ event }: Args) => event.type.startsWith('xstate.'),
  /** The cycle excluded the subject (Q*-EXCLUDE). */
  isExcluded: ({ context }: Args) => context.subject.excluded !== undefined,
  /** ISSUE_SUGGESTIONS with at least one point (none means "no suggestions"). */
  hasSuggestionPoints: ({ event }: Args) => {
    const e = valid(event);
    return e?.type === 'ISSUE_SUGGESTIONS' && e.points.length > 0;
  },
  /** This explanation answers every suggestion point. */
  explanationCoversAll: ({ context, event }: Args) => {
    const e = valid(event);
    return (
      e?.type === 'SUBMIT_EXPLANATION' && context.suggestions.every((p) => e.covers.includes(p.id))
    );
  },
  /** The engine found the subject excluded (not-reviewed). */
  computedNotReviewed: (args: Args) => computedStatus(args) === 'not-reviewed',
  /** The engine found the subject not rated. */
  computedNotRated: (args: Args) => computedStatus(args) === 'not-rated',
  /** The complaint is upheld: the decision is reopened. */
  complaintUpheld: ({ event }: Args) => {
    const e = valid(event);
    return e?.type === 'RESOLVE_COMPLAINT' && e.outcome === 'upheld';
  },
  /** A pending deadline has been missed. */
  isBehind: ({ context }: Args) => isBehind(context),
};
