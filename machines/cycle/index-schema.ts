import { z } from 'zod';
import { LEVELS } from '../../src/core/level.js';
import { SummarySchema } from '../../src/report/summary-schema.js';
import { IsoDate } from '../../src/schemas/common.js';
import { CycleDefinitionSchema } from '../../src/schemas/cycle-definition.js';
import { CYCLE_STATES, QuotaOverrideSchema } from '../../src/schemas/cycle-events.js';
import { ProfileSchema } from '../../src/schemas/cycle-profile.js';
import { OverrideSchema } from '../../src/schemas/result-row.js';
import { Instant } from '../../src/schemas/review-boundary.js';
import { REVIEW_STAGES } from '../../src/schemas/review-input.js';
import { TextSchema } from '../../src/schemas/text.js';

/** The `format` of a cycle index. */
export const CYCLE_INDEX_FORMAT = 'kiemdiem/cycle-index@1';

/**
 * What the cycle knows of one subject's review (from its snapshots, `noteReview`): the step, the
 * decided and computed levels, the decision's day and override, why it ended without a level, and
 * what the dossier and X-ORDER read. Everything else stays in the review.
 */
export const CycleSubjectEntrySchema = z.strictObject({
  id: z.string().min(1),
  stage: z.enum(REVIEW_STAGES),
  level: z.enum(LEVELS).optional(),
  computedLevel: z.enum(LEVELS).optional(),
  /** The day of the decision in force, `YYYY-MM-DD` (Asia/Ho_Chi_Minh). */
  decidedOn: IsoDate.optional(),
  /** X-DECISION: the authority's override of the decision in force. */
  override: OverrideSchema.optional(),
  /** Q*-EXCLUDE from the definition. */
  excluded: z.boolean().optional(),
  /** Why the review ended without a level (`notReviewed`, `notRated`). */
  statusReason: TextSchema.optional(),
  /** Review suggestions were issued (the dossier needs them and the explanation). */
  suggestions: z.boolean().optional(),
  /** A complaint was filed (the dossier needs its files). */
  complaint: z.boolean().optional(),
  /** A pending deadline of the review has passed. */
  overdue: z.boolean().optional(),
  /** X-ORDER: the subjects whose decision this one's DECIDE_LEVEL waits for. */
  prerequisites: z.array(z.string().min(1)),
});
export type CycleSubjectEntry = z.output<typeof CycleSubjectEntrySchema>;

/** One unit's dossier against the submission deadline. */
export const CycleUnitEntrySchema = z.strictObject({
  id: z.string().min(1),
  dueAt: Instant,
  submittedAt: Instant.optional(),
  items: z.array(z.string().min(1)).optional(),
  timing: z.enum(['on-time', 'late', 'missing']),
});
export type CycleUnitEntry = z.output<typeof CycleUnitEntrySchema>;

/**
 * The cycle's index (its XState context): small next to its reviews, JSON only. `subjects`
 * follow the definition's order, `units` the definition's units that send a dossier (those with a
 * subject under review). `profile` is a host's own profile, or null for the bundled
 * `definition.profile`. Reviews are not in it: each is persisted on its own.
 */
export const CycleIndexSchema = z.strictObject({
  format: z.literal(CYCLE_INDEX_FORMAT),
  definition: CycleDefinitionSchema,
  profile: ProfileSchema.nullable(),
  state: z.enum(CYCLE_STATES),
  /** The cycle's clock: the latest instant of an accepted cycle event. */
  now: Instant,
  openedAt: Instant.nullable(),
  subjects: z.array(CycleSubjectEntrySchema),
  units: z.array(CycleUnitEntrySchema),
  summary: SummarySchema.nullable(),
  compiledAt: Instant.nullable(),
  /** X-QUOTA overrides recorded by FINALIZE. */
  overrides: z.array(QuotaOverrideSchema),
  audit: z.strictObject({ seq: z.number().int().min(0), head: z.string() }),
});
export type CycleIndex = z.output<typeof CycleIndexSchema>;
