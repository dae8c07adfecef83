import { DateTime } from 'luxon';
import { z } from 'zod';
import {
  REGIMES,
  RULE_SET_IDS,
  refineKindRole,
  SUBJECT_KINDS,
  SUBJECT_ROLES,
} from './assessment.js';
import { addIssue, IsoDate, Year } from './common.js';
import { DEADLINE_POLICIES, GUARDABLE_STAGES, type GuardableStage, READINGS } from './deadline.js';
import { RulesProfileSchema } from './profile.js';
import { TextSchema } from './text.js';

/**
 * The steps of one subject's review (PROCESS.md §1), in the order of the spine: the steps a
 * deadline may guard, then `closed` and the final `notReviewed` and `notRated`.
 */
export const REVIEW_STAGES = [...GUARDABLE_STAGES, 'closed', 'notReviewed', 'notRated'] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];

export { GUARDABLE_STAGES, type GuardableStage };

/**
 * An instant written ISO 8601 with an offset (`2024-11-24T17:00:00Z`,
 * `2024-11-25T00:00:00+07:00`). A time without an offset is refused: it would be read in whatever
 * zone the host runs in.
 */
export const Instant = z.string().superRefine((value, ctx) => {
  const shape = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
  if (!shape.test(value) || !DateTime.fromISO(value, { setZone: true }).isValid) {
    addIssue(
      ctx,
      [],
      'invalid_instant',
      `Thời điểm phải viết theo ISO 8601 có múi giờ, ví dụ 2024-11-25T00:00:00+07:00: "${value}".`,
      `Expected an ISO 8601 instant with an offset, e.g. 2024-11-25T00:00:00+07:00: "${value}".`,
    );
  }
});

/** The subject of one review: who is reviewed, in which unit and management scope. */
export const ReviewSubjectSchema = z
  .strictObject({
    id: z.string().min(1),
    name: z.string().min(1).optional(),
    kind: z.enum(SUBJECT_KINDS),
    role: z.enum(SUBJECT_ROLES),
    regime: z.enum(REGIMES).default('party'),
    /** The unit the subject belongs to (a collective: its own unit). */
    unitId: z.string().min(1),
    /** Management scope (diện quản lý), e.g. `btv-tinh-uy`, `bcsd-ubnd`: routed by the cycle. */
    scope: z.string().min(1).optional(),
    /** Comparable group for the quota (read by the cycle). */
    group: z.string().min(1).optional(),
    /** The self-review form the host assigns (the seed's 02-A … 02-D); default: the rule set's. */
    form: z.string().min(1).optional(),
    /** Set by the cycle when the subject is excluded from review (Q*-EXCLUDE): ends `notReviewed`. */
    excluded: z.strictObject({ reason: TextSchema, rule: z.string().min(1).optional() }).optional(),
  })
  .superRefine((s, ctx) => refineKindRole(ctx, s.kind, s.role));

/** The facts of the cycle one review needs. */
export const CycleFactsSchema = z.strictObject({
  id: z.string().min(1).optional(),
  year: Year,
  /** Default: the rule set of the year and the subject's regime. */
  ruleSet: z.enum(RULE_SET_IDS).optional(),
  /** `YYYY-MM-DD`, for the 6-month exclusion; default 31 December of the year (see classify). */
  reviewDate: IsoDate.optional(),
  /** When the cycle opened this review: the review's clock starts here. */
  openedAt: Instant,
  /**
   * X-ORDER: when true, DECIDE_LEVEL is refused with ORDER unless it carries `orderCleared: true`
   * (the cycle sets it for a head whose leadership collective must be decided first).
   */
  awaitOrder: z.boolean().default(false),
  /**
   * HD 43: a collective's draft report must reach the participants this many working days before
   * the meeting (default 3; 0 turns the check off).
   */
  draftNoticeWorkingDays: z.number().int().min(0).max(30).default(3),
});

/** One deadline as data (PROCESS.md §3): the host or `reviewDeadline()` computes `due`. */
export const ReviewDeadlineSchema = z.strictObject({
  id: z.string().min(1),
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

/**
 * The input of `reviewMachine`. The checks that need the rules (is the rule set shipped, are the
 * profile's switches known) are made by `parseReviewInput` in `machines/review/input.ts`.
 */
export const ReviewInputSchema = z
  .strictObject({
    subject: ReviewSubjectSchema,
    cycle: CycleFactsSchema,
    deadlines: z.array(ReviewDeadlineSchema).default([]),
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
