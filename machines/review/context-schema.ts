import { z } from 'zod';
import { LEVELS } from '../../src/core/level.js';
import { RULE_SET_IDS } from '../../src/schemas/assessment.js';
import { DEADLINE_POLICIES } from '../../src/schemas/deadline.js';
import { SenderSchema } from '../../src/schemas/review-events.js';
import {
  CycleFactsSchema,
  GUARDABLE_STAGES,
  Instant,
  ParticipantsSchema,
  REVIEW_STAGES,
  ReviewSubjectSchema,
} from '../../src/schemas/review-input.js';

/**
 * The shape of a review's context, checked when a snapshot is restored: a corrupt or hand-edited
 * snapshot is refused with located issues instead of half-loading. Records the machine writes are
 * checked field by field where a wrong value would mislead (stages, levels, instants, the audit
 * log); free-form parts (documents, the classification's reasons) only for their shape.
 */
const Stage = z.enum(REVIEW_STAGES);
const Level = z.enum(LEVELS);
const TextShape = z.object({ vi: z.string(), en: z.string() });
const act = { by: SenderSchema, at: Instant };
const Act = z.object(act).loose();

const DeadlineStateSchema = z
  .object({
    id: z.string().min(1),
    due: Instant,
    originalDue: Instant,
    guards: z.enum(GUARDABLE_STAGES),
    policy: z.enum(DEADLINE_POLICIES),
    leadWorkingDays: z.number().int().min(0),
    approachingAt: Instant.nullable(),
    missedAt: Instant.nullable(),
    extensions: z.array(
      z.object({ ...act, from: Instant, due: Instant, reason: z.string() }).loose(),
    ),
  })
  .loose();

const DIGEST = /^(sha256|hmac-sha256):[0-9a-f]{64}$/;

/** Where the audit chain stands: `{ seq: 0, head: "" }` before any entry. */
const AuditHeadSchema = z
  .strictObject({
    seq: z.number().int().min(0),
    head: z.union([z.literal(''), z.string().regex(DIGEST)]),
  })
  .refine((a) => (a.seq === 0) === (a.head === ''), {
    message: 'seq 0 goes with an empty head, and only it',
    params: { vi: 'seq 0 đi với head rỗng, và chỉ nó', code: 'audit_head' },
  });

const DecisionSchema = z
  .object({
    ...act,
    level: Level,
    computedLevel: Level.nullable(),
    proposedLevel: Level.nullable(),
    belowComputed: z.boolean(),
  })
  .loose();

export const ReviewContextSchema = z
  .strictObject({
    subject: ReviewSubjectSchema,
    cycle: CycleFactsSchema,
    ruleSet: z.enum(RULE_SET_IDS),
    profile: z.record(z.string(), z.unknown()).nullable(),
    payloads: z.enum(['full', 'digest']),
    form: z.string().nullable(),
    stage: Stage,
    visited: z.array(Stage).min(1),
    now: Instant,
    participants: ParticipantsSchema.nullable(),
    deadlines: z.array(DeadlineStateSchema),
    suggestions: z.array(z.object({ ...act, id: z.string().min(1) }).loose()),
    explanation: z
      .object({ ...act, covers: z.array(z.string()), status: z.enum(['submitted', 'returned']) })
      .loose()
      .nullable(),
    selfReview: z
      .object({ ...act, proposedLevel: Level, form: z.string().nullable() })
      .loose()
      .nullable(),
    meeting: z
      .object({ ...act, heldOn: z.string() })
      .loose()
      .nullable(),
    classification: z
      .object({
        id: z.string(),
        ruleSet: z.enum(RULE_SET_IDS),
        status: z.enum(['rated', 'not-rated', 'not-reviewed']),
        level: Level.nullable(),
        needsJudgment: z.boolean(),
        reasons: z.array(
          z.object({ rule: z.string(), effect: z.string(), message: TextShape }).loose(),
        ),
      })
      .loose()
      .nullable(),
    proposal: z
      .object({ ...act, level: Level, computedLevel: Level.nullable() })
      .loose()
      .nullable(),
    decision: DecisionSchema.nullable(),
    decisions: z.array(DecisionSchema),
    published: Act.nullable(),
    complaint: z
      .object({ ...act, reason: z.string() })
      .loose()
      .nullable(),
    reopenings: z.array(
      z
        .object({
          ...act,
          kind: z.enum(['returnedToAppraisal', 'complaintUpheld', 'rerated']),
          from: Stage,
          reason: z.string(),
        })
        .loose(),
    ),
    closed: Act.nullable(),
    outcome: z
      .object({ status: z.enum(['not-reviewed', 'not-rated']), reason: TextShape, at: Instant })
      .loose()
      .nullable(),
    audit: AuditHeadSchema,
  })
  .superRefine((ctx, issues) => {
    if (!ctx.visited.includes(ctx.stage))
      issues.addIssue({
        code: 'custom',
        path: ['visited'],
        message: `the current stage ${ctx.stage} is not among the visited ones`,
        params: {
          vi: `bước hiện tại ${ctx.stage} không có trong danh sách đã qua`,
          code: 'stage_not_visited',
        },
      });
  });
