import { DateTime } from 'luxon';
import { z } from 'zod';
import { LEVELS } from '../core/level.js';
import { addIssue, Count } from './common.js';
import { ACTOR_ROLES } from './deadline.js';
import { Id, Instant, Label, Prose, ReviewDate } from './review-boundary.js';

/** The events of one review (CONTRACT.md § Machines), SCREAMING_SNAKE verbs. */
export const REVIEW_EVENT_TYPES = [
  'ISSUE_SUGGESTIONS',
  'SUBMIT_EXPLANATION',
  'RETURN_EXPLANATION',
  'SUBMIT_SELF_REVIEW',
  'RECORD_MEETING',
  'PROPOSE_LEVEL',
  'DECIDE_LEVEL',
  'RETURN_TO_APPRAISAL',
  'PUBLISH',
  'FILE_COMPLAINT',
  'RESOLVE_COMPLAINT',
  'RERATE',
  'CLOSE',
  'TICK',
  'GRANT_EXTENSION',
] as const;
export type ReviewEventType = (typeof REVIEW_EVENT_TYPES)[number];

/** The roles a sender may claim: the actors of DOMAIN.md, and the `scheduler` that sends TICK. */
export const SENDER_ROLE_NAMES = [...ACTOR_ROLES, 'scheduler'] as const;
export type SenderRole = (typeof SENDER_ROLE_NAMES)[number];

/** Who sends an event: a person (or body) and the roles it holds in this review. */
export const SenderSchema = z.strictObject({
  id: Id,
  roles: z.array(z.enum(SENDER_ROLE_NAMES)).max(SENDER_ROLE_NAMES.length),
  unitId: Id.optional(),
});
export type Sender = z.output<typeof SenderSchema>;

/** A document of the dossier, by reference (the library never holds the document itself). */
export const DossierDocumentSchema = z.strictObject({
  id: Id,
  title: Label.optional(),
  digest: Label.optional(),
});

function uniqueStrings(values: readonly string[], ctx: z.core.$RefinementCtx, path: string): void {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (seen.has(v))
      addIssue(ctx, [path, i], 'duplicate_id', `"${v}" bị trùng.`, `"${v}" appears twice.`);
    seen.add(v);
  });
}

const base = { by: SenderSchema, at: Instant };

function instantMs(iso: string): number {
  return DateTime.fromISO(iso, { setZone: true }).toMillis();
}

const SuggestionPointSchema = z.strictObject({
  id: Id,
  content: Prose.optional(),
});

