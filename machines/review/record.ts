import { AssessmentError } from '../../src/core/errors.js';
import { compareLevels } from '../../src/core/level.js';
import { text } from '../../src/core/text.js';
import type { ReviewEventOf } from '../../src/schemas/review-events.js';
import { classificationOf } from './checks.js';
import type { Decision, ReviewContext } from './types.js';

/**
 * What each accepted event writes into the context: pure functions of (context, validated event)
 * returning the changed fields. The machine's named actions are thin wrappers over these.
 */
type Patch = Partial<ReviewContext>;

const act = (e: { by: ReviewEventOf<'TICK'>['by']; at: string }) => ({ by: e.by, at: e.at });

export function recordSuggestions(
  ctx: ReviewContext,
  e: ReviewEventOf<'ISSUE_SUGGESTIONS'>,
): Patch {
  const points = e.points.map((p) => ({
    id: p.id,
    ...(p.content ? { content: p.content } : {}),
    ...act(e),
  }));
  return { suggestions: [...ctx.suggestions, ...points] };
}

export function recordExplanation(_: ReviewContext, e: ReviewEventOf<'SUBMIT_EXPLANATION'>): Patch {
  return {
    explanation: {
      covers: [...e.covers],
      ...(e.document ? { document: e.document } : {}),
      status: 'submitted',
      ...act(e),
    },
  };
}

export function returnExplanation(
  ctx: ReviewContext,
  e: ReviewEventOf<'RETURN_EXPLANATION'>,
): Patch {
  const ex = ctx.explanation;
  return ex
    ? { explanation: { ...ex, status: 'returned', returned: { reason: e.reason, ...act(e) } } }
    : {};
}

export function recordSelfReview(
  ctx: ReviewContext,
  e: ReviewEventOf<'SUBMIT_SELF_REVIEW'>,
): Patch {
  return {
    selfReview: {
      proposedLevel: e.proposedLevel,
      form: e.form ?? ctx.form,
      ...(e.selfAssessment ? { selfAssessment: e.selfAssessment } : {}),
      ...(e.document ? { document: e.document } : {}),
      ...act(e),
    },
  };
}

export function recordMeeting(_: ReviewContext, e: ReviewEventOf<'RECORD_MEETING'>): Patch {
  return {
    meeting: {
      heldOn: e.heldOn,
      ...(e.conclusion ? { conclusion: e.conclusion } : {}),
      ...(e.confidence ? { confidence: e.confidence } : {}),
      ...(e.minutes ? { minutes: e.minutes } : {}),
      ...act(e),
    },
  };
}

/** Stores the computed classification and the proposal (default: the computed level). */
export function recordProposal(ctx: ReviewContext, e: ReviewEventOf<'PROPOSE_LEVEL'>): Patch {
  const c = classificationOf(ctx, e);
  if (c instanceof AssessmentError) return {};
  const level = e.level ?? c.level;
  return {
    classification: c,
    proposal: level
      ? { level, computedLevel: c.level, ...(e.note ? { note: e.note } : {}), ...act(e) }
      : null,
  };
}

/** A proposal the engine found not-reviewed or not-rated: the review ends with its reason. */
export function recordComputedOutcome(
  ctx: ReviewContext,
  e: ReviewEventOf<'PROPOSE_LEVEL'>,
): Patch {
  const c = classificationOf(ctx, e);
  if (c instanceof AssessmentError || c.status === 'rated') return {};
  const effect = c.status === 'not-reviewed' ? 'exclude' : 'not-rated';
  const why = c.reasons.find((r) => r.effect === effect);
  return {
    classification: c,
    outcome: {
      status: c.status,
      reason:
        why?.message ??
        text('Theo kết quả tính toán của bộ quy tắc.', 'As computed by the rule set.'),
      ...(why ? { rule: why.rule } : {}),
      at: e.at,
    },
  };
}

/** The cycle excluded the subject (Q*-EXCLUDE) before the review began. */
export function recordExclusion(ctx: ReviewContext): Patch {
  const x = ctx.subject.excluded;
  if (!x) return {};
  return {
    outcome: {
      status: 'not-reviewed',
      reason: x.reason,
      ...(x.rule ? { rule: x.rule } : {}),
      at: ctx.cycle.openedAt,
    },
  };
}

export function recordDecision(ctx: ReviewContext, e: ReviewEventOf<'DECIDE_LEVEL'>): Patch {
  const computed = ctx.classification?.level ?? null;
  const decision: Decision = {
    level: e.level,
    computedLevel: computed,
    proposedLevel: ctx.proposal?.level ?? null,
    ...(e.override ? { override: e.override } : {}),
    belowComputed: computed !== null && compareLevels(e.level, computed) < 0,
    ...(e.note ? { note: e.note } : {}),
    ...(e.document ? { document: e.document } : {}),
    ...act(e),
  };
  return { decision, decisions: [...ctx.decisions, decision] };
}

export function returnToAppraisal(
  ctx: ReviewContext,
  e: ReviewEventOf<'RETURN_TO_APPRAISAL'>,
): Patch {
  return {
    proposal: null,
    decision: null,
    reopenings: [
      ...ctx.reopenings,
      { kind: 'returnedToAppraisal', from: ctx.stage, reason: e.reason, ...act(e) },
    ],
  };
}

export function recordPublication(_: ReviewContext, e: ReviewEventOf<'PUBLISH'>): Patch {
  return { published: act(e) };
}

export function recordComplaint(_: ReviewContext, e: ReviewEventOf<'FILE_COMPLAINT'>): Patch {
  return {
    complaint: { reason: e.reason, ...(e.document ? { document: e.document } : {}), ...act(e) },
  };
}

export function resolveComplaint(ctx: ReviewContext, e: ReviewEventOf<'RESOLVE_COMPLAINT'>): Patch {
  const c = ctx.complaint;
  if (!c) return {};
  const complaint = { ...c, resolution: { outcome: e.outcome, reason: e.reason, ...act(e) } };
  if (e.outcome === 'rejected') return { complaint };
  return {
    complaint,
    decision: null,
    reopenings: [
      ...ctx.reopenings,
      { kind: 'complaintUpheld', from: ctx.stage, reason: e.reason, ...act(e) },
    ],
  };
}

export function recordRerating(ctx: ReviewContext, e: ReviewEventOf<'RERATE'>): Patch {
  return {
    decision: null,
    closed: null,
    reopenings: [
      ...ctx.reopenings,
      { kind: 'rerated', from: ctx.stage, reason: e.reason, ...act(e) },
    ],
  };
}

export function recordClosing(_: ReviewContext, e: ReviewEventOf<'CLOSE'>): Patch {
  return { closed: act(e) };
}

export function grantExtension(ctx: ReviewContext, e: ReviewEventOf<'GRANT_EXTENSION'>): Patch {
  return {
    deadlines: ctx.deadlines.map((d) =>
      d.id === e.deadlineId
        ? {
            ...d,
            due: e.due,
            approachingAt: null,
            missedAt: null,
            extensions: [...d.extensions, { from: d.due, due: e.due, reason: e.reason, ...act(e) }],
          }
        : d,
    ),
  };
}
