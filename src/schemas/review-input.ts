import { z } from 'zod';
import {
  EMPLOYMENTS,
  REGIMES,
  RULE_SET_IDS,
  refineEmployment,
  refineKindRole,
  SUBJECT_KINDS,
  SUBJECT_ROLES,
} from './assessment.js';
import { addIssue, Year } from './common.js';
import { DEADLINE_POLICIES, GUARDABLE_STAGES, type GuardableStage, READINGS } from './deadline.js';
import { RulesProfileSchema } from './profile.js';
import { Id, Instant, Label, ReviewDate } from './review-boundary.js';
import { TextSchema } from './text.js';

/**
 * The steps of one subject's review (PROCESS.md §1), in the order of the spine: the steps a
 * deadline may guard, then `closed` and the final `notReviewed` and `notRated`.
 */
export const REVIEW_STAGES = [...GUARDABLE_STAGES, 'closed', 'notReviewed', 'notRated'] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];

export { GUARDABLE_STAGES, type GuardableStage, Instant };

/**
 * What a subject is, in a review and in a cycle definition alike (`CycleSubjectSchema` spreads
 * it): kind and role, regime, unit, management scope and comparable group.
 */
export const SUBJECT_FACTS = {
  kind: z.enum(SUBJECT_KINDS),
  role: z.enum(SUBJECT_ROLES),
  regime: z.enum(REGIMES).default('party'),
  /** Civil-service regime: công chức, viên chức or cán bộ — which law rates the person (RULES.md §7). */
  employment: z.enum(EMPLOYMENTS).optional(),
  /** The unit the subject belongs to (a collective: its own unit). */
  unitId: Id,
  /** Management scope (diện quản lý), e.g. `btv-tinh-uy`, `bcsd-ubnd`: routed by the cycle. */
  scope: Id.optional(),
  /** Comparable group for the quota (read by the cycle). */
  group: Id.optional(),
};

/** The subject of one review: who is reviewed, in which unit and management scope. */
export const ReviewSubjectSchema = z
  .strictObject({
    id: Id,
    name: Label.optional(),
    ...SUBJECT_FACTS,
    /** The self-review form the host assigns (the seed's 02-A … 02-D); default: the rule set's. */
    form: Label.optional(),
    /** Set by the cycle when the subject is excluded from review (Q*-EXCLUDE): ends `notReviewed`. */
    excluded: z.strictObject({ reason: TextSchema, rule: Label.optional() }).optional(),
  })
  .superRefine((s, ctx) => {
    refineKindRole(ctx, s.kind, s.role);
    refineEmployment(ctx, s.regime, s.employment);
  });

/** The facts of the cycle one review needs. */
export const CycleFactsSchema = z.strictObject({
  id: Id.optional(),
  year: Year,
  /** Default: the rule set of the year and the subject's regime. */
  ruleSet: z.enum(RULE_SET_IDS).optional(),
  /** `YYYY-MM-DD`, for the 6-month exclusion; default 31 December of the year (see classify). */
  reviewDate: ReviewDate.optional(),
  /** When the cycle opened this review: the review's clock starts here. */
  openedAt: Instant,
  /**
   * Legacy, always `false`: X-ORDER is enforced by the cycle (`orderVerdict`, `createCycle`), never
   * cleared by an event. Kept (default `false`) so that saved contexts keep their shape and restore.
   */
  awaitOrder: z.literal(false).default(false),
  /**
   * HD 43: a collective's draft report must reach the participants this many working days before
   * the meeting (default 3; 0 turns the check off).
   */
  draftNoticeWorkingDays: z.number().int().min(0).max(30).default(3),
});

/** One deadline as data (PROCESS.md §3): the host or `reviewDeadline()` computes `due`. */
export const ReviewDeadlineSchema = z.strictObject({
  id: Id,
  label: TextSchema.optional(),
  /** The instant it falls due (overdue from this instant on). */
  due: Instant,
  /** How `due` was read from the letter (informative). */
  reading: z.enum([...READINGS, 'working-days']).optional(),
  /** The step whose work must be done by `due`. */
  guards: z.enum(GUARDABLE_STAGES),
  policy: z.enum(DEADLINE_POLICIES).default('warn'),
  /** `deadline.approaching` fires this many working days before (default 3; 0: never). */
  leadWorkingDays: z.number().int().min(0).max(60).default(3),
});

/** The roles a review may bind to persons (`participants`). */
export const PARTICIPANT_ROLES = [
  'subject',
  'superior',
  'unitHead',
  'appraiser',
  'authority',
  'organizer',
  'scheduler',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/**
 * The persons who act in a review, by role: the ids a host's authentication returns, not the
 * bodies they act for (for a collective, `subject` lists the persons who act for it). When given,
 * a sender claiming a role it is not named for is FORBIDDEN; a role left out names nobody.
 */
export const ParticipantsSchema = z
  .strictObject(
    Object.fromEntries(PARTICIPANT_ROLES.map((r) => [r, z.array(Id).optional()])) as Record<
      ParticipantRole,
      z.ZodOptional<z.ZodArray<typeof Id>>
    >,
  )
  .superRefine((p, ctx) => {
    (p.appraiser ?? []).forEach((id, i) => {
      if ((p.authority ?? []).includes(id))
        addIssue(
          ctx,
          ['appraiser', i],
          'appraiser_is_authority',
          `"${id}" không thể vừa thẩm định vừa quyết định xếp loại trong cùng một cuộc kiểm điểm.`,
          `"${id}" cannot be both appraiser and authority of one review.`,
        );
    });
  });
export type Participants = z.output<typeof ParticipantsSchema>;

/**
 * The input of `reviewMachine`. The checks that need the rules (is the rule set shipped, are the
 * profile's switches known) are made by `parseReviewInput` in `machines/review/input.ts`.
 */
export const ReviewInputSchema = z
  .strictObject({
    subject: ReviewSubjectSchema,
    cycle: CycleFactsSchema,
    deadlines: z.array(ReviewDeadlineSchema).default([]),
    /** Who may act in which role (see {@link ParticipantsSchema}); absent: roles are as claimed. */
    participants: ParticipantsSchema.optional(),
    /** What `classify()` reads besides the assessment (the rule set and date come from `cycle`). */
    classification: z.strictObject({ profile: RulesProfileSchema.optional() }).default({}),
    /**
     * `full` (default) keeps each event in its audit entry so the log can be replayed; `digest`
     * keeps only the payload's sha-256 (no personal data in the log, but no replay).
     */
    audit: z
      .strictObject({ payloads: z.enum(['full', 'digest']).default('full') })
      .default({ payloads: 'full' }),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.deadlines.forEach((d, i) => {
      if (seen.has(d.id))
        addIssue(
          ctx,
          ['deadlines', i, 'id'],
          'duplicate_id',
          `Hạn "${d.id}" bị trùng.`,
          `Deadline id "${d.id}" appears twice.`,
        );
      seen.add(d.id);
    });
  });

export type ReviewInputInput = z.input<typeof ReviewInputSchema>;
export type ReviewInput = z.output<typeof ReviewInputSchema>;
export type ReviewSubject = z.output<typeof ReviewSubjectSchema>;
export type CycleFacts = z.output<typeof CycleFactsSchema>;
export type ReviewDeadlineInput = z.input<typeof ReviewDeadlineSchema>;
export type ReviewDeadline = z.output<typeof ReviewDeadlineSchema>;