/** The payload schema of each event, by type. Every object is strict: an unknown field is refused. */
export const ReviewEventSchemas = {
  ISSUE_SUGGESTIONS: z
    .strictObject({
      type: z.literal('ISSUE_SUGGESTIONS'),
      ...base,
      /** The points (nội dung gợi ý). An empty list, in `preparing` only, means "no suggestions". */
      points: z.array(SuggestionPointSchema),
      document: DossierDocumentSchema.optional(),
    })
    .superRefine((e, ctx) =>
      uniqueStrings(
        e.points.map((p) => p.id),
        ctx,
        'points',
      ),
    ),
  SUBMIT_EXPLANATION: z
    .strictObject({
      type: z.literal('SUBMIT_EXPLANATION'),
      ...base,
      /** The suggestion points the explanation report answers (replaces any earlier report). */
      covers: z.array(Id),
      document: DossierDocumentSchema.optional(),
    })
    .superRefine((e, ctx) => uniqueStrings(e.covers, ctx, 'covers')),
  RETURN_EXPLANATION: z.strictObject({
    type: z.literal('RETURN_EXPLANATION'),
    ...base,
    reason: Prose,
  }),
  SUBMIT_SELF_REVIEW: z.strictObject({
    type: z.literal('SUBMIT_SELF_REVIEW'),
    ...base,
    proposedLevel: z.enum(LEVELS),
    /** The form used; must match the subject's form when one is known. */
    form: Label.optional(),
    /** Self-assessed points or criteria, as the form asks (kept, not interpreted). */
    selfAssessment: z.record(Label, z.union([z.number(), Label])).optional(),
    document: DossierDocumentSchema.optional(),
  }),
  RECORD_MEETING: z
    .strictObject({
      type: z.literal('RECORD_MEETING'),
      ...base,
      heldOn: ReviewDate,
      conclusion: Prose.optional(),
      /** Leaders: the confidence ballot (phiếu tín nhiệm). */
      confidence: z.strictObject({ low: Count, total: Count }).optional(),
      minutes: DossierDocumentSchema.optional(),
    })
    .superRefine((e, ctx) => {
      if (e.confidence && e.confidence.low > e.confidence.total)
        addIssue(
          ctx,
          ['confidence', 'low'],
          'low_above_total',
          'Số phiếu tín nhiệm thấp lớn hơn tổng số phiếu.',
          'Low-confidence votes exceed the total.',
        );
    }),
  PROPOSE_LEVEL: z.strictObject({
    type: z.literal('PROPOSE_LEVEL'),
    ...base,
    /** The dossier's assessment (CONTRACT.md § Assessment); `classify()` checks it. */
    assessment: z.record(z.string(), z.unknown()),
    /** The proposed level; default: the computed one. */
    level: z.enum(LEVELS).optional(),
    note: Prose.optional(),
  }),
  DECIDE_LEVEL: z.strictObject({
    type: z.literal('DECIDE_LEVEL'),
    ...base,
    level: z.enum(LEVELS),
    /** X-DECISION: required when `level` is above the computed level. */
    override: z.strictObject({ by: Id, reason: Prose }).optional(),
    note: Prose.optional(),
    document: DossierDocumentSchema.optional(),
  }),
  RETURN_TO_APPRAISAL: z.strictObject({
    type: z.literal('RETURN_TO_APPRAISAL'),
    ...base,
    reason: Prose,
  }),
  PUBLISH: z.strictObject({ type: z.literal('PUBLISH'), ...base, note: Prose.optional() }),
  FILE_COMPLAINT: z.strictObject({
    type: z.literal('FILE_COMPLAINT'),
    ...base,
    reason: Prose,
    document: DossierDocumentSchema.optional(),
  }),
  RESOLVE_COMPLAINT: z.strictObject({
    type: z.literal('RESOLVE_COMPLAINT'),
    ...base,
    outcome: z.enum(['upheld', 'rejected']),
    reason: Prose,
  }),
  RERATE: z.strictObject({
    type: z.literal('RERATE'),
    ...base,
    reason: Prose,
    document: DossierDocumentSchema.optional(),
  }),
  CLOSE: z.strictObject({ type: z.literal('CLOSE'), ...base, note: Prose.optional() }),
  /** The scheduler's clock: `at` and `now` are the same instant (the review's clock moves to it). */
  TICK: z.strictObject({ type: z.literal('TICK'), ...base, now: Instant }).superRefine((e, ctx) => {
    if (instantMs(e.at) !== instantMs(e.now))
      addIssue(
        ctx,
        ['at'],
        'tick_at_not_now',
        `TICK phải có at bằng now (${e.now}): "${e.at}".`,
        `A TICK's at must be its now (${e.now}): "${e.at}".`,
      );
  }),
  GRANT_EXTENSION: z.strictObject({
    type: z.literal('GRANT_EXTENSION'),
    ...base,
    deadlineId: Id,
    due: Instant,
    reason: Prose,
  }),
} as const satisfies Record<ReviewEventType, z.ZodType>;

type Schemas = typeof ReviewEventSchemas;

/** A review event as a host writes it. */
export type ReviewEventInput = { [K in ReviewEventType]: z.input<Schemas[K]> }[ReviewEventType];
/** A review event after validation (what the machine stores and replays). */
export type ReviewEvent = { [K in ReviewEventType]: z.output<Schemas[K]> }[ReviewEventType];
/** One event of a given type, after validation. */
export type ReviewEventOf<K extends ReviewEventType> = z.output<Schemas[K]>;

/** All review events as one schema (a discriminated union on `type`). */
export const ReviewEventSchema = z.discriminatedUnion('type', [
  ReviewEventSchemas.ISSUE_SUGGESTIONS,
  ReviewEventSchemas.SUBMIT_EXPLANATION,
  ReviewEventSchemas.RETURN_EXPLANATION,
  ReviewEventSchemas.SUBMIT_SELF_REVIEW,
  ReviewEventSchemas.RECORD_MEETING,
  ReviewEventSchemas.PROPOSE_LEVEL,
  ReviewEventSchemas.DECIDE_LEVEL,
  ReviewEventSchemas.RETURN_TO_APPRAISAL,
  ReviewEventSchemas.PUBLISH,
  ReviewEventSchemas.FILE_COMPLAINT,
  ReviewEventSchemas.RESOLVE_COMPLAINT,
  ReviewEventSchemas.RERATE,
  ReviewEventSchemas.CLOSE,
  ReviewEventSchemas.TICK,
  ReviewEventSchemas.GRANT_EXTENSION,
]);

/** Whether a string names a review event. */
export function isReviewEventType(type: unknown): type is ReviewEventType {
  return typeof type === 'string' && (REVIEW_EVENT_TYPES as readonly string[]).includes(type);
}
